package vn.giamngheo.household.dci;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.giamngheo.household.dci.SearchQueries.Rejection;
import vn.giamngheo.household.registry.AreaCommunes;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * A search condition as SQL over the registry's {@code household h}: each attribute's column (the exit date a
 * sub-query of the status history; a commune, the communes it holds; an identity number, its members), the values
 * as parameters, never as text of the query.
 */
final class CriterionSql {

    /** The last decision that took a household out of poverty or near-poverty, as the policy lists count exits. */
    static final String EXIT_DATE = "(SELECT max(sc.decision_date) FROM status_change sc WHERE sc.household_id = h.id"
            + " AND sc.movement IN ('EXIT', 'FROM_POOR'))";

    private CriterionSql() {
    }

    static String column(RegistryAttribute a) {
        return switch (a) {
            case HOUSEHOLD_ID -> "h.code";
            case POVERTY_STATUS -> "h.current_status";
            case LIST_YEAR -> "h.current_list_year";
            case COMMUNE_CODE -> "h.commune_code";
            case ETHNIC_MINORITY -> "h.ethnic_minority";
            case GROUP_SIZE -> "h.member_count";
            case EXIT_DATE -> EXIT_DATE;
            default -> throw new IllegalArgumentException(a + " is not compared");
        };
    }

    /** The condition as SQL over {@code household h}, its values added to {@code params} as :p1, :p2, … */
    static String where(Criterion c, Map<String, Object> params, LocalDate today) {
        if (c instanceof Criterion.All all) {
            return "(" + String.join(" AND ", all.parts().stream().map(p -> where(p, params, today)).toList()) + ")";
        }
        if (c instanceof Criterion.Any any) {
            return "(" + String.join(" OR ", any.parts().stream().map(p -> where(p, params, today)).toList()) + ")";
        }
        if (c instanceof Criterion.Not not) {
            return "NOT COALESCE(" + where(not.part(), params, today) + ", false)";
        }
        Criterion.Compare cmp = (Criterion.Compare) c;
        String name = "p" + params.size();
        if (cmp.attribute() == RegistryAttribute.IDENTITY_NUMBER) {
            params.put(name, cmp.values().get(0));
            return "h.id IN (SELECT m.household_id FROM household_member m WHERE m.personal_id = :" + name + ")";
        }
        if (cmp.attribute() == RegistryAttribute.COMMUNE_CODE) {
            Set<String> communes = new LinkedHashSet<>();
            for (Object area : cmp.values()) {
                try {
                    communes.addAll(AreaCommunes.of((String) area, today));
                } catch (ProblemException e) {
                    throw new Rejection("rjct.search_criteria.invalid", "No administrative unit has code " + area
                            + " today");
                }
            }
            params.put(name, communes);
            return "h.commune_code IN (:" + name + ")";
        }
        // The whole-number attributes are integer columns.
        List<Object> values = cmp.values().stream().map(v -> v instanceof Long l
                ? (Object) (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l)) : v).toList();
        String column = column(cmp.attribute());
        if (cmp.op() == Criterion.Op.IN) {
            params.put(name, values);
            return column + " IN (:" + name + ")";
        }
        params.put(name, values.get(0));
        String op = switch (cmp.op()) {
            case EQ -> "=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            default -> throw new IllegalArgumentException(cmp.op().toString());
        };
        return column + " " + op + " :" + name;
    }

}
