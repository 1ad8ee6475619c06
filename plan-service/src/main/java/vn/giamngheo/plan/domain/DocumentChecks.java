package vn.giamngheo.plan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.giamngheo.plan.domain.Finding.Severity;
import vn.giamngheo.platform.events.payload.PopulationGroup;
import vn.giamngheo.platform.events.payload.TargetKind;

/**
 * What the document says outside its money: its number, date and signer, the years its text names, and targets whose
 * rates must add up (the multidimensional rate is the poor plus the near-poor rate).
 */
final class DocumentChecks {

    private DocumentChecks() {
    }

    static void identity(PlanDocument doc, List<Finding> findings) {
        PlanDocument.DocumentInfo d = doc.document();
        if (d == null || blank(d.number())) {
            findings.add(Finding.note(Severity.WARNING, "DOCUMENT_NUMBER_MISSING", null, null, "document.number",
                    "The document has no number (\"Số: " + (d == null || d.symbol() == null ? "" : d.symbol())
                            + "\"): give it one before the plan is issued."));
        }
        if (d == null || d.date() == null) {
            findings.add(Finding.note(Severity.WARNING, "DOCUMENT_DATE_MISSING", null, null, "document.date",
                    "The document has no complete date" + (d != null && d.dateAsWritten() != null
                            ? " (it reads \"" + d.dateAsWritten() + "\")" : "") + ": fill in the day."));
        }
        if (d == null || blank(d.signer())) {
            findings.add(Finding.note(Severity.WARNING, "DOCUMENT_SIGNER_MISSING", null, null, "document.signer",
                    "The document names no signer."));
        }
    }

    static void years(PlanDocument doc, List<Finding> findings) {
        if (doc.yearReferences() == null) {
            return;
        }
        for (PlanDocument.YearReference ref : doc.yearReferences()) {
            if (Boolean.TRUE.equals(ref.refersToPlanYear()) && !Objects.equals(ref.year(), doc.year())) {
                findings.add(Finding.note(Severity.WARNING, "YEAR_MISMATCH", null, null, "yearReferences",
                        "The text speaks of the plan's year as " + ref.year() + ", but the plan is for " + doc.year()
                                + ": \"" + ref.text() + "\""));
            }
        }
    }

    static void targets(PlanDocument doc, List<Finding> findings) {
        for (PopulationGroup group : PopulationGroup.values()) {
            Optional<BigDecimal> multi = points(doc, TargetKind.MULTIDIMENSIONAL_RATE, group);
            Optional<BigDecimal> poor = points(doc, TargetKind.POOR_RATE, group);
            Optional<BigDecimal> near = points(doc, TargetKind.NEAR_POOR_RATE, group);
            if (multi.isPresent() && poor.isPresent() && near.isPresent()
                    && multi.get().compareTo(poor.get().add(near.get())) != 0) {
                findings.add(Finding.note(Severity.WARNING, "TARGET_SUM_MISMATCH", null, null, "targets",
                        "The multidimensional poverty rate is the poor rate plus the near-poor rate, but the targets"
                                + " for " + group + " are " + multi.get() + " points ≠ " + poor.get() + " + "
                                + near.get() + " points."));
            }
        }
    }

    private static Optional<BigDecimal> points(PlanDocument doc, TargetKind kind, PopulationGroup group) {
        return doc.targetList().stream().filter(t -> t.kind() == kind && t.populationGroup() == group)
                .map(PlanDocument.Target::points).filter(Objects::nonNull).findFirst();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
