package vn.giamngheo.household.dci;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.household.dci.RegistryRecords.HouseholdFacts;
import vn.giamngheo.household.dci.SearchQueries.Rejection;
import vn.giamngheo.household.domain.Member;
import vn.giamngheo.household.registry.AreaCommunes;
import vn.giamngheo.platform.web.audit.AuditTrail;

/**
 * Answers a search message for a registered system: each of its requests read ({@link SearchQueries}), checked
 * against what the system may search by and see, run over the households of its areas, and answered with Group or
 * Member records ({@link RegistryRecords}) or rejected with the specification's reason code. A request that gives
 * personal data, or searches by an identity number, needs the system's registration for it and a purpose stated in
 * the request's {@code authorize} or {@code consent}; it is audited with that purpose.
 */
@ApplicationScoped
@Transactional
public class SearchRegistry {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The answer's message, whether it gave personal data, and each request's outcome without its records. */
    public record Answer(ObjectNode message, boolean personal, ArrayNode outcome, boolean anySucceeded) {
    }

    public Answer answer(DciSystem system, JsonNode message, String correlationId) {
        ObjectNode out = JSON.objectNode();
        out.put("transaction_id", message.path("transaction_id").asText());
        out.put("correlation_id", correlationId);
        ArrayNode responses = out.putArray("search_response");
        ArrayNode outcome = JSON.arrayNode();
        boolean personal = false;
        boolean anySucceeded = false;
        for (JsonNode request : message.path("search_request")) {
            ObjectNode item = JSON.objectNode();
            item.put("reference_id", request.path("reference_id").asText());
            item.put("timestamp", DciMessages.now());
            try {
                personal |= search(system, request, correlationId, item);
                item.put("status", "succ");
                anySucceeded = true;
            } catch (Rejection r) {
                item.put("status", "rjct");
                item.put("status_reason_code", r.reasonCode);
                item.put("status_reason_message", r.getMessage());
                // The same shape as an answer, with no record: a client reads data.reg_records either way.
                data(item, "Group").putArray("reg_records");
            }
            item.put("locale", "vie");
            responses.add(item);
            ObjectNode summary = item.deepCopy();
            summary.remove("data");
            summary.put("total_count", item.path("pagination").path("total_count").asInt(0));
            summary.remove("pagination");
            outcome.add(summary);
        }
        return new Answer(out, personal, outcome, anySucceeded);
    }

    /** @return whether the answer gives personal data */
    private boolean search(DciSystem system, JsonNode request, String correlationId, ObjectNode item) {
        JsonNode criteria = request.path("search_criteria");
        SearchQueries.Query q = SearchQueries.read(criteria);
        Set<RegistryAttribute> read = EnumSet.noneOf(RegistryAttribute.class);
        Criterion.attributes(q.criterion(), read);
        // Sorting by an attribute reveals it as much as searching by it does.
        q.sort().forEach(sort -> read.add(sort.attribute()));
        for (RegistryAttribute a : read) {
            if (!system.sees(a)) {
                throw new Rejection("rjct.search_criteria.invalid", "Sender " + system.senderId + " is not registered"
                        + " for attribute " + a.apiName + "; it may search by " + system.attributeList());
            }
        }
        if (q.entity() == SearchQueries.Entity.MEMBER && !system.sees(RegistryAttribute.MEMBERS)) {
            throw new Rejection("rjct.search_criteria.invalid", "Sender " + system.senderId + " is not registered for"
                    + " members (personal data)");
        }
        String purpose = purpose(criteria);
        if (q.personal() && purpose == null) {
            throw new Rejection("rjct.search_criteria.invalid", "A search by identity number, or for members, is a use"
                    + " of personal data: state its purpose in search_criteria.authorize.purpose (text or code), or"
                    + " the person's consent in search_criteria.consent");
        }
        Set<RegistryAttribute> given = EnumSet.noneOf(RegistryAttribute.class);
        for (String name : system.attributeList()) {
            RegistryAttribute.named(name).filter(a -> purpose != null || !a.personal).ifPresent(given::add);
        }
        LocalDate today = LocalDate.now();
        Set<String> communes = new LinkedHashSet<>();
        for (String area : system.areaList()) {
            try {
                communes.addAll(AreaCommunes.of(area, today));
            } catch (vn.giamngheo.platform.web.problem.ProblemException e) {
                // A unit a reform ended since the registration: the system sees nothing of it until registered anew.
            }
        }

        Map<String, Object> params = new HashMap<>();
        params.put("communes", communes);
        String where = "h.closed_on IS NULL AND h.commune_code IN (:communes) AND " + CriterionSql.where(q.criterion(), params,
                today);
        Query count = em.createNativeQuery("SELECT count(*) FROM household h WHERE " + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        StringBuilder order = new StringBuilder();
        for (SearchQueries.Sort s : q.sort()) {
            order.append(CriterionSql.column(s.attribute())).append(s.descending() ? " DESC NULLS LAST, " : " ASC NULLS LAST, ");
        }
        order.append("h.code");
        Query page = em.createNativeQuery("SELECT h.id, h.code, h.commune_code, h.village, h.head_name,"
                + " h.ethnic_minority, h.member_count, h.current_status, h.current_list_year, " + CriterionSql.EXIT_DATE
                + " AS exit_date, h.created_at FROM household h WHERE " + where + " ORDER BY " + order, Tuple.class)
                .setMaxResults(q.pageSize()).setFirstResult((int) Math.min(Integer.MAX_VALUE,
                        (long) (q.pageNumber() - 1) * q.pageSize()));
        params.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.getResultList();

        Map<UUID, HouseholdFacts> found = new LinkedHashMap<>();
        for (Tuple t : rows) {
            found.put(t.get("id", UUID.class), new HouseholdFacts(t.get("code", String.class),
                    t.get("commune_code", String.class), t.get("village", String.class),
                    t.get("head_name", String.class), t.get("ethnic_minority", Boolean.class),
                    ((Number) t.get("member_count")).intValue(), t.get("current_status", String.class),
                    t.get("current_list_year") == null ? null : ((Number) t.get("current_list_year")).intValue(),
                    toDate(t.get("exit_date")), toTime(t.get("created_at"))));
        }
        Map<UUID, List<Member>> members = new HashMap<>();
        boolean needMembers = q.entity() == SearchQueries.Entity.MEMBER || given.contains(RegistryAttribute.MEMBERS);
        if (needMembers && !found.isEmpty()) {
            Member.<Member>list("householdId in ?1 order by relation, birthYear", found.keySet())
                    .forEach(m -> members.computeIfAbsent(m.householdId, k -> new ArrayList<>()).add(m));
        }
        ArrayNode records = JSON.arrayNode();
        String identityNumber = identityNumber(q.criterion());
        found.forEach((id, h) -> {
            if (q.entity() == SearchQueries.Entity.MEMBER) {
                members.getOrDefault(id, List.of()).stream().filter(m -> m.personalId != null
                        && m.personalId.equals(identityNumber)).forEach(m -> records.add(RegistryRecords.member(m,
                                given, h)));
            } else {
                records.add(RegistryRecords.group(h, given, members.get(id)));
            }
        });
        data(item, q.entity() == SearchQueries.Entity.MEMBER ? "Member" : "Group").set("reg_records", records);
        item.putObject("pagination").put("page_size", q.pageSize()).put("page_number", q.pageNumber())
                .put("total_count", total);

        boolean personal = purpose != null && given.stream().anyMatch(a -> a.personal);
        if (personal || q.personal()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sender", system.senderId);
            entry.put("purpose", purpose);
            entry.put("referenceId", item.path("reference_id").asText());
            entry.put("queryType", criteria.path("query_type").asText());
            if (identityNumber != null) {
                entry.put("identityNumber", identityNumber);
            }
            entry.put("personalAttributes", given.stream().filter(a -> a.personal).map(a -> a.apiName).toList());
            entry.put("found", total);
            entry.put("households", found.values().stream().map(HouseholdFacts::code).toList());
            // On the system's behalf: an async search is answered by the worker, outside the system's request.
            String area = system.areaList().get(0);
            audit.recordFor(system.clientId, "system", area, "DCI_SEARCH_PERSONAL", "dci_transaction", correlationId,
                    area, today, null, entry);
        }
        return personal;
    }

    private static ObjectNode data(ObjectNode item, String recordType) {
        ObjectNode data = item.putObject("data");
        data.put("version", "1.0.0");
        data.put("reg_type", "ns:org:RegistryType:Social");
        data.put("reg_record_type", recordType);
        return data;
    }

    /** The purpose a request states for personal data: authorize's, else consent's; null when none. */
    static String purpose(JsonNode criteria) {
        for (String holder : List.of("authorize", "consent")) {
            JsonNode purpose = criteria.path(holder).path("purpose");
            String text = purpose.isTextual() ? purpose.asText() : purpose.path("text").asText("");
            String code = purpose.path("code").asText("");
            String stated = (code + " " + text).strip();
            if (!stated.isEmpty()) {
                return stated.length() > 500 ? stated.substring(0, 500) : stated;
            }
        }
        return null;
    }

    private static String identityNumber(Criterion c) {
        return c instanceof Criterion.Compare cmp && cmp.attribute() == RegistryAttribute.IDENTITY_NUMBER
                ? (String) cmp.values().get(0) : null;
    }

    private static LocalDate toDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime toTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
