package vn.giamngheo.reporting.report;

import java.util.List;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rows of the read models read by column name: native queries built with {@code Tuple.class}, whose sums come back
 * as whatever numeric type PostgreSQL chose. Every read has a time limit: a report that waits on a locked table or
 * a slow database is cancelled (SQLSTATE 57014) and answered with 503, instead of holding a connection without end.
 */
final class ReadModelRows {

    private ReadModelRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Tuple> of(Query tupleQuery) {
        return tupleQuery.setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS).getResultList();
    }

    private static final int TIMEOUT_MILLIS = (int) ConfigProvider.getConfig()
            .getOptionalValue("giamngheo.reporting.query-timeout", java.time.Duration.class)
            .orElse(java.time.Duration.ofSeconds(30)).toMillis();

    static long whole(Tuple row, String column) {
        return row.get(column, Number.class).longValue();
    }

    static Long wholeOrNull(Tuple row, String column) {
        Number n = row.get(column, Number.class);
        return n == null ? null : n.longValue();
    }

    static String text(Tuple row, String column) {
        return row.get(column, String.class);
    }
}
