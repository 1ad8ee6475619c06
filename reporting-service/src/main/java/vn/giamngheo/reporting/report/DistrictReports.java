package vn.giamngheo.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The district report of a plan year: the list recognised at its end against the plan's targets, and its money. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DistrictReports {

    @Inject
    PovertyReports poverty;

    @Inject
    SpendingReports spending;

    public DistrictReport of(String unitCode, int year) {
        return new DistrictReport(poverty.of(unitCode, year + 1), spending.of(unitCode, year));
    }
}
