package vn.giamngheo.household.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.household.api.Households.ONE;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openRound;
import static vn.giamngheo.household.api.Households.review;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.giamngheo.platform.events.testing.TestKeys;

/**
 * The lists other programs need, drawn from the registry for an area with their legal basis: the recent exits with
 * their day and former class, the health-insurance members of the poor and near-poor, the low-income workers; names
 * and identity numbers for officers only, every list drawn audited.
 */
@QuarkusTest
class PolicyListsTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldDrawTheListsOtherProgramsNeedWithTheirBasisAndPersonalDataOnlyForOfficers() throws Exception {
        String commune = TestKeys.commune();
        YearMonth month = YearMonth.from(TODAY).minusMonths(1);
        int year = month.getYear();
        List<String> codes = opening(commune, year, (year - 1) + "-12-20", List.of(
                entry(household("Bản Giốc", "Nông Văn Pháo", "Tày"), "POOR"),
                entry(household("Bản Giốc", "Hoàng Văn Sinh", "Nùng"), "NEAR_POOR"),
                entry(household("Nà Rầy", "Lý Văn Tình", "Dao"), "NEAR_POOR")));
        // Last month's regular round: the second household leaves near-poverty with an income that makes its
        // members low-income workers; the third stays near-poor.
        String round = openRound(commune, "REGULAR", year, month.getMonthValue());
        as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(1), month.atDay(3).toString(), 2_000_000, ONE, 0.9),
                review(codes.get(2), month.atDay(3).toString(), 1_250_000, ONE, 0.9)))).when()
                .post("/api/v1/rounds/" + round + "/reviews").then().statusCode(200).body("accepted", equalTo(2));
        as("commune-chair", commune).body(Map.of("decisionNumber", "9/QĐ-UBND", "decisionDate",
                month.atEndOfMonth().toString())).when().post("/api/v1/rounds/" + round + "/decision").then()
                .statusCode(200);

        JsonPath exits = draw("commune-officer", commune, "recent-exits", Map.of("from", month.atDay(1).toString(),
                "to", month.atEndOfMonth().toString()));
        assertThat(exits.getList("rows.householdCode")).containsExactly(codes.get(1));
        assertThat(exits.getString("rows[0].exitDate")).isEqualTo(month.atEndOfMonth().toString());
        assertThat(exits.getString("rows[0].previousStatus")).isEqualTo("NEAR_POOR");
        assertThat(exits.getString("rows[0].headName")).isEqualTo("Hoàng Văn Sinh");
        assertThat(exits.getString("legalBasis")).contains("QĐ 28/2015/QĐ-TTg");

        // The poor household's and the remaining near-poor one's members; the state's share by class.
        JsonPath insured = draw("commune-officer", commune, "health-insurance", Map.of("listYear", year));
        assertThat(insured.getList("rows")).hasSize(6);
        assertThat(insured.getList("rows.householdCode")).containsOnly(codes.get(0), codes.get(2));
        assertThat(insured.getString("rows.find { it.householdCode == '" + codes.get(0) + "' }.stateShare"))
                .isEqualTo("100%");
        assertThat(insured.getList("rows.fullName")).contains("Nông Văn Pháo", "Lý Văn Tình");
        // Another system sees the households, not the people.
        JsonPath pseudonymous = draw("system", commune, "health-insurance", Map.of("listYear", year));
        assertThat(pseudonymous.getBoolean("personalData")).isFalse();
        assertThat(pseudonymous.getList("rows")).hasSize(6);
        assertThat(pseudonymous.getList("columns.key")).doesNotContain("fullName", "personalId", "village");
        assertThat(pseudonymous.prettify()).doesNotContain("Nông Văn Pháo");

        // The low-income household's members of working age (the child born 2008 is of age from 2023).
        JsonPath workers = draw("commune-officer", commune, "low-income-workers", Map.of("listYear", year));
        assertThat(workers.getList("rows.fullName")).containsExactlyInAnyOrder("Hoàng Văn Sinh", "Hoàng Thị Lụa",
                "Nông Văn Thắng");

        // The whole list as CSV and XLSX, the basis above the header.
        byte[] csv = as("commune-officer", commune).queryParam("area", commune).queryParam("listYear", year)
                .queryParam("format", "csv").when().get("/api/v1/policy-lists/health-insurance").then().statusCode(200)
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Danh sách thành viên hộ nghèo").contains("Căn cứ: Luật Bảo hiểm y tế");
        assertThat(text.split("\r\n")).hasSize(3 + 1 + 6);
        byte[] xlsx = as("commune-officer", commune).queryParam("area", commune).queryParam("listYear", year)
                .queryParam("format", "xlsx").when().get("/api/v1/policy-lists/health-insurance").then()
                .statusCode(200).extract().asByteArray();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 6);
        }

        // Outside the officer's area: refused; every list drawn is in the audit trail.
        as("commune-officer", TestKeys.commune()).queryParam("area", commune).queryParam("listYear", year).when()
                .get("/api/v1/policy-lists/health-insurance").then().statusCode(403);
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement("SELECT count(*) FROM audit_entry"
                        + " WHERE action = 'DRAW_POLICY_LIST' AND area_path LIKE ?")) {
            q.setString(1, "%/" + commune + "/");
            try (java.sql.ResultSet rows = q.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(6);
            }
        }
    }

    private static JsonPath draw(String role, String commune, String list, Map<String, Object> params) {
        return as(role, commune).queryParam("area", commune).queryParams(params).when()
                .get("/api/v1/policy-lists/" + list).then().statusCode(200).extract().jsonPath();
    }
}
