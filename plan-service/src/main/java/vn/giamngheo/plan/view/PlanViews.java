package vn.giamngheo.plan.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.plan.domain.Finding;
import vn.giamngheo.plan.domain.IndicatorProgress;
import vn.giamngheo.plan.domain.Plan;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanStatus;
import vn.giamngheo.plan.domain.PlanVersion;
import vn.giamngheo.platform.events.payload.PlanApproved;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitVersion;

/** Maps stored plans to what the API answers, and documents to and from their stored JSON. */
@ApplicationScoped
public class PlanViews {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    public PlanVersionView of(Plan plan, PlanVersion v) {
        PlanDocument doc = document(v);
        List<PlanVersionView.Line> lines = PlanLines.of(doc);
        return new PlanVersionView(plan.id, v.version, v.status, plan.unitCode, unitName(plan.unitCode, plan.year),
                plan.year, doc, lines, PlanLines.totals(lines), findings(v), v.errorCount, v.warningCount,
                v.revisionReason, v.createdBy, v.createdAt, v.submittedBy, v.submittedAt, v.approvedBy, v.approvedAt,
                v.approvalDate, v.acknowledgement, v.etag());
    }

    public PlanVersionView preview(PlanDocument doc, List<Finding> findings) {
        List<PlanVersionView.Line> lines = PlanLines.of(doc);
        return new PlanVersionView(null, 1, PlanStatus.DRAFT, doc.unitCode(), unitName(doc.unitCode(), doc.year()),
                doc.year(), doc, lines, PlanLines.totals(lines), findings, count(findings, Finding.Severity.ERROR),
                count(findings, Finding.Severity.WARNING), null, null, null, null, null, null, null, null, null, null);
    }

    public PlanSummary summary(Plan plan) {
        List<PlanSummary.VersionSummary> versions = PlanVersion.allOf(plan.id).stream()
                .map(v -> new PlanSummary.VersionSummary(v.version, v.status, v.totalVnd, v.errorCount,
                        v.warningCount, v.createdBy, v.createdAt, v.approvalDate, v.etag()))
                .toList();
        return new PlanSummary(plan.id, plan.unitCode, unitName(plan.unitCode, plan.year), plan.year,
                plan.latestVersion, plan.approvedVersion, versions);
    }

    public ProgressView progress(Plan plan) {
        PlanDocument doc = document(PlanVersion.of(plan.id, plan.approvedVersion).orElseThrow());
        List<IndicatorProgress> reports = IndicatorProgress.ofPlan(plan.id);
        List<ProgressView.Indicator> indicators = new ArrayList<>();
        for (PlanApproved.OutputIndicator i : PlanLines.indicators(doc)) {
            List<ProgressView.Report> mine = reports.stream().filter(r -> r.indicatorKey.equals(i.key()))
                    .map(r -> new ProgressView.Report(r.quantity.stripTrailingZeros(), r.reportedOn, r.note,
                            r.reportedBy))
                    .toList();
            BigDecimal achieved = mine.stream().map(ProgressView.Report::quantity).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            indicators.add(new ProgressView.Indicator(i.key(), i.description(), i.unit(), i.quantity(),
                    i.approximate(), achieved, mine));
        }
        return new ProgressView(plan.id, plan.approvedVersion, indicators);
    }

    /** The state an audit entry records: the version's workflow fields and its document. */
    public Map<String, Object> auditState(PlanVersion v) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", v.version);
        state.put("status", v.status);
        state.put("totalVnd", v.totalVnd);
        state.put("errorCount", v.errorCount);
        state.put("approvedBy", v.approvedBy);
        state.put("approvalDate", v.approvalDate);
        state.put("acknowledgement", v.acknowledgement);
        state.put("document", document(v));
        return state;
    }

    public void write(PlanVersion v, PlanDocument doc, List<Finding> findings) {
        v.document = json(doc);
        v.findings = json(findings);
        v.errorCount = count(findings, Finding.Severity.ERROR);
        v.warningCount = count(findings, Finding.Severity.WARNING);
        v.totalVnd = PlanLines.of(doc).stream().mapToLong(PlanVersionView.Line::amountVnd).sum();
    }

    public PlanDocument document(PlanVersion v) {
        try {
            return mapper.readValue(v.document, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document of plan version " + v.id + " cannot be read", e);
        }
    }

    private List<Finding> findings(PlanVersion v) {
        try {
            return mapper.readValue(v.findings, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored findings of plan version " + v.id + " cannot be read", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(List<Finding> findings, Finding.Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String unitName(String code, int year) {
        return AdministrativeUnits.get().find(code, LocalDate.of(year, 1, 1)).map(UnitVersion::name).orElse(null);
    }
}
