package vn.giamngheo.demo;

import static vn.giamngheo.demo.DemoLoader.DISTRICT_AGENCY;
import static vn.giamngheo.demo.DemoLoader.PLAN_UNIT;
import static vn.giamngheo.demo.DemoLoader.PLAN_YEAR;
import static vn.giamngheo.demo.DemoLoader.PROVINCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Trùng Khánh's plans as the province enters them late — the seed for 2023, and re-dated for 2025, the district's last
 * — their chair's approval recorded with the findings acknowledged, and their money: allocations to the communes and
 * the district's agencies and payments from them. Each step looks first at what the services hold, and every write
 * carries an idempotency key derived from the data.
 */
final class DistrictPlans {

    private final Api api;
    private final Tokens tokens;
    private final SyntheticProvince province;
    private final Consumer<String> log;
    private boolean changed;

    DistrictPlans(Api api, Tokens tokens, SyntheticProvince province, Consumer<String> log) {
        this.api = api;
        this.tokens = tokens;
        this.province = province;
        this.log = log;
    }

    /** Whether a plan or its money was written by this load. */
    boolean changed() {
        return changed;
    }

    // ---- the plan

    /** The seed as the district's plan of a year (2023: as written), imported and approved unless it was. */
    String plan(int year, String approvalDate) {
        URI base = api.services().plan();
        // The district no longer exists: the province enters its plan late, and records its chair's approval.
        String officer = tokens.of("province-officer", PROVINCE);
        String id = null;
        for (JsonNode p : api.get(base, "/api/v1/plans?area=" + PLAN_UNIT + "&year=" + year, officer, 200).body()
                .path("items")) {
            if (p.path("unitCode").asText().equals(PLAN_UNIT)) {
                id = p.path("id").asText();
            }
        }
        if (id == null) {
            String document = resource("/demo/trung-khanh-2023-plan.json");
            if (year != PLAN_YEAR) {
                try {
                    document = ((com.fasterxml.jackson.databind.node.ObjectNode) Api.JSON.readTree(document))
                            .put("year", year).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            JsonNode version = api.post(base, "/api/v1/plans", officer, document,
                    Map.of("Idempotency-Key", "demo-plan-" + PLAN_UNIT + "-" + year), 201).body();
            id = version.path("planId").asText();
            changed = true;
            log.accept("plan " + PLAN_UNIT + "/" + year + " imported with " + version.path("findings").size()
                    + " findings");
        }
        for (int step = 0; step < 3; step++) {
            JsonNode summary = api.get(base, "/api/v1/plans/" + id, officer, 200).body();
            if (summary.path("approvedVersion").isIntegralNumber()) {
                return id;
            }
            JsonNode latest = summary.path("versions").get(summary.path("versions").size() - 1);
            String path = "/api/v1/plans/" + id + "/versions/" + latest.path("version").asInt();
            Map<String, String> ifMatch = Map.of("If-Match", latest.path("etag").asText());
            switch (latest.path("status").asText()) {
                case "DRAFT" -> api.post(base, path + "/submit", officer, null, ifMatch, 200);
                case "SUBMITTED" -> {
                    // Another province officer than the one who entered it records the chair's decision.
                    api.post(base, path + "/approve", tokens.of("province-officer", PROVINCE, "demo-approvals-04"), Map.of(
                            "approvalDate", approvalDate, "acknowledgeFindings", true,
                            "reason", "Các sai lệch số liệu đã được Phòng Tài chính – Kế hoạch rà soát; phê duyệt để"
                                    + " triển khai kịp thời, điều chỉnh khi giao vốn."),
                            ifMatch, 200);
                    changed = true;
                    log.accept("plan " + PLAN_UNIT + "/" + year + " approved with its findings acknowledged");
                }
                default -> throw new IllegalStateException("plan " + id + " is " + latest.path("status").asText());
            }
        }
        throw new IllegalStateException("plan " + id + " could not be approved");
    }


    // ---- money

    List<DemoLoader.LoadedAllocation> funding(String planId, int year, LocalDate lastPayment) {
        URI base = api.services().funding();
        String finance = tokens.of("finance-officer", PROVINCE);
        JsonNode lines = awaitLines(base, planId, finance);
        List<FundingActivity.Line> known = new ArrayList<>();
        for (JsonNode l : lines) {
            known.add(new FundingActivity.Line(l.path("lineKey").asText(), l.path("projectCode").asText(),
                    l.path("subProjectCode").isNull() ? null : l.path("subProjectCode").asText(null),
                    l.path("fundType").asText(), l.path("proposedVnd").asLong()));
        }
        boolean fresh = true;
        for (JsonNode l : lines) {
            fresh &= l.path("allocatedVnd").asLong() == 0;
        }
        List<DemoLoader.LoadedAllocation> out = new ArrayList<>();
        int payments = 0;
        for (FundingActivity.Allocation a : FundingActivity.of(province.seed(), known, province.communesOf(PLAN_UNIT),
                PLAN_UNIT, DISTRICT_AGENCY, year, lastPayment)) {
            Api.Answer answer = api.post(base, "/api/v1/allocations", finance, Map.of("planId", planId,
                    "lineKey", a.line().key(), "implementingUnit", a.implementingUnit(),
                    "implementingAreaCode", a.implementingAreaCode(), "amountVnd", a.amountVnd(),
                    "decisionNumber", a.decisionNumber(), "decisionDate", a.decisionDate().toString()),
                    Map.of("Idempotency-Key", "demo-allocation-" + a.key()), 200, 201);
            String id = answer.body().path("id").asText();
            for (FundingActivity.Payment p : a.payments()) {
                JsonNode entry = api.post(base, "/api/v1/allocations/" + id + "/disbursements", finance, Map.of(
                        "amountVnd", p.amountVnd(), "valueDate", p.valueDate().toString(), "payee", p.payee(),
                        "paymentReference", p.reference()),
                        Map.of("Idempotency-Key", "demo-payment-" + p.reference()), 200, 201).body();
                if (p.reversal() != null) {
                    api.post(base, "/api/v1/disbursements/" + entry.path("id").asText() + "/reversals", finance, Map.of(
                            "amountVnd", p.reversal().amountVnd(), "valueDate", p.reversal().valueDate().toString(),
                            "reason", p.reversal().reason()),
                            Map.of("Idempotency-Key", "demo-reversal-" + p.reference()), 200, 201);
                }
                payments++;
            }
            out.add(new DemoLoader.LoadedAllocation(a, id));
        }
        changed |= fresh;
        if (fresh) {
            log.accept(out.size() + " allocations and " + payments + " payments recorded on plan " + PLAN_UNIT + "/"
                    + year);
        }
        return out;
    }

    /** funding-service learns the plan's budget lines from its approval event: wait until it has. */
    private JsonNode awaitLines(URI base, String planId, String token) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            JsonNode lines = api.get(base, "/api/v1/budget-lines?planId=" + planId, token, 200).body();
            if (lines.size() > 0) {
                return lines;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("funding-service did not learn the budget lines of plan " + planId
                        + " within 3 minutes: is the plan-events topic flowing?");
            }
            sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoLoader.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
