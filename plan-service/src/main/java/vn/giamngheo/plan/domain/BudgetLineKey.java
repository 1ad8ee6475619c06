package vn.giamngheo.plan.domain;

import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;

/**
 * The key of a budget line, the same in every version of a plan so that allocations made against a line survive
 * a revision: project, sub-project (where there is one), fund type and source, e.g.
 * {@code DA1.TDA1.INVESTMENT.UNSPECIFIED}.
 */
public final class BudgetLineKey {

    private BudgetLineKey() {
    }

    public static String of(String projectCode, String subProjectCode, FundType fundType, FundSource source) {
        return projectCode + (subProjectCode == null ? "" : "." + subProjectCode) + "." + fundType + "." + source;
    }
}
