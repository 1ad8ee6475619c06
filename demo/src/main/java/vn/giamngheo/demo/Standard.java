package vn.giamngheo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figures of the poverty standard that applies to a list, read from household-service's standards file (the
 * one copy of the legal figures), so that every generated survey lands in the class it is meant to.
 *
 * @param incomeLineRural monthly income per person at or below which a rural household is poor or near-poor
 * @param averageLivingUpperRural the upper bound of the average living standard in rural areas
 */
public record Standard(String code, long incomeLineRural, long incomeLineUrban, long averageLivingUpperRural,
        long averageLivingUpperUrban, int deprivationCutoff, List<String> indicators) {

    /** The standards file, read once: every survey and every expected movement asks for a list's standard. */
    private static final Map<Integer, Standard> BY_LIST_YEAR = read();

    public static Standard forList(int listYear) {
        Standard standard = BY_LIST_YEAR.get(listYear);
        if (standard == null) {
            throw new IllegalArgumentException("no poverty standard applies to the list of " + listYear);
        }
        return standard;
    }

    private static Map<Integer, Standard> read() {
        Map<Integer, Standard> byYear = new HashMap<>();
        try (InputStream in = Standard.class.getResourceAsStream("/demo/poverty-standards.json")) {
            for (JsonNode s : new ObjectMapper().readTree(in)) {
                List<String> indicators = new ArrayList<>();
                s.path("indicators").forEach(i -> indicators.add(i.path("code").asText()));
                Standard standard = new Standard(s.path("code").asText(), s.at("/incomeLineVnd/RURAL").asLong(),
                        s.at("/incomeLineVnd/URBAN").asLong(), s.at("/averageLivingUpperBoundVnd/RURAL").asLong(),
                        s.at("/averageLivingUpperBoundVnd/URBAN").asLong(), s.path("deprivationCutoff").asInt(),
                        List.copyOf(indicators));
                for (int year = s.path("firstListYear").asInt(); year <= s.path("lastListYear").asInt(); year++) {
                    byYear.put(year, standard);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byYear);
    }

    public long incomeLine(boolean urban) {
        return urban ? incomeLineUrban : incomeLineRural;
    }

    public long averageLivingUpper(boolean urban) {
        return urban ? averageLivingUpperUrban : averageLivingUpperRural;
    }

    /** The class the law gives a household with this income and these deprivations (NĐ 07/2021 Điều 3). */
    public Status classify(boolean urban, long incomePerPersonMonthly, int deprivations) {
        if (incomePerPersonMonthly <= incomeLine(urban)) {
            return deprivations >= deprivationCutoff ? Status.POOR : Status.NEAR_POOR;
        }
        return incomePerPersonMonthly <= averageLivingUpper(urban) ? Status.AVERAGE_LIVING : Status.NOT_POOR;
    }

    /** A household's class as the services name it. */
    public enum Status {
        POOR, NEAR_POOR, AVERAGE_LIVING, NOT_POOR;

        /** On the poor or the near-poor list. */
        public boolean listed() {
            return this == POOR || this == NEAR_POOR;
        }
    }
}
