package vn.giamngheo.plan.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something validation found in a plan: where, how serious, and the amounts involved. It explains; the plan's
 * figures stay as the document states them.
 *
 * @param statedVnd the amount the document states, where the finding is about amounts
 * @param computedVnd the amount its parts add up to
 * @param differenceVnd stated − computed
 */
@Schema(name = "PlanFinding")
public record Finding(
        @Schema(required = true) Severity severity,
        @Schema(required = true, description = "What kind of finding, e.g. PROJECT_TOTAL_MISMATCH") String code,
        String projectCode,
        String subProjectCode,
        @Schema(required = true, description = "Where in the document, e.g. stated.totalVnd") String field,
        @Schema(required = true) String message,
        Long statedVnd,
        Long computedVnd,
        Long differenceVnd) {

    /** ERROR findings must be acknowledged, with a reason, by whoever approves the plan. */
    @Schema(name = "FindingSeverity")
    public enum Severity {
        ERROR, WARNING, INFO
    }

    static Finding amounts(Severity severity, String code, String project, String subProject, String field,
            String message, long stated, long computed) {
        return new Finding(severity, code, project, subProject, field, message, stated, computed, stated - computed);
    }

    static Finding note(Severity severity, String code, String project, String subProject, String field,
            String message) {
        return new Finding(severity, code, project, subProject, field, message, null, null, null);
    }
}
