package vn.giamngheo.demo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.demo.SyntheticProvince.Household;

/**
 * Drives {@link BetweenReviews} through the public APIs as the communes would: each change proposed by the commune's
 * officer and approved by its chair (a move accepted by the destination's chair too), each complaint recorded,
 * assigned, re-surveyed and answered. Run again, it finds each step done and does nothing.
 */
final class BetweenReviewsLoader {

    private final Api api;
    private final Tokens tokens;
    private final Map<String, String> codes;
    private final Consumer<String> log;
    private boolean changed;

    BetweenReviewsLoader(Api api, Tokens tokens, Map<String, String> codes, Consumer<String> log) {
        this.api = api;
        this.tokens = tokens;
        this.codes = codes;
        this.log = log;
    }

    /** Whether anything was done. */
    boolean load(BetweenReviews plan) {
        for (BetweenReviews.MemberChange birth : plan.births()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("member", DemoLoader.member(birth.member()));
            change(birth.household(), birth.commune(), "MEMBER_ADDED", "BIRTH", extra, null);
        }
        for (BetweenReviews.MemberChange death : plan.deaths()) {
            change(death.household(), death.commune(), "MEMBER_REMOVED", "DEATH",
                    Map.of("memberId", "@" + death.member().fullName()), null);
        }
        BetweenReviews.MemberChange split = plan.split();
        change(split.household(), split.commune(), "SPLIT", "SEPARATE_LIVING", Map.of("split", Map.of("memberIds",
                java.util.List.of("@" + split.member().fullName()), "headMemberId", "@" + split.member().fullName(),
                "village", split.household().village())), null);
        for (BetweenReviews.Move move : plan.moves()) {
            change(move.household(), move.from(), "TRANSFER", "MOVED", Map.of("destination", Map.of("communeCode",
                    move.to(), "village", move.village())), move.to());
        }
        for (BetweenReviews.Complaint complaint : plan.complaints()) {
            complaint(complaint);
        }
        if (changed) {
            log.accept("between reviews: " + plan.births().size() + " births, " + plan.deaths().size() + " deaths, a"
                    + " split, " + plan.moves().size() + " moves to another commune, " + plan.complaints().size()
                    + " complaints (one upheld)");
        }
        return changed;
    }

    /**
     * Proposes the change unless the household already has one of its kind, then answers it as far as it waits:
     * the chair of the commune, and for a move the destination's. {@code "@name"} stands for that member's id.
     */
    private void change(Household h, String commune, String kind, String reason, Map<String, Object> extra,
            String destination) {
        URI base = api.services().household();
        String code = code(h);
        JsonNode household = api.get(base, "/api/v1/households/" + code, province(), 200).body();
        String id = null;
        for (JsonNode c : household.path("changes")) {
            if (c.path("kind").asText().equals(kind)) {
                id = c.path("id").asText();
            }
        }
        if (id == null) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("householdCode", code);
            change.put("householdVersion", household.path("version").asInt());
            change.put("kind", kind);
            change.put("reason", reason);
            change.put("effectiveDate", BetweenReviews.HAPPENED.toString());
            extra.forEach((k, v) -> change.put(k, resolve(v, household)));
            id = api.post(base, "/api/v1/change-requests", tokens.of("commune-officer", commune),
                    Map.of("changes", java.util.List.of(change)), Map.of("Idempotency-Key", "demo-" + kind + "-"
                            + h.key()), 200).body().at("/results/0/changeRequestId").asText();
            changed = true;
        }
        String status = api.get(base, "/api/v1/change-requests/" + id, province(), 200).body().path("status").asText();
        Map<String, Object> approve = Map.of("approve", true, "decisionNumber", "5/QĐ-UBND", "decisionDate",
                BetweenReviews.ANSWERED.toString());
        if (status.equals("PROPOSED")) {
            status = api.post(base, "/api/v1/change-requests/" + id + "/decision", tokens.of("commune-chair", commune),
                    approve, Map.of(), 200).body().path("status").asText();
            changed = true;
        }
        if (status.equals("AWAITING_DESTINATION")) {
            api.post(base, "/api/v1/change-requests/" + id + "/decision", tokens.of("commune-chair", destination),
                    approve, Map.of(), 200);
            changed = true;
        }
    }

    private void complaint(BetweenReviews.Complaint c) {
        URI base = api.services().household();
        String code = code(c.household());
        String officer = tokens.of("commune-officer", c.commune());
        String chair = tokens.of("commune-chair", c.commune());
        JsonNode found = null;
        for (JsonNode x : api.get(base, "/api/v1/complaints?commune=" + c.commune(), officer, 200).body()) {
            if (x.path("householdCode").asText().equals(code)) {
                found = x;
            }
        }
        if (found == null) {
            String round = null;
            for (JsonNode r : api.get(base, "/api/v1/rounds?commune=" + c.commune() + "&heldYear="
                    + SyntheticProvince.REVIEW_UNDER_WAY, officer, 200).body()) {
                if (r.path("kind").asText().equals("PERIODIC")) {
                    round = r.path("id").asText();
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("roundId", round);
            body.put("householdCode", code);
            // The household itself, left near-poor; a neighbour named in the posting, about a poor household.
            body.put("complainant", c.upheld() ? Map.of("name", c.household().head().fullName(), "relation",
                    "HOUSEHOLD") : Map.of("name", "Hoàng Văn Lợi", "relation", "OTHER_RESIDENT"));
            body.put("ground", c.upheld() ? "Gia đình còn thiếu hụt nhiều dịch vụ cơ bản hơn kết quả rà soát"
                    : "Hộ có thu nhập cao hơn mức đã kê khai");
            body.put("claimedStatus", c.upheld() ? "POOR" : "NOT_POOR");
            body.put("receivedOn", BetweenReviews.HAPPENED.toString());
            found = api.post(base, "/api/v1/complaints", officer, body, Map.of(), 201).body();
            changed = true;
        }
        String id = found.path("id").asText();
        String status = found.path("status").asText();
        if (c.upheld() && status.equals("RECEIVED")) {
            status = api.post(base, "/api/v1/complaints/" + id + "/assignment", chair, Map.of("officer",
                    "commune-officer-" + c.commune()), Map.of(), 200).body().path("status").asText();
        }
        if (c.upheld() && status.equals("ASSIGNED")) {
            Map<String, Object> survey = new LinkedHashMap<>();
            survey.put("surveyDate", BetweenReviews.HAPPENED.toString());
            survey.put("incomePerPersonMonthlyVnd", c.household().surveys().get(BetweenReviews.LIST - 1)
                    .incomePerPersonMonthlyVnd());
            survey.put("deprivedIndicators", c.resurveyed());
            status = api.post(base, "/api/v1/complaints/" + id + "/re-survey", officer, survey, Map.of(), 200).body()
                    .path("status").asText();
        }
        if (!status.equals("UPHELD") && !status.equals("DISMISSED")) {
            api.post(base, "/api/v1/complaints/" + id + "/answer", chair, Map.of("upheld", c.upheld(), "answer",
                    c.upheld() ? "Kết quả phúc tra: hộ thuộc diện hộ nghèo" : "Kết quả rà soát đúng quy định",
                    "decisionNumber", "6/QĐ-UBND", "decisionDate", BetweenReviews.ANSWERED.toString()), Map.of(), 200);
            changed = true;
        }
    }

    /** The household's code: as the load registered it, or found by its head's identity number (a re-run). */
    private String code(Household h) {
        String code = codes.get(h.key());
        if (code == null) {
            code = api.get(api.services().household(), "/api/v1/households/search?area=" + SyntheticProvince.PROVINCE
                    + "&personalId=" + h.head().personalId(), province(), 200).body().at("/0/code").asText();
            codes.put(h.key(), code);
        }
        return code;
    }

    /** A value of the proposal, with {@code "@name"} replaced by the id of the member of that name. */
    private static Object resolve(Object value, JsonNode household) {
        if (value instanceof String s && s.startsWith("@")) {
            for (JsonNode m : household.path("members")) {
                if (m.path("fullName").asText().equals(s.substring(1))) {
                    return m.path("id").asText();
                }
            }
            throw new IllegalStateException("household " + household.path("code").asText() + " has no member "
                    + s.substring(1));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> resolved = new LinkedHashMap<>();
            map.forEach((k, v) -> resolved.put(k, resolve(v, household)));
            return resolved;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(v -> resolve(v, household)).toList();
        }
        return value;
    }

    private String province() {
        return tokens.of("province-officer", SyntheticProvince.PROVINCE);
    }
}
