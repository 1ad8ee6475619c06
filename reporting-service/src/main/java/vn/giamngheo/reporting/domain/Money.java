package vn.giamngheo.reporting.domain;

/** Money of budget lines in đồng: proposed by the plans, assigned by allocations, and disbursed. */
public record Money(long proposed, long assigned, long disbursed) {

    public static final Money NONE = new Money(0, 0, 0);

    public Money plus(Money o) {
        return new Money(Math.addExact(proposed, o.proposed), Math.addExact(assigned, o.assigned),
                Math.addExact(disbursed, o.disbursed));
    }
}
