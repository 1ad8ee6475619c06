package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The standard of the list of 2027 (NĐ 351/2025) as a citizen and a commune app meet it: the self-assessment under
 * its lines, with the figures no public source confirms marked, and each standard's questionnaire. Public; nothing
 * is stored, so real communes serve.
 */
@QuarkusTest
class StandardsApiTests {

    @ParameterizedTest(name = "{0} ({1}): {2} đ, {3} deprivations → {4}")
    @CsvSource({
            // commune, area type, income per person per month, deprivations, class on the list of 2027
            "01465, RURAL, 2200000, 3, POOR",        // Xã Quang Trung, at the rural line of 2027–2030
            "01465, RURAL, 2200000, 2, NEAR_POOR",
            "01465, RURAL, 2200001, 3, NOT_POOR",    // above the line: never poor; no average-living band published
            "01273, URBAN, 2800000, 3, POOR",        // Phường Thục Phán, at the urban line
            "01273, URBAN, 2800000, 2, NEAR_POOR",
            "01273, URBAN, 2800001, 3, NOT_POOR"})
    void shouldClassifyTheListOf2027UnderTheNewStandardAndSayWhichFiguresAreProvisional(String commune, String area,
            long income, int deprivations, String expected) {
        List<String> deprived = List.of("WASTE", "TELECOM", "HOUSING_AREA").subList(0, deprivations);
        given().contentType("application/json").body(Map.of("communeCode", commune, "listYear", 2027,
                "incomePerPersonMonthlyVnd", income, "deprivedIndicators", deprived))
                .when().post("/api/v1/self-assessment").then().statusCode(200)
                .body("classification.status", equalTo(expected))
                .body("classification.areaType", equalTo(area))
                .body("classification.standardCode", equalTo("ND-351-2025"))
                .body("classification.standardVersion", matchesPattern("ND-351-2025@[0-9a-f]{12}"))
                .body("standardName", containsString("351/2025"))
                .body("classification.provisionalFigures", hasItem("averageLivingUpperBoundVnd"))
                .body("classification.provisionalFigures", hasItem("indicators.WASTE.deprivedWhen"))
                .body("provisional.why", everyItem(notNullValue()))
                .body("classification.lowIncomeWorker", equalTo(false));
    }

    @Test
    void shouldServeEachStandardsQuestionnaireInVietnameseAndEnglish() {
        Response nd351 = given().when().get("/api/v1/standards/ND-351-2025/questionnaire");
        nd351.then().statusCode(200)
                .body("standardVersion", matchesPattern("ND-351-2025@[0-9a-f]{12}"))
                .body("firstListYear", equalTo(2027))
                .body("income.lineVnd.RURAL", equalTo(2_200_000))
                .body("income.lineVnd.URBAN", equalTo(2_800_000))
                .body("income.description.vi", containsString("2.200.000 đồng"))
                .body("income.description.en", containsString("VND 2,800,000"))
                .body("score.scoreA", equalTo(null))
                .body("score.scoreBPointsPerIndicator", equalTo(10))
                .body("deprivationCutoff", equalTo(3))
                .body("dimensions.size()", equalTo(6))
                .body("dimensions.indicators.flatten().code", hasItem("WASTE"))
                .body("dimensions.indicators.flatten().code", not(hasItem("INFO_ACCESS")))
                .body("dimensions.indicators.flatten().question.vi", everyItem(notNullValue()))
                .body("dimensions.indicators.flatten().question.en", everyItem(notNullValue()))
                .body("dimensions.indicators.flatten().find { it.code == 'WASTE' }.provisional", equalTo(true))
                .body("dimensions.indicators.flatten().find { it.code == 'EMPLOYMENT' }.provisional", equalTo(false))
                .body("dimensions.find { it.name == 'nước sinh hoạt, vệ sinh và môi trường' }.indicators.code",
                        equalTo(List.of("DRINKING_WATER", "SANITATION", "WASTE")));
        List<String> codes = nd351.path("dimensions.indicators.flatten().code");
        assertThat(codes).hasSize(12).doesNotHaveDuplicates();
        // The version of the data that classifies a self-assessment is the questionnaire's.
        given().contentType("application/json").body(Map.of("communeCode", "01465", "listYear", 2027,
                "incomePerPersonMonthlyVnd", 2_000_000, "deprivedIndicators", List.of()))
                .when().post("/api/v1/self-assessment").then().statusCode(200)
                .body("classification.standardVersion", equalTo(nd351.path("standardVersion")));

        given().when().get("/api/v1/standards/ND-07-2021/questionnaire").then().statusCode(200)
                .body("dimensions.size()", equalTo(6))
                .body("dimensions.indicators.flatten().code", hasItem("INFO_ACCESS"))
                .body("income.description.vi", containsString("1.500.000 đồng"))
                .body("score.scoreA.povertyLine.RURAL", equalTo(140))
                .body("provisional.figure", equalTo(List.of("scoreA.averageLivingUpperBound")));
        given().when().get("/api/v1/standards/ND-99-2040/questionnaire").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("ND-351-2025"));
    }
}
