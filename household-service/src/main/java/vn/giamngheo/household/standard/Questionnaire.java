package vn.giamngheo.household.standard;

import java.util.List;
import java.util.Map;

import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandard.Text;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * The survey of a standard as a commune app or the self-assessment builds its form from it: how income (or score A)
 * is compared with the lines, how score B counts, and for each dimension the questions that find a household
 * deprived on each indicator ("có" / "yes" is a deprivation), with the figures no public source confirms marked.
 */
public record Questionnaire(String standardCode, String standardName, String standardVersion, int firstListYear,
        int lastListYear, IncomeMethod income, ScoreMethod score, int deprivationCutoff, List<Dimension> dimensions,
        List<PovertyStandard.Provisional> provisional) {

    /** Monthly income per person against the lines of the area type; above the line never poor. */
    public record IncomeMethod(Text description, Map<AreaType, Long> lineVnd, Map<AreaType, Long> averageLivingUpperBoundVnd,
            String source) {
    }

    /** Score A of the survey form as a proxy for income, where published, and score B's points per deprivation. */
    public record ScoreMethod(Text description, PovertyStandard.ScoreA scoreA, int scoreBPointsPerIndicator) {
    }

    /** A dimension of deprivation and its indicators. */
    public record Dimension(String name, List<Question> indicators) {
    }

    /** One indicator: the question, its help, the rule it stands for, its source, and whether it is provisional. */
    public record Question(String code, String name, Text question, Text help, String deprivedWhen, String source,
            boolean provisional) {
    }
}
