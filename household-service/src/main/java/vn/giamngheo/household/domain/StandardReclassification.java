package vn.giamngheo.household.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * Whether a household's change of class follows from a new standard alone (the lists of 2027 under NĐ 351/2025 after
 * those of 2022–2026 under NĐ 07/2021): its new answers, classified under the standard its class was decided under
 * — that standard's lines and the indicators both standards share — keep its class. Such a change is neither an
 * entry nor an exit. Where the previous standard had indicators the new survey no longer asks (the
 * information-device indicator), the answers cannot say whether they would have kept the class: if they would have
 * with those indicators deprived, the change counts as real movement and is marked unverified, so the reports can say
 * how many there were.
 */
public final class StandardReclassification {

    private StandardReclassification() {
    }

    /** How a change between standards counts. */
    public enum Verdict {
        /** The new standard alone moved the household. */
        BY_STANDARD_ALONE,
        /** Its answers moved it: real movement. */
        REAL,
        /** Counted as real movement, but an indicator only the previous standard had was not asked. */
        REAL_UNVERIFIED
    }

    /**
     * @param previous the standard the household's class was last decided under, null when never decided
     * @param current the standard of the round deciding it now
     * @param before its class before, null when on no list
     * @param area the area type its class is decided under now
     */
    public static Verdict judge(PovertyStandard previous, PovertyStandard current, PovertyStatus before, AreaType area,
            SurveyAnswers answers) {
        if (previous == null || before == null || previous.code().equals(current.code())) {
            return Verdict.REAL;
        }
        if (answers.incomePerPersonMonthlyVnd() == null && previous.scoreA() == null) {
            return Verdict.REAL;
        }
        List<String> shared = new ArrayList<>();
        List<String> previousOnly = new ArrayList<>();
        for (PovertyStandard.Indicator i : previous.indicators()) {
            (current.hasIndicator(i.code()) ? shared : previousOnly).add(i.code());
        }
        if (answers.deprivedIndicators() == null && !previousOnly.isEmpty()) {
            // Score B counts deprivations without naming them: which of them the previous standard knew is unknown.
            return Verdict.REAL_UNVERIFIED;
        }
        SurveyAnswers asked = restricted(answers, shared, List.of());
        if (statusUnder(previous, area, asked) == before) {
            return Verdict.BY_STANDARD_ALONE;
        }
        if (!previousOnly.isEmpty() && answers.deprivedIndicators() != null
                && statusUnder(previous, area, restricted(answers, shared, previousOnly)) == before) {
            return Verdict.REAL_UNVERIFIED;
        }
        return Verdict.REAL;
    }

    /** The answers with only the indicators the previous standard knows, plus those assumed deprived. */
    private static SurveyAnswers restricted(SurveyAnswers answers, List<String> known, List<String> assumed) {
        if (answers.deprivedIndicators() == null) {
            return answers;
        }
        Set<String> deprived = new LinkedHashSet<>();
        answers.deprivedIndicators().stream().filter(known::contains).forEach(deprived::add);
        deprived.addAll(assumed);
        return new SurveyAnswers(answers.incomePerPersonMonthlyVnd(), answers.scoreA(), List.copyOf(deprived),
                answers.scoreB());
    }

    private static PovertyStatus statusUnder(PovertyStandard standard, AreaType area, SurveyAnswers answers) {
        // The class does not depend on the survey's day, only the low-income-worker flag does.
        return Classifier.classify(standard, area, answers, java.time.LocalDate.MIN).status();
    }
}
