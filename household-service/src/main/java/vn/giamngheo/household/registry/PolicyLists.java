package vn.giamngheo.household.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * The lists other programs need, drawn from the registry for an area: households that left poverty or near-poverty
 * in a period (with the day and the class they left), the members of the poor and near-poor households of a list
 * (the health-insurance lists, with the state's share), and the low-income workers a list's reviews found. Personal
 * columns go only to the roles that see personal data; every list drawn is audited, with its size.
 */
@ApplicationScoped
// A transaction of its own: the audit entry of a list drawn is written with it.
@Transactional
public class PolicyLists {

    /** Exports stop here: a province's health-insurance list is some hundred thousand members. */
    public static final int MOST_ROWS = 300_000;

    /** A list's code, title and the legal basis it is drawn on. */
    @Schema(name = "PolicyListDefinition")
    public record Definition(@Schema(required = true) String code,
            @Schema(required = true) String title,
            @Schema(required = true) String legalBasis) {
    }

    private record File(String about, List<Definition> lists) {
    }

    /** A column: its key in the JSON rows and its header in the exports; personal ones are left out for others. */
    @Schema(name = "PolicyListColumn")
    public record Column(@Schema(required = true) String key,
            @Schema(required = true) String header,
            @Schema(required = true) boolean personal) {
    }

    /** What was asked and what the caller may see of it. */
    public record Drawn(Definition definition, String area, LocalDate from, LocalDate to, Integer listYear,
            boolean personal, List<Column> columns, List<Map<String, Object>> rows, int page, int size) {
    }

    static final List<Definition> DEFINITIONS = load();

    public static List<Definition> definitions() {
        return DEFINITIONS;
    }

    @Inject
    AccessPolicy access;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * @param size rows of the page; {@code 0}: every row (an export), up to {@link #MOST_ROWS}
     */
    public Drawn draw(String list, String area, LocalDate from, LocalDate to, Integer listYear, String format,
            int page, int size) {
        access.requireRole(AccessPolicy.Operation.DRAW_POLICY_LISTS);
        Definition definition = DEFINITIONS.stream().filter(d -> d.code().equals(list)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No list is called " + list + ": the lists are "
                        + String.join(", ", DEFINITIONS.stream().map(Definition::code).toList()) + "."));
        LocalDate today = AdministrativeUnits.get().latestValidDay(area, LocalDate.now()).orElse(LocalDate.now());
        access.require(AccessPolicy.Operation.DRAW_POLICY_LISTS, area, today);
        boolean personal = access.allows(AccessPolicy.Operation.SEE_PERSONAL_DATA);
        Set<String> communes = AreaCommunes.of(area, today);
        int limit = size == 0 ? MOST_ROWS + 1 : size;
        int offset = size == 0 ? 0 : page * size;
        List<Column> columns;
        List<Tuple> rows;
        switch (definition.code()) {
            case "recent-exits" -> {
                if (from == null || to == null || to.isBefore(from)) {
                    throw ProblemException.invalidField("from", "give the period's first and last days (from ≤ to)");
                }
                columns = List.of(col("householdCode", "Mã hộ", false), col("communeCode", "Mã xã", false),
                        col("village", "Thôn, xóm", true), col("headName", "Chủ hộ", true),
                        col("memberCount", "Số nhân khẩu", false), col("ethnicMinority", "Hộ DTTS", false),
                        col("exitDate", "Ngày quyết định", false), col("decisionNumber", "Số quyết định", false),
                        col("previousStatus", "Trước đó", false), col("statusAfter", "Sau khi thoát", false),
                        col("currentStatus", "Hiện nay", false));
                rows = query("""
                        SELECT h.code AS "householdCode", sc.commune_code AS "communeCode", h.village AS "village",
                            h.head_name AS "headName", h.member_count AS "memberCount",
                            h.ethnic_minority AS "ethnicMinority", sc.decision_date AS "exitDate",
                            sc.decision_number AS "decisionNumber", sc.status_before AS "previousStatus",
                            sc.status_after AS "statusAfter", h.current_status AS "currentStatus"
                        FROM status_change sc JOIN household h ON h.id = sc.household_id
                        WHERE sc.commune_code IN (:communes) AND sc.movement IN ('EXIT', 'FROM_POOR')
                          AND sc.decision_date BETWEEN :from AND :to
                        ORDER BY sc.decision_date, h.code""", Map.of("communes", communes, "from", from, "to", to),
                        limit, offset);
            }
            case "health-insurance" -> {
                requireYear(listYear);
                columns = members(col("status", "Diện", false), col("stateShare", "Ngân sách nhà nước đóng", false));
                rows = query(MEMBERS + """
                        , CASE h.current_status WHEN 'POOR' THEN '100%' ELSE '≥ 70% (100% ở xã nghèo [U])' END
                            AS "stateShare"
                        FROM household h JOIN household_member m ON m.household_id = h.id
                        WHERE h.commune_code IN (:communes) AND h.closed_on IS NULL
                          AND h.current_status IN ('POOR', 'NEAR_POOR') AND h.current_list_year = :year
                        ORDER BY h.commune_code, h.village, h.code, m.relation, m.birth_year""",
                        Map.of("communes", communes, "year", listYear), limit, offset);
            }
            default -> {
                requireYear(listYear);
                columns = members(col("status", "Phân loại hộ", false));
                rows = query(MEMBERS + """
                        FROM household h
                        JOIN household_member m ON m.household_id = h.id AND :year - m.birth_year >= 15
                        WHERE h.commune_code IN (:communes) AND h.closed_on IS NULL
                          AND h.current_status NOT IN ('POOR', 'NEAR_POOR') AND EXISTS (
                            SELECT 1 FROM review r JOIN review_round rr ON rr.id = r.round_id
                            WHERE r.household_id = h.id AND r.low_income_worker AND r.status <> 'RETURNED'
                              AND rr.status = 'DECIDED' AND rr.list_year = :year)
                        ORDER BY h.commune_code, h.village, h.code, m.relation, m.birth_year""",
                        Map.of("communes", communes, "year", listYear), limit, offset);
            }
        }
        if (size == 0 && rows.size() > MOST_ROWS) {
            throw ProblemException.unprocessable("list-too-large", "The list is too large to export at once",
                    "The list holds more than " + MOST_ROWS + " rows: draw it for each district or commune.");
        }
        List<Column> shown = columns.stream().filter(c -> personal || !c.personal()).toList();
        List<Map<String, Object>> values = new ArrayList<>(rows.size());
        for (Tuple t : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column c : shown) {
                Object v = t.get(c.key());
                row.put(c.key(), v instanceof java.sql.Date d ? d.toLocalDate() : v);
            }
            values.add(row);
        }
        Map<String, Object> said = new LinkedHashMap<>();
        said.put("format", format);
        said.put("from", from == null ? null : from.toString());
        said.put("to", to == null ? null : to.toString());
        said.put("listYear", listYear);
        said.put("rows", values.size());
        said.put("personalData", personal);
        audit.record("DRAW_POLICY_LIST", "policy-list", definition.code(), area, today, null, said);
        return new Drawn(definition, area, from, to, listYear, personal, shown, values, page, size);
    }

    private static final String MEMBERS = """
            SELECT h.code AS "householdCode", h.commune_code AS "communeCode", h.village AS "village",
                m.full_name AS "fullName", m.birth_year AS "birthYear", m.sex AS "sex", m.ethnicity AS "ethnicity",
                m.personal_id AS "personalId", m.relation AS "relation", m.health_insurance AS "healthInsurance",
                h.current_status AS "status"
            """;

    private static List<Column> members(Column... more) {
        List<Column> columns = new ArrayList<>(List.of(col("householdCode", "Mã hộ", false),
                col("communeCode", "Mã xã", false), col("village", "Thôn, xóm", true), col("fullName", "Họ và tên", true),
                col("birthYear", "Năm sinh", true), col("sex", "Giới tính", true), col("ethnicity", "Dân tộc", true),
                col("personalId", "Số định danh cá nhân", true), col("relation", "Quan hệ với chủ hộ", true),
                col("healthInsurance", "Có thẻ BHYT", false)));
        columns.addAll(List.of(more));
        return columns;
    }

    private static Column col(String key, String header, boolean personal) {
        return new Column(key, header, personal);
    }

    private static void requireYear(Integer listYear) {
        if (listYear == null) {
            throw ProblemException.invalidField("listYear", "is required: the list whose households are drawn");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> query(String sql, Map<String, Object> params, int limit, int offset) {
        var q = em.createNativeQuery(sql + " LIMIT " + limit + " OFFSET " + offset, Tuple.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** A status's label, for the exports. */
    public static String label(Object value) {
        if (value instanceof String s) {
            for (PovertyStatus status : PovertyStatus.values()) {
                if (status.name().equals(s)) {
                    return status.label();
                }
            }
        }
        return value == null ? "" : value.toString();
    }

    private static List<Definition> load() {
        try (InputStream in = PolicyLists.class.getResourceAsStream("/policy-lists/policy-lists.json")) {
            if (in == null) {
                throw new IllegalStateException("policy-lists/policy-lists.json is missing from the class path");
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, File.class).lists();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
