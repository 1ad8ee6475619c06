package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
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

import vn.giamngheo.funding.api.AllocationView;
import vn.giamngheo.funding.api.BalanceReport;
import vn.giamngheo.funding.api.BudgetLineView;
import vn.giamngheo.funding.domain.Allocation;
import vn.giamngheo.funding.domain.BudgetLine;
import vn.giamngheo.funding.domain.LineRevisionConflict;
import vn.giamngheo.funding.domain.Ratio;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.ProgramCatalog;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.Roles;

/** Balances and rates, read within the caller's area. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundingQueries {

    @Inject
    Caller caller;

    @Inject
    FundingViews views;

    public AllocationView allocation(UUID id) {
        Allocation a = Allocation.<Allocation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no allocation " + id + "."));
        BudgetLine line = views.line(a);
        requireReader(line.planUnitCode, line.year);
        return views.allocation(a, line);
    }

    public List<BudgetLineView> lines(UUID planId, String area, Integer year) {
        List<BudgetLine> lines = planId != null ? BudgetLine.ofPlan(planId) : visible(area, year);
        lines.forEach(l -> requireReader(l.planUnitCode, l.year));
        Map<String, List<Allocation>> allocations = allocationsOf(lines);
        return lines.stream().map(l -> lineView(l, allocations.getOrDefault(key(l), List.of()))).toList();
    }

    public List<LineRevisionConflict> conflicts(UUID planId) {
        BudgetLine.ofPlan(planId).stream().findFirst().ifPresent(l -> requireReader(l.planUnitCode, l.year));
        return LineRevisionConflict.ofPlan(planId);
    }

    /** The balances of one plan, or of all plans of an area (and year). */
    public BalanceReport balances(UUID planId, String area, Integer year) {
        String scope = area == null ? caller.area() : area;
        List<BudgetLine> lines;
        if (planId != null) {
            lines = BudgetLine.ofPlan(planId);
            lines.forEach(l -> requireReader(l.planUnitCode, l.year));
            scope = lines.isEmpty() ? scope : lines.get(0).planUnitCode;
        } else {
            if (scope == null) {
                throw ProblemException.invalidField("area", "is required for an account without an area");
            }
            if (!caller.roles().contains(Roles.SYSTEM)) {
                caller.requireArea(scope, year == null ? LocalDate.now() : LocalDate.of(year, 1, 1));
            }
            lines = visible(scope, year);
        }
        Map<String, List<Allocation>> allocations = allocationsOf(lines);
        List<Money> money = new ArrayList<>();
        for (BudgetLine l : lines) {
            List<Allocation> of = allocations.getOrDefault(key(l), List.of());
            money.add(new Money(l, null, l.proposedVnd, 0, 0));
            for (Allocation a : of) {
                money.add(new Money(l, a, 0, a.amountVnd, a.disbursedVnd));
            }
        }
        ProgramCatalog catalog = ProgramCatalog.get();
        return new BalanceReport(scope, year,
                row("TOTAL", "Tổng cộng", money),
                group(money, m -> m.line.fundType.name(), k -> FundType.valueOf(k).label()),
                group(money, m -> m.line.projectCode, k -> catalog.find(k, null).map(ProgramCatalog.Entry::name).orElse(k)),
                group(money.stream().filter(m -> m.allocation != null).toList(),
                        m -> m.allocation.implementingAreaCode + " " + m.allocation.implementingUnit, k -> k),
                group(money, m -> m.line.lineKey, k -> k));
    }

    /** The allocations of these lines in one query, by line. */
    private static Map<String, List<Allocation>> allocationsOf(List<BudgetLine> lines) {
        Map<String, List<Allocation>> byLine = new LinkedHashMap<>();
        List<UUID> plans = lines.stream().map(l -> l.planId).distinct().toList();
        if (!plans.isEmpty()) {
            Allocation.<Allocation>list("planId in ?1 order by recordedAt", plans)
                    .forEach(a -> byLine.computeIfAbsent(a.planId + "|" + a.lineKey, k -> new ArrayList<>()).add(a));
        }
        return byLine;
    }

    private static String key(BudgetLine l) {
        return l.planId + "|" + l.lineKey;
    }

    private BudgetLineView lineView(BudgetLine l, List<Allocation> allocations) {
        long disbursed = allocations.stream().mapToLong(a -> a.disbursedVnd).sum();
        return new BudgetLineView(l.planId, l.lineKey, l.planUnitCode, l.year, l.planVersion, l.projectCode,
                l.subProjectCode, l.fundType, l.fundSource, l.proposedVnd, l.allocatedVnd, disbursed,
                Math.max(0, l.unallocatedVnd()), Math.max(0, -l.unallocatedVnd()));
    }

    private List<BudgetLine> visible(String area, Integer year) {
        String scope = area == null ? caller.area() : area;
        return BudgetLine.ofYear(year).stream()
                .filter(l -> scope != null
                        && AdministrativeUnits.get().isWithin(l.planUnitCode, scope, LocalDate.of(l.year, 1, 1)))
                .toList();
    }

    private void requireReader(String planUnit, int year) {
        caller.requireReader(planUnit, LocalDate.of(year, 1, 1));
    }

    /** One line's proposal, or one allocation's assignment and payments. */
    private record Money(BudgetLine line, Allocation allocation, long proposed, long assigned, long disbursed) {
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
