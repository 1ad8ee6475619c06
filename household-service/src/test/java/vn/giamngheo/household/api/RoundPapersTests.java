package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.giamngheo.household.api.Households.FOUR;
import static vn.giamngheo.household.api.Households.ONE;
import static vn.giamngheo.household.api.Households.THREE;
import static vn.giamngheo.household.api.Households.as;
import static vn.giamngheo.household.api.Households.entry;
import static vn.giamngheo.household.api.Households.household;
import static vn.giamngheo.household.api.Households.newReview;
import static vn.giamngheo.household.api.Households.opening;
import static vn.giamngheo.household.api.Households.openRound;
import static vn.giamngheo.household.api.Households.review;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.events.testing.TestKeys;

/**
 * The papers of a round that name households: the village posting list and the decision's list, as XLSX and PDF,
 * holding every household they should and nothing else, for the officers allowed to see names, audited.
 */
@QuarkusTest
class RoundPapersTests {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void shouldPrintTheVillagesPostingListAndTheDecisionsListWithEveryHouseholdAndNoOther() throws Exception {
        String commune = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Nà Sloòng", "Nông Văn Páo", "Tày"), "POOR"),
                entry(household("Nà Sloòng", "Lương Thị Đào", "Nùng"), "NEAR_POOR"),
                entry(household("Nà Sloòng", "Hoàng Văn Chúng", "Kinh"), "POOR"),
                entry(household("Pò Tấu", "Triệu Thị Mẩy", "Dao"), "POOR")));
        String round = openRound(commune, "PERIODIC", 2022, null);
        String fresh = as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-10-03", 1_000_000, THREE, 0.8),
                review(codes.get(1), "2022-10-03", 1_000_000, FOUR, 0.8),
                review(codes.get(2), "2022-10-04", 2_000_000, THREE, 0.8),
                review(codes.get(3), "2022-10-04", 1_400_000, ONE, 0.8),
                newReview(household("Nà Sloòng", "Đàm Văn Sáng", "Tày"), "2022-10-05", 1_200_000, ONE))))
                .when().post("/api/v1/rounds/" + round + "/reviews").then().statusCode(200)
                .body("accepted", equalTo(5)).extract().path("results[4].householdCode");

        // The posting list of Nà Sloòng, before the decision: the classes the reviews give.
        byte[] xlsx = posting(round, commune, "Nà Sloòng", "xlsx").then().statusCode(200)
                .contentType(PaperFormats.XLSX).extract().asByteArray();
        Map<String, List<String>> sections = sections(xlsx);
        assertThat(sections).containsOnlyKeys("I. Hộ nghèo (2 hộ)", "II. Hộ cận nghèo (1 hộ)",
                "III. Hộ thoát nghèo (1 hộ)", "IV. Hộ thoát cận nghèo (0 hộ)");
        assertThat(sections.get("I. Hộ nghèo (2 hộ)")).containsExactlyInAnyOrder(codes.get(0), codes.get(1));
        assertThat(sections.get("II. Hộ cận nghèo (1 hộ)")).containsExactly(fresh);
        assertThat(sections.get("III. Hộ thoát nghèo (1 hộ)")).containsExactly(codes.get(2));
        String pdf = text(posting(round, commune, "Nà Sloòng", "pdf").then().statusCode(200)
                .contentType(PaperFormats.PDF).extract().asByteArray(), Path.of("target", "posting-list.png"));
        for (String expected : List.of(codes.get(0), codes.get(1), codes.get(2), fresh, "Nông Văn Páo",
                "Lương Thị Đào", "Hoàng Văn Chúng", "Đàm Văn Sáng", "Niêm yết công khai từ ngày 14/11/2022 đến ngày"
                        + " 16/11/2022", "Từ hộ cận nghèo", "Thoát nghèo", "Phát sinh mới")) {
            assertThat(pdf).contains(expected);
        }
        assertThat(pdf).doesNotContain(codes.get(3)).doesNotContain("Triệu Thị Mẩy");
        // Nothing before it is decided: the decision's list waits for the decision.
        as("commune-chair", commune).queryParam("format", "pdf").when()
                .get("/api/v1/rounds/" + round + "/decision-list").then().statusCode(409)
                .contentType("application/problem+json");

        as("commune-chair", commune).body(Map.of("decisionNumber", "215/QĐ-UBND", "decisionDate", "2022-12-10"))
                .when().post("/api/v1/rounds/" + round + "/decision").then().statusCode(200);
        String decision = text(as("commune-chair", commune).queryParam("format", "pdf").when()
                .get("/api/v1/rounds/" + round + "/decision-list").then().statusCode(200)
                .contentType(PaperFormats.PDF).extract().asByteArray(), Path.of("target", "decision-list.png"));
        assertThat(decision).contains("Kèm theo Quyết định số 215/QĐ-UBND ngày 10/12/2022")
                .contains("I. Hộ nghèo (2 hộ)").contains("II. Hộ cận nghèo (2 hộ)")
                .contains("III. Hộ thoát nghèo (2 hộ)").contains("Pò Tấu");
        for (String code : List.of(codes.get(0), codes.get(1), codes.get(2), codes.get(3), fresh)) {
            assertThat(decision).contains(code);
        }
        byte[] decisionXlsx = as("commune-officer", commune).when().get("/api/v1/rounds/" + round + "/decision-list")
                .then().statusCode(200).contentType(PaperFormats.XLSX).extract().asByteArray();
        Map<String, List<String>> decided = sections(decisionXlsx);
        assertThat(decided.get("I. Hộ nghèo (2 hộ)")).containsExactlyInAnyOrder(codes.get(0), codes.get(1));
        assertThat(decided.get("II. Hộ cận nghèo (2 hộ)")).containsExactlyInAnyOrder(codes.get(3), fresh);
        assertThat(decided.get("III. Hộ thoát nghèo (2 hộ)")).containsExactlyInAnyOrder(codes.get(2), codes.get(3));
        assertThat(decided.get("IV. Hộ thoát cận nghèo (0 hộ)")).isEmpty();

        // Every export is audited, with how many households it held.
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement q = c.prepareStatement("SELECT entity_type, after_state->>'households'"
                        + " FROM audit_entry WHERE action = 'EXPORT' AND entity_id = ? ORDER BY id")) {
            q.setString(1, round);
            List<String> exports = new ArrayList<>();
            try (java.sql.ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    exports.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            assertThat(exports).containsExactly("posting-list 4", "posting-list 4", "decision-list 5",
                    "decision-list 5");
        }
    }

    @Test
    void shouldGiveNamesOnlyToTheOfficersOfTheCommuneAndRefuseWhatIsWrong() {
        String commune = TestKeys.commune();
        String other = TestKeys.commune();
        List<String> codes = opening(commune, 2022, "2021-12-15", List.of(
                entry(household("Bản Khuông", "Ma Văn Hòa", "Tày"), "POOR")));
        String round = openRound(commune, "PERIODIC", 2022, null);
        as("commune-officer", commune).body(Map.of("reviews", List.of(
                review(codes.get(0), "2022-10-03", 1_000_000, THREE, 0.8))))
                .when().post("/api/v1/rounds/" + round + "/reviews").then().statusCode(200);
        given().queryParam("village", "Bản Khuông").queryParam("noticeFrom", "2022-11-14")
                .queryParam("noticeTo", "2022-11-16").when().get("/api/v1/rounds/" + round + "/posting-list").then()
                .statusCode(401);
        for (String[] caller : new String[][] { { "commune-officer", other }, { "system", commune },
                { "finance-officer", commune } }) {
            as(caller[0], caller[1]).queryParam("village", "Bản Khuông").queryParam("noticeFrom", "2022-11-14")
                    .queryParam("noticeTo", "2022-11-16").when().get("/api/v1/rounds/" + round + "/posting-list")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        posting(round, commune, "Bản Khuông", "pdf").then().statusCode(200);
        as("commune-officer", commune).queryParam("village", "Bản Khuông").queryParam("noticeFrom", "2022-11-16")
                .queryParam("noticeTo", "2022-11-14").when().get("/api/v1/rounds/" + round + "/posting-list").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("noticeTo"));
        posting(round, commune, "Nà Rầy", "pdf").then().statusCode(404)
                .body("detail", containsString("Bản Khuông"));
        as("commune-officer", commune).queryParam("noticeFrom", "2022-11-14").queryParam("noticeTo", "2022-11-16")
                .when().get("/api/v1/rounds/" + round + "/posting-list").then().statusCode(400);
        posting(round, commune, "Bản Khuông", "docx").then().statusCode(400);
    }

    private static io.restassured.response.Response posting(String round, String commune, String village,
            String format) {
        return as("commune-officer", commune).queryParam("village", village).queryParam("noticeFrom", "2022-11-14")
                .queryParam("noticeTo", "2022-11-16").queryParam("format", format).when()
                .get("/api/v1/rounds/" + round + "/posting-list");
    }

    /** The workbook's sections by their heading, with the codes of their households in order. */
    private static Map<String, List<String>> sections(byte[] xlsx) throws Exception {
        Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            List<String> current = null;
            for (Row row : s) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (first.matches("^(I|II|III|IV)\\. .*")) {
                    current = new ArrayList<>();
                    sections.put(first, current);
                } else if (current != null && first.matches("\\d+") && row.getCell(1) != null) {
                    current.add(row.getCell(1).getStringCellValue());
                }
            }
        }
        return sections;
    }

    /** The PDF's text; its first page rendered to {@code png} for a person to look at. */
    private static String text(byte[] pdf, Path png) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", png.toFile());
            assertThat(Files.size(png)).isGreaterThan(10_000);
            // A name too long for its cell wraps at a space: read as one line.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
