package vn.giamngheo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/**
 * A sub-project's stated amounts against its lines of ĐTPT (investment), SN (recurrent) and of no stated type: a
 * total or split that misses is an error; a part that holds only if the untyped lines are of it, a warning.
 */
class TotalsReconciliationTests {

    @ParameterizedTest(name = "lines ĐTPT {0} SN {1} untyped {2}; stated {3} = {4} + {5} → {6}")
    @CsvSource(nullValues = "none", value = {
            // lines: investment, recurrent, untyped; stated: total, investment, recurrent; findings
            "500, 500, 0,   1000, 500,  500,  ''",
            "500, 500, 0,   none, none, none, ''",
            "500, 499, 0,   1000, 500,  500,  LINE_TOTAL_MISMATCH PART_MISMATCH",
            "500, 500, 0,   1000, 600,  500,  FUND_SPLIT_MISMATCH PART_MISMATCH",
            "500, 300, 200, 1000, 500,  500,  PART_UNASSIGNED",
            "500, 300, 200, 1000, 400,  600,  PART_MISMATCH PART_MISMATCH",
            "500, 300, 200, 1000, 700,  300,  PART_UNASSIGNED"})
    void shouldReconcileTheStatedAmountsWithTheLines(long investment, long recurrent, long untyped, Long total,
            Long statedInvestment, Long statedRecurrent, String codes) {
        List<PlanDocument.BudgetLine> lines = List.of(
                new PlanDocument.BudgetLine(FundType.INVESTMENT, FundSource.CENTRAL_BUDGET, investment),
                new PlanDocument.BudgetLine(FundType.RECURRENT, FundSource.CENTRAL_BUDGET, recurrent),
                new PlanDocument.BudgetLine(FundType.UNSPECIFIED, FundSource.CENTRAL_BUDGET, untyped));
        List<Finding> findings = new ArrayList<>();
        TotalsReconciliation.node("DA3", "TDA1", lines,
                new PlanDocument.StatedAmounts(total, statedInvestment, statedRecurrent, null), findings);
        assertThat(findings).extracting(Finding::code)
                .containsExactlyElementsOf(codes.isEmpty() ? List.of() : List.of(codes.split(" ")));
    }

    @ParameterizedTest(name = "stated {0}, lines {1} → counted {2}")
    @CsvSource(nullValues = "none", value = {
            "1000, 999, 1000",
            "none, 999, 999"})
    void shouldCountAStatedTotalTowardsThePlanBeforeTheLines(Long stated, long lines, long counted) {
        assertThat(TotalsReconciliation.countedTotal(new PlanDocument.StatedAmounts(stated, null, null, null),
                List.of(new PlanDocument.BudgetLine(FundType.RECURRENT, FundSource.LOCAL_BUDGET, lines))))
                .isEqualTo(counted);
    }
}
