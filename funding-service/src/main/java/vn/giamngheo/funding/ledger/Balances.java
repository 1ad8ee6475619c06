package vn.giamngheo.funding.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.giamngheo.funding.access.AccessPolicy;
import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.Ratio;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.ProgramCatalog;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/** Balances and disbursement rates of one plan, or of an area's plans, read within the caller's area. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Balances {

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    /** One line's proposal, or one allocation's assignment and payments. */
    private record Money(BudgetLine line, Allocation allocation, long proposed, long assigned, long disbursed) {
    }

    /** The balances of one plan, or of all plans of an area (default the caller's) and year. */
    public BalanceReport of(UUID planId, String area, Integer year) {
        String scope = area == null ? caller.area() : area;
        List<BudgetLine> lines;
        if (planId != null) {
            lines = BudgetLine.ofPlan(planId);
            lines.forEach(l -> access.require(AccessPolicy.Operation.READ_PLAN_BALANCES, l.planUnitCode, l.year));
            scope = lines.isEmpty() ? scope : lines.get(0).planUnitCode;
        } else {
            if (scope == null) {
                throw ProblemException.invalidField("area", "is required for an account without an area");
            }
            access.require(AccessPolicy.Operation.READ_AREA_BALANCES, scope, year);
            lines = BudgetLine.within(scope, year);
        }
        return report(scope, year, money(lines));
    }

    private static List<Money> money(List<BudgetLine> lines) {
        LineAllocations allocations = LineAllocations.of(lines);
        List<Money> money = new ArrayList<>();
        for (BudgetLine l : lines) {
            money.add(new Money(l, null, l.proposedVnd, 0, 0));
            for (Allocation a : allocations.of(l)) {
                money.add(new Money(l, a, 0, a.amountVnd, a.disbursedVnd));
            }
        }
        return money;
    }

    private static BalanceReport report(String scope, Integer year, List<Money> money) {
        ProgramCatalog catalog = ProgramCatalog.get();
        return new BalanceReport(scope, year,
                row("TOTAL", "Tổng cộng", money),
                group(money, m -> m.line.fundType.name(), k -> FundType.valueOf(k).label()),
                group(money, m -> m.line.projectCode, k -> catalog.find(k, null).map(ProgramCatalog.Entry::name).orElse(k)),
                group(money.stream().filter(m -> m.allocation != null).toList(),
                        m -> m.allocation.implementingAreaCode + " " + m.allocation.implementingUnit, k -> k),
                group(money, m -> m.line.lineKey, k -> k));
    }

    private static List<BalanceReport.Row> group(List<Money> money, Function<Money, String> key,
            Function<String, String> label) {
        Map<String, List<Money>> groups = new LinkedHashMap<>();
        money.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> row(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }

    private static BalanceReport.Row row(String group, String label, List<Money> money) {
        long proposed = money.stream().mapToLong(Money::proposed).sum();
        long assigned = money.stream().mapToLong(Money::assigned).sum();
        long disbursed = money.stream().mapToLong(Money::disbursed).sum();
        return new BalanceReport.Row(group, label, proposed, assigned, disbursed, assigned - disbursed,
                Ratio.of(disbursed, assigned), Ratio.of(disbursed, proposed));
    }
}
