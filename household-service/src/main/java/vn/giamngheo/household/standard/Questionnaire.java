package vn.giamngheo.household.standard;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandard.Text;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * The survey of a standard as a commune app or the self-assessment builds its form from it: how income (or score A)
 * is compared with the lines, how score B counts, and for each dimension the questions that find a household
 * deprived on each indicator ("có" / "yes" is a deprivation), with the figures no public source confirms marked.
 */
public record Questionnaire(@Schema(required = true) String standardCode, String standardName,
        @Schema(required = true) String standardVersion,
        @Schema(required = true) int firstListYear,
        @Schema(required = true) int lastListYear,
        @Schema(required = true) IncomeMethod income,
        @Schema(required = true) ScoreMethod score,
        @Schema(required = true) int deprivationCutoff,
        @Schema(required = true) List<Dimension> dimensions,
        @Schema(required = true) List<PovertyStandard.Provisional> provisional) {

    /** Monthly income per person against the lines of the area type; above the line never poor. */
    public record IncomeMethod(@Schema(required = true) Text description,
            @Schema(required = true) Map<AreaType, Long> lineVnd,
            Map<AreaType, Long> averageLivingUpperBoundVnd, String source) {
    }

    /** Score A of the survey form as a proxy for income, where published, and score B's points per deprivation. */
    public record ScoreMethod(@Schema(required = true) Text description,
            PovertyStandard.ScoreA scoreA, @Schema(required = true) int scoreBPointsPerIndicator) {
    }

    /** A dimension of deprivation and its indicators. */
    @Schema(name = "QuestionnaireDimension")
    public record Dimension(String name, @Schema(required = true) List<Question> indicators) {
    }

    /** One indicator: the question, its help, the rule it stands for, its source, and whether it is provisional. */
    @Schema(name = "QuestionnaireQuestion")
    public record Question(@Schema(required = true) String code, String name, Text question,
            Text help, String deprivedWhen, String source,
            @Schema(required = true) boolean provisional) {
    }
}
