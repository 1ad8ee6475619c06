package vn.giamngheo.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.funding.domain.LedgerGuards.Refusal;
import vn.giamngheo.funding.domain.LedgerGuards.Rule;
import vn.giamngheo.funding.domain.LedgerGuards.Verdict;

/** The ledger's money rules at their edges: the last đồng passes, one more fails, and no sum overflows. */
class LedgerGuardsTests {

    @ParameterizedTest(name = "line of {0}, {1} allocated, {2} asked → allowed {3}, allocated after {4}")
    @CsvSource({
            // proposed, allocated, asked, allowed, allocated after
            "1000000, 600000, 400000, true, 1000000",   // exactly what is left
            "1000000, 600000, 400001, false, 600000",   // one đồng more
            "1000000, 0, 1000000, true, 1000000",
            "1000000, 1000000, 1, false, 1000000",      // nothing left
            "700000, 900000, 1, false, 900000",         // a revision lowered the line below its allocations
            "9223372036854775807, 9223372036854775806, 1, true, 9223372036854775807",
            "9223372036854775807, 9223372036854775807, 1, false, 9223372036854775807",  // would overflow
            "9223372036854775807, 1, 9223372036854775807, false, 1"})                  // would overflow
    void shouldAllocateNoMoreThanTheLineHasLeft(long proposed, long allocated, long asked, boolean allowed,
            long after) {
        Verdict verdict = LedgerGuards.withinLine(proposed, allocated, asked);
        assertThat(verdict.allowed()).isEqualTo(allowed);
        assertThat(verdict.usedAfter()).isEqualTo(after);
        if (!allowed) {
            assertThat(verdict.refusal()).isEqualTo(new Refusal(Rule.WITHIN_LINE, proposed, allocated, asked));
        }
    }

    @ParameterizedTest(name = "allocation of {0}, {1} paid, {2} asked → allowed {3}")
    @CsvSource({
            // assigned, disbursed, asked, allowed, disbursed after
            "500000, 300000, 200000, true, 500000",    // exactly what is left
            "500000, 300000, 200001, false, 300000",   // one đồng more
            "1000000, 990000, 30000, false, 990000",   // the last of 40 racing payments of 30 000
            "500000, 0, 500000, true, 500000",
            "9223372036854775807, 9223372036854775807, 1, false, 9223372036854775807",
            "9223372036854775807, 2, 9223372036854775806, false, 2"})
    void shouldPayNoMoreThanTheAllocationHasLeft(long assigned, long disbursed, long asked, boolean allowed,
            long after) {
        Verdict verdict = LedgerGuards.withinAllocation(assigned, disbursed, asked);
        assertThat(verdict.allowed()).isEqualTo(allowed);
        assertThat(verdict.usedAfter()).isEqualTo(after);
        if (!allowed) {
            assertThat(verdict.refusal().rule()).isEqualTo(Rule.WITHIN_ALLOCATION);
            assertThat(verdict.refusal().left()).isEqualTo(assigned - disbursed);
        }
    }

    @ParameterizedTest(name = "payment of {0}, {1} reversed, {2} asked → allowed {3}")
    @CsvSource({
            // paid, reversed, asked, allowed, left to reverse
            "300000, 100000, 200000, true, 200000",    // exactly what is left of the payment
            "300000, 100000, 200001, false, 200000",   // one đồng more
            "300000, 300000, 1, false, 0",             // wholly reversed already
            "300000, 0, 300000, true, 300000",
            "9223372036854775807, 9223372036854775807, 9223372036854775807, false, 0"})
    void shouldReverseNoMoreThanIsLeftOfThePayment(long paid, long reversed, long asked, boolean allowed,
            long left) {
        Verdict verdict = LedgerGuards.withinPayment(paid, reversed, asked);
        assertThat(verdict.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(verdict.refusal().rule()).isEqualTo(Rule.WITHIN_PAYMENT);
            assertThat(verdict.refusal().left()).isEqualTo(left);
        }
    }

    @ParameterizedTest(name = "entry is a reversal: {0} → may be reversed {1}")
    @CsvSource({"false, true", "true, false"})
    void shouldNeverReverseAReversal(boolean entryIsReversal, boolean allowed) {
        Verdict verdict = LedgerGuards.reversible(entryIsReversal);
        assertThat(verdict.allowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(verdict.refusal().rule()).isEqualTo(Rule.NO_REVERSAL_OF_REVERSAL);
        }
    }

    @ParameterizedTest(name = "paid {0}, reversed {1} → allowed {2}")
    @CsvSource({"2031-04-01, 2031-04-01, true", "2031-04-01, 2031-05-01, true", "2031-04-01, 2031-03-31, false"})
    void shouldDateAReversalNoEarlierThanItsPayment(LocalDate paidOn, LocalDate reversedOn, boolean allowed) {
        assertThat(LedgerGuards.datedWithin(paidOn, reversedOn)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "learnt before {0}, revised to {1}, {2} allocated → conflict {3}")
    @CsvSource({
            // learnt before, revised, allocated, conflict
            "true, 700000, 900000, true",     // lowered below its allocations
            "true, 900000, 900000, false",    // lowered to exactly its allocations
            "true, 0, 1, true",               // a line the revision no longer has is a line of 0 đồng
            "true, 0, 0, false",
            "false, 0, 0, false"})            // a line first learnt has nothing allocated
    void shouldReportARevisionThatLeavesALineBelowItsAllocations(boolean learntBefore, long revised, long allocated,
            boolean conflict) {
        assertThat(LedgerGuards.revisionConflicts(learntBefore, revised, allocated)).isEqualTo(conflict);
    }

    @ParameterizedTest(name = "limit {0}, used {1} → left {2}")
    @CsvSource({"1000000, 600000, 400000", "700000, 900000, 0", "9223372036854775807, 0, 9223372036854775807"})
    void shouldNeverShowLessThanNothingLeft(long limit, long used, long left) {
        assertThat(new Refusal(Rule.WITHIN_LINE, limit, used, 1).left()).isEqualTo(left);
    }
}
