package vn.giamngheo.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.reporting.api.HouseholdEvents.poverty;
import static vn.giamngheo.reporting.api.HouseholdEvents.province;
import static vn.giamngheo.reporting.api.HouseholdEvents.total;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
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
import vn.giamngheo.platform.events.payload.HouseholdStatusChangedV2;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * The review's summary forms of a commune for the list of 2027: every figure cell of the workbook is the poverty
 * report's of the same unit and list, in the column the forms give it.
 */
@QuarkusTest
@QuarkusTestResource(OwnTopics.class)
class ReviewFormsApiTests {

    /** The indicators of NĐ 351/2025 in the forms' column order (the notes sheet marks the layout [U]). */
    private static final List<String> LEGEND = List.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE",
            "ADULT_EDUCATION", "CHILD_SCHOOLING", "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITATION",
            "TELECOM", "WASTE");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "giamngheo.test.topic-prefix")
    String topics;

    private final HouseholdEvents events = new HouseholdEvents();

    @Test
    void shouldFillTheMinistrysFormsWithTheFiguresOfThePovertyReport() throws Exception {
        String commune = TestKeys.commune();
        int list = 2027;
        try (EventPublisher pub = new EventPublisher(bootstrap, topics)) {
            total(pub, commune, list - 1, 200);
            total(pub, commune, list, 210);
            String[] poor = new String[10];
            for (int i = 0; i < poor.length; i++) {
                poor[i] = change(pub, commune, null, list - 1, null, PovertyStatus.POOR, MovementKind.OPENING_BALANCE);
            }
            for (int i = 0; i < 6; i++) {
                change(pub, commune, null, list - 1, null, PovertyStatus.NEAR_POOR, MovementKind.OPENING_BALANCE);
            }
            change(pub, commune, poor[0], list, PovertyStatus.POOR, PovertyStatus.NEAR_POOR, MovementKind.FROM_POOR);
            change(pub, commune, poor[1], list, PovertyStatus.POOR, PovertyStatus.NEAR_POOR, MovementKind.FROM_POOR);
            change(pub, commune, poor[2], list, PovertyStatus.POOR, PovertyStatus.NOT_POOR, MovementKind.EXIT);
            change(pub, commune, null, list, PovertyStatus.AVERAGE_LIVING, PovertyStatus.POOR,
                    MovementKind.STANDARD_RECLASSIFICATION);
            String fresh = change(pub, commune, null, list, null, PovertyStatus.POOR, MovementKind.NEW);
            change(pub, commune, null, list, null, PovertyStatus.NEAR_POOR, MovementKind.NEW);
            Deprivation waste = new Deprivation("WASTE", "nước sinh hoạt, vệ sinh và môi trường", "Xử lý rác thải");
            Deprivation insurance = new Deprivation("HEALTH_INSURANCE", "y tế", "Bảo hiểm y tế");
            deprivations(pub, commune, fresh, list, new Standing(PovertyStatus.POOR, true, List.of(waste, insurance)));
            deprivations(pub, commune, poor[3], list, new Standing(PovertyStatus.POOR, false, List.of(waste)));
            deprivations(pub, commune, poor[0], list, new Standing(PovertyStatus.NEAR_POOR, false, List.of(insurance)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> poverty(commune, list).then()
                .body("total.residentHouseholds", equalTo(210)).body("total.baselineResidentHouseholds", equalTo(200))
                .body("total.poor.end", equalTo(9)).body("total.nearPoor.end", equalTo(9))
                .body("total.deprivation.poorSurveyed", equalTo(2))
                .body("total.deprivation.nearPoorSurveyed", equalTo(1)));
        JsonPath json = poverty(commune, list).then().extract().jsonPath();
        byte[] xlsx = given().queryParam("unit", commune).queryParam("listYear", list).when()
                .get("/api/v1/reports/forms").then().statusCode(200).contentType(ReportFormats.XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")).extract().asByteArray();
        String name = AdministrativeUnits.get().find(commune, LocalDate.of(list - 1, 12, 31)).orElseThrow().name();
        boolean urban = AdministrativeUnits.get().find(commune, LocalDate.of(list - 1, 12, 31)).orElseThrow()
                .areaType() == AreaType.URBAN;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet results = wb.getSheet(ReviewFormsWorkbook.RESULTS);
            assertThat(text(results, 4, 0)).isEqualTo("TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO");
            assertThat(text(results, 1, 7)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            // The commune under its block (I urban, II rural), then III the total: the same figures.
            for (Row row : List.of(unitRow(results, name), blockRow(results, urban ? "I" : "II"),
                    blockRow(results, "III"))) {
                assertThat(number(row, 2)).isEqualTo(json.getLong("total.residentHouseholds"));
                assertThat(row.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
                assertThat(number(row, 4)).isEqualTo(json.getLong("total.poor.end"));
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(json.getDouble("total.poor.ratePercent"),
                        within(1e-9));
                assertThat(number(row, 8)).isEqualTo(json.getLong("total.nearPoor.end"));
                assertThat(row.getCell(9).getNumericCellValue())
                        .isEqualTo(json.getDouble("total.nearPoor.ratePercent"), within(1e-9));
            }
            // The other block is there with nothing in it.
            assertThat(number(blockRow(results, urban ? "II" : "I"), 4)).isZero();

            Row poorChanges = unitRow(wb.getSheet(ReviewFormsWorkbook.POOR_CHANGES), name);
            assertThat(text(poorChanges, 2)).isEqualTo("Hộ");
            assertThat(numbers(poorChanges, 3, 9)).containsExactly(json.getLong("total.poor.start"),
                    flow(json, "poor.outflows.FROM_POOR"), flow(json, "poor.outflows.EXIT"),
                    flow(json, "poor.outflows.STANDARD_RECLASSIFICATION"), flow(json, "poor.inflows.FROM_NEAR_POOR"),
                    flow(json, "poor.inflows.RE_ENTRY"), flow(json, "poor.inflows.NEW"),
                    flow(json, "poor.inflows.STANDARD_RECLASSIFICATION"), json.getLong("total.poor.end"));
            assertThat(numbers(poorChanges, 3, 9)).containsExactly(10L, 2L, 1L, 0L, 0L, 0L, 1L, 1L, 9L);
            Row nearChanges = unitRow(wb.getSheet(ReviewFormsWorkbook.NEAR_POOR_CHANGES), name);
            assertThat(numbers(nearChanges, 3, 9)).containsExactly(json.getLong("total.nearPoor.start"),
                    flow(json, "nearPoor.outflows.EXIT"), flow(json, "nearPoor.outflows.FROM_NEAR_POOR"), 0L,
                    flow(json, "nearPoor.inflows.FROM_POOR"), flow(json, "nearPoor.inflows.RE_ENTRY"),
                    flow(json, "nearPoor.inflows.NEW"), 0L, json.getLong("total.nearPoor.end"));

            for (boolean poorList : new boolean[] { true, false }) {
                String kind = poorList ? "poor" : "nearPoor";
                long households = json.getLong("total." + kind + ".end");
                Row counts = unitRow(wb.getSheet(poorList ? ReviewFormsWorkbook.POOR_DEPRIVATIONS
                        : ReviewFormsWorkbook.NEAR_POOR_DEPRIVATIONS), name);
                Row rates = unitRow(wb.getSheet(poorList ? ReviewFormsWorkbook.POOR_DEPRIVATION_RATES
                        : ReviewFormsWorkbook.NEAR_POOR_DEPRIVATION_RATES), name);
                assertThat(number(counts, 2)).isEqualTo(households);
                for (int i = 0; i < LEGEND.size(); i++) {
                    long lacking = lacking(json, LEGEND.get(i), kind);
                    assertThat(number(counts, 3 + i)).as(kind + " " + LEGEND.get(i)).isEqualTo(lacking);
                    assertThat(rates.getCell(3 + i).getNumericCellValue()).as(kind + " " + LEGEND.get(i))
                            .isEqualTo(BigDecimal.valueOf(lacking * 100).divide(BigDecimal.valueOf(households), 2,
                                    RoundingMode.HALF_UP).doubleValue(), within(1e-9));
                }
            }
            assertThat(lacking(json, "WASTE", "poor")).isEqualTo(2);
            // The notes say which layout, from where, and what is uncertain.
            Sheet notes = wb.getSheet(ReviewFormsWorkbook.NOTES);
            StringBuilder all = new StringBuilder();
            notes.forEach(r -> r.forEach(c -> all.append(c.getStringCellValue()).append('\n')));
            assertThat(all).contains("ND-351-2025 [U]").contains("[U] cả bộ biểu")
                    .contains("hộ nghèo " + json.getLong("total.deprivation.poorNotSurveyed"));

            Path shot = Path.of("target", "review-form-7.2.png").toAbsolutePath();
            Chromium.picture(wb.getSheet(ReviewFormsWorkbook.POOR_CHANGES), shot);
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
        // The forms of a list no layout serves, and a bad unit: problems, not a workbook.
        given().queryParam("unit", commune).queryParam("listYear", 2031).when().get("/api/v1/reports/forms").then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("unit", "0x").queryParam("listYear", list).when().get("/api/v1/reports/forms").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static long lacking(JsonPath json, String code, String kind) {
        List<Map<String, Object>> lines = json.getList("total.deprivation.indicators");
        return lines.stream().filter(l -> code.equals(l.get("code"))).mapToLong(l -> ((Number) l.get(kind)).longValue())
                .sum();
    }

    private static long flow(JsonPath json, String path) {
        Object v = json.get("total." + path);
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** The row of figures whose unit name (column B) is {@code name}. */
    private static Row unitRow(Sheet s, String name) {
        for (int r = ReviewFormsWorkbook.FIRST_FIGURE_ROW; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name + " in " + s.getSheetName());
    }

    private static Row blockRow(Sheet s, String number) {
        for (int r = ReviewFormsWorkbook.FIRST_FIGURE_ROW; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(0) != null && number.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no block " + number + " in " + s.getSheetName());
    }

    private static String text(Sheet s, int r, int c) {
        return s.getRow(r).getCell(c).getStringCellValue();
    }

    private static String text(Row row, int c) {
        return row.getCell(c).getStringCellValue();
    }

    private static long number(Row row, int c) {
        Cell cell = row.getCell(c);
        return (long) cell.getNumericCellValue();
    }

    private static List<Long> numbers(Row row, int from, int count) {
        List<Long> values = new java.util.ArrayList<>();
        for (int c = from; c < from + count; c++) {
            values.add(number(row, c));
        }
        return values;
    }

    private String change(EventPublisher pub, String commune, String id, int list, PovertyStatus before,
            PovertyStatus after, MovementKind kind) {
        String household = id == null ? "hh-" + UUID.randomUUID() : id;
        pub.send("test.household-events", household, EventPublisher.envelope(UUID.randomUUID(),
                "/giamngheo/household-service", EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, household, events.next(household),
                new HouseholdStatusChangedV2(household, commune, null, province(commune), AreaType.RURAL, list,
                        kind == MovementKind.OPENING_BALANCE ? ChangeCause.OPENING_BALANCE : ChangeCause.PERIODIC_REVIEW,
                        "round-" + list, "5/QĐ-UBND", LocalDate.of(list - 1, 12, 10), "ND-351-2025", null, before,
                        after, kind, false, 4, null, false)));
        return household;
    }

    private void deprivations(EventPublisher pub, String commune, String id, int list, Standing after) {
        pub.send("test.household-events", id, EventPublisher.envelope(UUID.randomUUID(), "/giamngheo/household-service",
                EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, id, events.next(id), new HouseholdDeprivationsRecognised(id,
                        commune, null, province(commune), list, ChangeCause.PERIODIC_REVIEW, "round-" + list,
                        LocalDate.of(list - 1, 12, 10), "ND-351-2025", null, null, after)));
    }
}
