package vn.giamngheo.household.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The periods of a complaint about a recognition decision, as dated data with their legal source
 * ({@code complaints/complaint-periods.json}): the last day a complaint may be lodged, counted from the decision, and
 * the day the commune's answer is due, counted from the complaint's receipt. The period in force on the decision's
 * day applies.
 */
public final class ComplaintPeriods {

    /** One version of the periods. */
    public record Period(LocalDate validFrom, int lodgeWithinDays, String lodgeSource, int answerWithinDays,
            int answerWithinDaysComplex, String answerSource, String postingPeriodNote) {
    }

    private record File(String about, List<Period> periods) {
    }

    private static final List<Period> PERIODS = load();

    private ComplaintPeriods() {
    }

    /** The period in force on the day, or empty before the first. */
    public static java.util.Optional<Period> on(LocalDate day) {
        return PERIODS.stream().filter(p -> !p.validFrom().isAfter(day)).max(Comparator.comparing(Period::validFrom));
    }

    /** The last day a complaint about a decision of that day may be lodged. */
    public static LocalDate lodgeBy(Period period, LocalDate decisionDate) {
        return decisionDate.plusDays(period.lodgeWithinDays());
    }

    /** The day the answer to a complaint received that day is due. */
    public static LocalDate answerBy(Period period, LocalDate received, boolean complex) {
        return received.plusDays(complex ? period.answerWithinDaysComplex() : period.answerWithinDays());
    }

    private static List<Period> load() {
        try (InputStream in = ComplaintPeriods.class.getResourceAsStream("/complaints/complaint-periods.json")) {
            if (in == null) {
                throw new IllegalStateException("complaints/complaint-periods.json is missing from the class path");
            }
            return new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, File.class).periods();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
