package vn.giamngheo.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.reporting.api.HouseholdEvents.poverty;
import static vn.giamngheo.reporting.api.HouseholdEvents.province;
import static vn.giamngheo.reporting.api.HouseholdEvents.total;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Deprivation;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.HouseholdStatusChanged;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * The lists' deprivation structure counted from the recognised reviews' events: per indicator and per dimension, the
 * poor and near-poor households lacking it and the DTTS ones among them, the households no review described apart;
 * a household's earlier standing leaves the counts when a later review replaces it; a redelivered event counts once.
 */
@QuarkusTest
@QuarkusTestResource(OwnTopics.class)
class DeprivationReportTests {

    private static final Deprivation HEALTH_INSURANCE = new Deprivation("HEALTH_INSURANCE", "y tế", "Bảo hiểm y tế");
    private static final Deprivation NUTRITION = new Deprivation("NUTRITION", "y tế", "Dinh dưỡng");
    private static final Deprivation WASTE = new Deprivation("WASTE", "nước sinh hoạt, vệ sinh và môi trường",
            "Thu gom, xử lý rác thải sinh hoạt");
    private static final Deprivation TELECOM = new Deprivation("TELECOM", "thông tin", "Sử dụng dịch vụ viễn thông");
    private static final Deprivation HOUSING_AREA = new Deprivation("HOUSING_AREA", "nhà ở",
            "Diện tích nhà ở bình quân đầu người");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "giamngheo.test.topic-prefix")
    String topics;

    private final HouseholdEvents events = new HouseholdEvents();

    @Test
    void shouldCountThePoorAndNearPoorLackingEachIndicatorAndDimension() throws Exception {
        String commune = TestKeys.commune();
        String sentinel = TestKeys.commune();
        try (EventPublisher pub = new EventPublisher(bootstrap, topics)) {
            total(pub, commune, 2026, 100);
            total(pub, commune, 2027, 100);
            // Poor on the list of 2026 and 2027; the review of 2026 found it lacking three indicators (DTTS).
            String stays = status(pub, commune, null, 2026, null, PovertyStatus.POOR, MovementKind.OPENING_BALANCE, true);
            String standing = deprivations(pub, commune, stays, 2027, null,
                    new Standing(PovertyStatus.POOR, true, List.of(HEALTH_INSURANCE, WASTE, TELECOM)));
            pub.send("test.household-events", stays, standing); // redelivered: counted once
            // Sent on the same partition after it: once the report shows it, the redelivery was read.
            pub.send("test.household-events", stays, EventPublisher.envelope(UUID.randomUUID(),
                    "/giamngheo/household-service", EventTypes.TOTAL_HOUSEHOLDS_REPORTED, sentinel + ":2027", 1,
                    new TotalHouseholdsReported(sentinel, null, province(sentinel), 2027, 1, null,
                            LocalDate.of(2026, 1, 5))));
            // Near-poor in 2026, poor in 2027 on three indicators, two of them health's.
            String worse = status(pub, commune, null, 2026, null, PovertyStatus.NEAR_POOR, MovementKind.OPENING_BALANCE,
                    false);
            status(pub, commune, worse, 2027, PovertyStatus.NEAR_POOR, PovertyStatus.POOR, MovementKind.FROM_NEAR_POOR,
                    false);
            deprivations(pub, commune, worse, 2027, null,
                    new Standing(PovertyStatus.POOR, false, List.of(HEALTH_INSURANCE, NUTRITION, HOUSING_AREA)));
            // Poor on both lists, never described by a review.
            status(pub, commune, null, 2026, null, PovertyStatus.POOR, MovementKind.OPENING_BALANCE, false);
            // New on the near-poor list of 2027.
            String fresh = status(pub, commune, null, 2027, null, PovertyStatus.NEAR_POOR, MovementKind.NEW, true);
            deprivations(pub, commune, fresh, 2027, null, new Standing(PovertyStatus.NEAR_POOR, true, List.of(WASTE)));
            // Near-poor on the list of 2026 lacking telecoms; out of poverty in 2027: it leaves both counts.
            String leaves = status(pub, commune, null, 2026, null, PovertyStatus.NEAR_POOR, MovementKind.OPENING_BALANCE,
                    false);
            Standing before = new Standing(PovertyStatus.NEAR_POOR, false, List.of(TELECOM));
            deprivations(pub, commune, leaves, 2026, null, before);
            status(pub, commune, leaves, 2027, PovertyStatus.NEAR_POOR, PovertyStatus.NOT_POOR, MovementKind.EXIT, false);
            deprivations(pub, commune, leaves, 2027, before,
                    new Standing(PovertyStatus.NOT_POOR, false, List.of(TELECOM)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> poverty(sentinel, 2027).then()
                .body("total.residentHouseholds", equalTo(1)));
        // Every event is in once these hold: the exit (the last status change) and the standing it left (the last).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> poverty(commune, 2027).then()
                .body("total.poor.end", equalTo(3)).body("total.nearPoor.end", equalTo(1))
                .body("total.deprivation.poorSurveyed", equalTo(2)).body("total.deprivation.nearPoorSurveyed", equalTo(1))
                .body("total.deprivation.indicators.find { it.code == 'TELECOM' }.nearPoor", equalTo(0))
                .body("total.deprivation.poorNotSurveyed", equalTo(1)).body("total.deprivation.nearPoorNotSurveyed", equalTo(0))
                // Most-lacked first: both poor households lack health insurance.
                .body("total.deprivation.indicators[0].code", equalTo("HEALTH_INSURANCE"))
                .body("total.deprivation.indicators[0].name", equalTo("Bảo hiểm y tế"))
                .body("total.deprivation.indicators[0].dimension", equalTo("y tế"))
                .body("total.deprivation.indicators[0].poor", equalTo(2))
                .body("total.deprivation.indicators[0].poorEthnicMinority", equalTo(1))
                .body("total.deprivation.indicators[0].poorPercent", equalTo(100.00f))
                .body("total.deprivation.indicators.find { it.code == 'WASTE' }.poor", equalTo(1))
                .body("total.deprivation.indicators.find { it.code == 'WASTE' }.poorPercent", equalTo(50.00f))
                .body("total.deprivation.indicators.find { it.code == 'WASTE' }.nearPoor", equalTo(1))
                .body("total.deprivation.indicators.find { it.code == 'WASTE' }.nearPoorEthnicMinority", equalTo(1))
                .body("total.deprivation.indicators.find { it.code == 'TELECOM' }.poor", equalTo(1))
                .body("total.deprivation.indicators.find { it.code == 'NUTRITION' }.poorEthnicMinority", equalTo(0))
                .body("total.deprivation.indicators.size()", equalTo(5))
                // A dimension counts a household once, however many of its indicators it lacks.
                .body("total.deprivation.dimensions[0].name", equalTo("y tế"))
                .body("total.deprivation.dimensions[0].code", nullValue())
                .body("total.deprivation.dimensions[0].poor", equalTo(2))
                .body("total.deprivation.dimensions.find { it.name == 'thông tin' }.nearPoor", equalTo(0))
                .body("total.deprivation.dimensions.size()", equalTo(4)));
        // The list of 2026 keeps what its own review found.
        poverty(commune, 2026).then()
                .body("total.nearPoor.end", equalTo(2))
                .body("total.deprivation.nearPoorSurveyed", equalTo(1)).body("total.deprivation.poorSurveyed", equalTo(0))
                .body("total.deprivation.poorNotSurveyed", equalTo(2))
                .body("total.deprivation.indicators.find { it.code == 'TELECOM' }.nearPoor", equalTo(1))
                .body("total.deprivation.indicators.find { it.code == 'TELECOM' }.nearPoorPercent", equalTo(100.00f));

        // The workbook's sheet and the CSV say the same as the JSON, line for line.
        JsonPath json = given().queryParam("unit", commune).queryParam("year", 2026).when()
                .get("/api/v1/reports/district").then().statusCode(200).extract().jsonPath();
        byte[] xlsx = given().queryParam("unit", commune).queryParam("year", 2026).queryParam("format", "xlsx").when()
                .get("/api/v1/reports/district").then().statusCode(200).extract().asByteArray();
        List<Map<String, Object>> indicators = json.getList("poverty.total.deprivation.indicators");
        List<Map<String, Object>> dimensions = json.getList("poverty.total.deprivation.dimensions");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Thiếu hụt");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("danh sách năm 2027");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Hộ nghèo thiếu hụt");
            for (int i = 0; i < indicators.size(); i++) {
                Row row = sheet.getRow(3 + i);
                Map<String, Object> line = indicators.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.get("code"));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.get("name"));
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(((Number) line.get("poor")).doubleValue());
                assertThat(row.getCell(4).getNumericCellValue())
                        .isEqualTo(((Number) line.get("poorPercent")).doubleValue(), org.assertj.core.api.Assertions.within(1e-6));
                assertThat(row.getCell(5).getNumericCellValue())
                        .isEqualTo(((Number) line.get("poorEthnicMinority")).doubleValue());
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(((Number) line.get("nearPoor")).doubleValue());
            }
            Row firstDimension = sheet.getRow(3 + indicators.size());
            assertThat(firstDimension.getCell(1).getStringCellValue()).isEqualTo(dimensions.get(0).get("name"));
            assertThat(firstDimension.getCell(2).getStringCellValue()).isEqualTo(ReportFormats.WHOLE_DIMENSION);
            Row notSurveyed = sheet.getRow(sheet.getLastRowNum());
            assertThat(notSurveyed.getCell(1).getStringCellValue()).isEqualTo("Số hộ chưa có thông tin thiếu hụt");
            assertThat(notSurveyed.getCell(3).getNumericCellValue()).isEqualTo(1);
            // No household of this list was moved by a new standard alone: no sheet for it.
            assertThat(wb.getSheet("Chuẩn nghèo mới")).isNull();
        }
        String csv = given().queryParam("unit", commune).queryParam("year", 2026).queryParam("format", "csv").when()
                .get("/api/v1/reports/district").then().statusCode(200).extract().asString();
        assertThat(csv).contains("Mã chỉ số,Chỉ số / chiều thiếu hụt,Chiều,Hộ nghèo thiếu hụt")
                .contains("HEALTH_INSURANCE,Bảo hiểm y tế,y tế,2,100.00,1,0,0.00,0");
    }

    /** A status change of a household ({@code id}, or a new one when null); its id. */
    private String status(EventPublisher pub, String commune, String id, int list, PovertyStatus before,
            PovertyStatus after, MovementKind kind, boolean dtts) {
        String household = id == null ? "hh-" + UUID.randomUUID() : id;
        pub.send("test.household-events", household, EventPublisher.envelope(UUID.randomUUID(),
                "/giamngheo/household-service", EventTypes.HOUSEHOLD_STATUS_CHANGED, household, events.next(household),
                new HouseholdStatusChanged(household, commune, null, province(commune), AreaType.RURAL, list,
                        "round-" + list, kind == MovementKind.OPENING_BALANCE ? ReviewRoundKind.OPENING_BALANCE
                                : ReviewRoundKind.PERIODIC, "1/QĐ-UBND", LocalDate.of(list - 1, 12, 10),
                        "ND-07-2021", before, after, kind, dtts, 4)));
        return household;
    }

    /** A recognised review's standing of the household; the envelope sent, to send it again. */
    private String deprivations(EventPublisher pub, String commune, String id, int list, Standing before,
            Standing after) {
        String envelope = EventPublisher.envelope(UUID.randomUUID(), "/giamngheo/household-service",
                EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, id, events.next(id),
                new HouseholdDeprivationsRecognised(id, commune, null, province(commune), list,
                        ChangeCause.PERIODIC_REVIEW, "round-" + list, LocalDate.of(list - 1, 12, 10),
                        list >= 2027 ? "ND-351-2025" : "ND-07-2021", null, before, after));
        pub.send("test.household-events", id, envelope);
        return envelope;
    }
}
