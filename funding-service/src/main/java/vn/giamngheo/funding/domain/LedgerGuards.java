package vn.giamngheo.funding.domain;

import java.time.LocalDate;

/**
 * The ledger's money rules, exact to the đồng: an allocation within its line, a payment within its allocation, a
 * reversal within its payment and never of a reversal, and a revision that leaves a line below its allocations.
 */
public final class LedgerGuards {

    /** The rule a movement would break. */
    public enum Rule {
        WITHIN_LINE, WITHIN_ALLOCATION, WITHIN_PAYMENT, NO_REVERSAL_OF_REVERSAL
    }

    /**
     * A refused movement with the amounts the rule weighed: the limit, what of it is already used, and what was
     * asked.
     */
    public record Refusal(Rule rule, long limit, long used, long asked) {

        /** What is left under the limit; never negative, though a revision may lower a line below its use. */
        public long left() {
            return Math.max(0, limit - used);
        }
    }

    /** A guard's answer: the refusal, or none and the used total once the movement is applied. */
    public record Verdict(Refusal refusal, long usedAfter) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    private LedgerGuards() {
    }

    /** Allocating {@code asked} from a line of {@code proposed} đồng of which {@code allocated} are allocated. */
    public static Verdict withinLine(long proposed, long allocated, long asked) {
        return within(Rule.WITHIN_LINE, proposed, allocated, asked);
    }

    /** Paying {@code asked} from an allocation of {@code assigned} đồng of which {@code disbursed} are paid. */
    public static Verdict withinAllocation(long assigned, long disbursed, long asked) {
        return within(Rule.WITHIN_ALLOCATION, assigned, disbursed, asked);
    }

    /** Reversing {@code asked} of a payment of {@code paid} đồng of which {@code reversed} are given back. */
    public static Verdict withinPayment(long paid, long reversed, long asked) {
        return within(Rule.WITHIN_PAYMENT, paid, reversed, asked);
    }

    /** Whether an entry may be reversed at all: a payment may, a reversal may not (pay again instead). */
    public static Verdict reversible(boolean entryIsReversal) {
        return entryIsReversal ? new Verdict(new Refusal(Rule.NO_REVERSAL_OF_REVERSAL, 0, 0, 0), 0)
                : new Verdict(null, 0);
    }

    /** A reversal takes effect on or after the day of the payment it gives back. */
    public static boolean datedWithin(LocalDate paidOn, LocalDate reversedOn) {
        return !reversedOn.isBefore(paidOn);
    }

    /**
     * Whether an approved revision of a line already learnt leaves it below what is allocated from it: the revision
     * stands, and the conflict is the finance office's to resolve.
     */
    public static boolean revisionConflicts(boolean learntBefore, long revised, long allocated) {
        return learntBefore && revised < allocated;
    }

    private static Verdict within(Rule rule, long limit, long used, long asked) {
        long after;
        try {
            after = Math.addExact(used, asked);
        } catch (ArithmeticException overflow) {
            // No ledger holds more than Long.MAX_VALUE đồng: a sum past it is more than any limit.
            return new Verdict(new Refusal(rule, limit, used, asked), used);
        }
        return after > limit ? new Verdict(new Refusal(rule, limit, used, asked), used) : new Verdict(null, after);
    }
}
