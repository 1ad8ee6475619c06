package vn.giamngheo.plan.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.giamngheo.plan.api.PlanVersionView;
import vn.giamngheo.plan.domain.BudgetLineKey;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/** The budget lines a document gives, each with its stable key, and what they add up to. */
final class PlanLines {

    private PlanLines() {
    }

    static List<PlanVersionView.Line> of(PlanDocument doc) {
        List<PlanVersionView.Line> lines = new ArrayList<>();
        for (PlanDocument.Project p : doc.projectList()) {
            p.lines().forEach(l -> lines.add(line(p.projectCode(), null, l)));
            for (PlanDocument.SubProject s : p.subs()) {
                s.lines().forEach(l -> lines.add(line(p.projectCode(), s.subProjectCode(), l)));
            }
        }
        return lines;
    }

    static PlanVersionView.Totals totals(List<PlanVersionView.Line> lines) {
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

    private static PlanVersionView.Line line(String project, String sub, PlanDocument.BudgetLine l) {
        return new PlanVersionView.Line(BudgetLineKey.of(project, sub, l.fundType(), l.fundSource()), project, sub,
                l.fundType(), l.fundType().label(), l.fundSource(), l.fundSource().label(), l.amountVnd());
    }
}
