package vn.giamngheo.platform.web.audit;

import java.util.List;

/** A page of audit entries, newest first. */
public record AuditPage(int page, int size, long total, List<AuditRecord> items) {
}
