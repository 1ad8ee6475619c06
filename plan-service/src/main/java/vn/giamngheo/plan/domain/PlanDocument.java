package vn.giamngheo.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.PopulationGroup;
import vn.giamngheo.platform.events.payload.TargetKind;
import vn.giamngheo.platform.web.rules.VndCeiling;

/**
 * A unit's annual plan as its document states it: every figure kept as written, including figures that do not
 * add up. Amounts are integer VND (the seed's "triệu đồng" times 1,000,000). Budget lines sit at the lowest level
 * the document gives: on the sub-project where there is one.
 */
public record PlanDocument(
        @NotNull(message = "is required") @Pattern(regexp = "^(\\d{2}|\\d{3}|\\d{5})$", message = "must be a GSO code of 2, 3 or 5 digits") String unitCode,
        @NotNull(message = "is required") @Min(value = 2021, message = "must be 2021 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
        @Valid DocumentInfo document,
        @Size(max = 20000, message = "must be at most 20000 characters") String generalObjective,
        @Size(max = 200, message = "must list at most 200 items") List<@NotBlank(message = "must not be blank") @Size(max = 5000, message = "must be at most 5000 characters") String> specificObjectives,
        List<@Valid @NotNull(message = "must not be null") Target> targets,
        @NotNull(message = "is required; send an empty list for a plan without projects yet") List<@Valid @NotNull(message = "must not be null") Project> projects,
        @Valid StatedAmounts statedTotals,
        List<@Valid @NotNull(message = "must not be null") YearReference> yearReferences) {

    /** The document's identity, any of which may be blank in a draft ("Số: /KH-UBND", "ngày   tháng 11"). */
    @Schema(name = "PlanDocumentInfo")
    public record DocumentInfo(
            @Size(max = 50, message = "must be at most 50 characters") String number,
            @Size(max = 50, message = "must be at most 50 characters") String symbol,
            LocalDate date,
            @Size(max = 200, message = "must be at most 200 characters") String dateAsWritten,
            @Size(max = 200, message = "must be at most 200 characters") String place,
            @Size(max = 300, message = "must be at most 300 characters") String issuingBody,
            @Size(max = 1000, message = "must be at most 1000 characters") String title,
            @Size(max = 200, message = "must be at most 200 characters") String signer,
            @Size(max = 200, message = "must be at most 200 characters") String signerTitle,
            @Size(max = 100, message = "must list at most 100 items") List<@Size(max = 500, message = "must be at most 500 characters") String> implementsDocuments,
            @Size(max = 100, message = "must list at most 100 items") List<@Size(max = 500, message = "must be at most 500 characters") String> recipients) {
    }

    /**
     * A target, a minimum: a fall of {@code points} percentage points of a rate, or a fall of a count by
     * {@code count} households or by {@code percent} of its baseline.
     */
    @Schema(name = "PlanTarget")
    public record Target(
            @NotNull(message = "is required") TargetKind kind,
            @NotNull(message = "is required") PopulationGroup populationGroup,
            @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100", message = "must be at most 100 percentage points") BigDecimal points,
            @PositiveOrZero(message = "must be 0 or more") @Max(value = 100_000_000, message = "must be at most 100,000,000 households") Long count,
            @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "100", message = "must be at most 100 percent") BigDecimal percent,
            @Size(max = 2000, message = "must be at most 2000 characters") String description) {
    }

    /** A project (dự án) of the program, matched to the catalog by its code, never by its title. */
    @Schema(name = "PlanProject")
    public record Project(
            @NotNull(message = "is required") @Pattern(regexp = "^DA[1-7]$", message = "must be a project code DA1 to DA7") String projectCode,
            @Size(max = 1000, message = "must be at most 1000 characters") String title,
            @Size(max = 50000, message = "must be at most 50000 characters") String content,
            List<@Valid @NotNull(message = "must not be null") BudgetLine> budgetLines,
            @Valid StatedAmounts stated,
            @Valid Responsibility responsibility,
            List<@Valid @NotNull(message = "must not be null") OutputIndicator> outputIndicators,
            List<@Valid @NotNull(message = "must not be null") SubProject> subProjects) {

        public List<BudgetLine> lines() {
            return budgetLines == null ? List.of() : budgetLines;
        }

        public List<SubProject> subs() {
            return subProjects == null ? List.of() : subProjects;
        }

        public List<OutputIndicator> indicators() {
            return outputIndicators == null ? List.of() : outputIndicators;
        }
    }

    /** A sub-project (tiểu dự án) of a project. */
    @Schema(name = "PlanSubProject")
    public record SubProject(
            @NotNull(message = "is required") @Pattern(regexp = "^TDA[1-9]$", message = "must be a sub-project code such as TDA1") String subProjectCode,
            @Size(max = 1000, message = "must be at most 1000 characters") String title,
            @Size(max = 50000, message = "must be at most 50000 characters") String content,
            List<@Valid @NotNull(message = "must not be null") BudgetLine> budgetLines,
            @Valid StatedAmounts stated,
            @Valid Responsibility responsibility,
            List<@Valid @NotNull(message = "must not be null") OutputIndicator> outputIndicators) {

        public List<BudgetLine> lines() {
            return budgetLines == null ? List.of() : budgetLines;
        }

        public List<OutputIndicator> indicators() {
            return outputIndicators == null ? List.of() : outputIndicators;
        }
    }

    /** Money proposed for a project or sub-project, of one fund type from one source. */
    @Schema(name = "DocumentBudgetLine")
    public record BudgetLine(
            @NotNull(message = "is required; use UNSPECIFIED when the document does not say") FundType fundType,
            @NotNull(message = "is required; use UNSPECIFIED when the document does not say") FundSource fundSource,
            @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long amountVnd) {
    }

    /** Totals as the document states them, kept for validation only; null where it states none. */
    public record StatedAmounts(
            @PositiveOrZero(message = "must be 0 or more đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long totalVnd,
            @PositiveOrZero(message = "must be 0 or more đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long investmentVnd,
            @PositiveOrZero(message = "must be 0 or more đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long recurrentVnd,
            Map<FundSource, @NotNull(message = "must not be null") @PositiveOrZero(message = "must be 0 or more đồng") @Max(value = VndCeiling.MAX_VND, message = VndCeiling.MESSAGE) Long> bySourceVnd) {
    }

    /** Who leads, who implements, who coordinates, and to whom the lead reports, as the document names them. */
    @Schema(name = "ProjectResponsibility")
    public record Responsibility(
            @Size(max = 500, message = "must be at most 500 characters") String leadAgency,
            @Size(max = 100, message = "must list at most 100 items") List<@Size(max = 500, message = "must be at most 500 characters") String> implementingAgencies,
            @Size(max = 100, message = "must list at most 100 items") List<@Size(max = 500, message = "must be at most 500 characters") String> coordinatingAgencies,
            @Size(max = 500, message = "must be at most 500 characters") String reportsTo) {
    }

    /** An output indicator: about {@code quantity} {@code unit} (for example 300 lượt người, attendances). */
    public record OutputIndicator(
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String key,
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String unit,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 16, fraction = 2, message = "must have at most 16 digits and 2 decimals") BigDecimal quantity,
            Boolean approximate) {
    }

    /** A year named in the text; {@code refersToPlanYear} when the sentence speaks of the plan's own year. */
    public record YearReference(
            @NotNull(message = "is required") Integer year,
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String text,
            Boolean refersToPlanYear) {
    }

    public List<Project> projectList() {
        return projects == null ? List.of() : projects;
    }

    public List<Target> targetList() {
        return targets == null ? List.of() : targets;
    }
}
