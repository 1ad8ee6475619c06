package vn.giamngheo.reporting.report;

import java.util.List;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * Rows of the read models read by column name: native queries built with {@code Tuple.class}, whose sums come back
 * as whatever numeric type PostgreSQL chose.
 */
final class ReadModelRows {

    private ReadModelRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Tuple> of(Query tupleQuery) {
        return tupleQuery.getResultList();
    }

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
