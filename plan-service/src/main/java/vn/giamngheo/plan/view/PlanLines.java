package vn.giamngheo.plan.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.giamngheo.plan.domain.BudgetLineKey;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.PlanApproved;

/** The budget lines and output indicators a document gives, each with its stable key, and what the lines add up to. */
public final class PlanLines {

    private PlanLines() {
    }

    public static List<PlanVersionView.Line> of(PlanDocument doc) {
        List<PlanVersionView.Line> lines = new ArrayList<>();
        for (PlanDocument.Project p : doc.projectList()) {
            p.lines().forEach(l -> lines.add(line(p.projectCode(), null, l)));
            for (PlanDocument.SubProject s : p.subs()) {
                s.lines().forEach(l -> lines.add(line(p.projectCode(), s.subProjectCode(), l)));
            }
        }
        return lines;
    }

    public static PlanVersionView.Totals totals(List<PlanVersionView.Line> lines) {
        Map<FundType, Long> byType = new EnumMap<>(FundType.class);
        Map<FundSource, Long> bySource = new EnumMap<>(FundSource.class);
        long total = 0;
        for (PlanVersionView.Line l : lines) {
            total += l.amountVnd();
            byType.merge(l.fundType(), l.amountVnd(), Long::sum);
            bySource.merge(l.fundSource(), l.amountVnd(), Long::sum);
        }
        return new PlanVersionView.Totals(total, byType, bySource);
    }

    /** The output indicators of every project and sub-project, in the document's order. */
    public static List<PlanApproved.OutputIndicator> indicators(PlanDocument doc) {
        List<PlanApproved.OutputIndicator> out = new ArrayList<>();
        for (PlanDocument.Project p : doc.projectList()) {
            p.indicators().forEach(i -> out.add(indicator(p.projectCode(), null, i)));
            for (PlanDocument.SubProject s : p.subs()) {
                s.indicators().forEach(i -> out.add(indicator(p.projectCode(), s.subProjectCode(), i)));
            }
        }
        return out;
    }

    private static PlanApproved.OutputIndicator indicator(String project, String sub, PlanDocument.OutputIndicator i) {
        return new PlanApproved.OutputIndicator(i.key(), project, sub, i.description(), i.unit(), i.quantity(),
                Boolean.TRUE.equals(i.approximate()));
    }

    private static PlanVersionView.Line line(String project, String sub, PlanDocument.BudgetLine l) {
        return new PlanVersionView.Line(BudgetLineKey.of(project, sub, l.fundType(), l.fundSource()), project, sub,
                l.fundType(), l.fundType().label(), l.fundSource(), l.fundSource().label(), l.amountVnd());
    }
}
