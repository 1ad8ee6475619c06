package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The province's units as commune apps and other systems read them: dated, with their reforms, found by name. */
@QuarkusTest
class UnitsApiTests {

    @Test
    void shouldListTheTenDistrictsAndTheirCommunesOnTheirLastDay() {
        given().queryParam("date", "2025-06-30").queryParam("parent", "04").queryParam("level", "DISTRICT")
                .when().get("/api/v1/units")
                .then().statusCode(200).body("count", equalTo(10))
                .body("items.code", hasItem("047"));
        List<String> districts = given().queryParam("date", "2025-06-30").queryParam("parent", "04")
                .queryParam("level", "DISTRICT").when().get("/api/v1/units").path("items.code");
        int communes = 0;
        for (String district : districts) {
            communes += given().queryParam("date", "2025-06-30").queryParam("parent", district)
                    .when().get("/api/v1/units").<Integer>path("count");
        }
        assertThat(communes).isEqualTo(161);
    }

    @Test
    void shouldListTheFiftySixCommunesAndWardsFromTheReformEachNamingWhatItWasFormedFrom() {
        Response after = given().queryParam("date", "2025-07-01").queryParam("parent", "04").when().get("/api/v1/units");
        after.then().statusCode(200).body("count", equalTo(56))
                .body("items.findAll { it.areaType == 'URBAN' }.name",
                        equalTo(List.of("Phường Thục Phán", "Phường Nùng Trí Cao", "Phường Tân Giang")));
        given().when().get("/api/v1/units/01501")
                .then().statusCode(200)
                .body("unit.name", equalTo("Xã Đàm Thủy"))
                .body("predecessors.code", equalTo(List.of("01495", "01501", "01507")))
                .body("predecessors.find { it.code == '01501' }.name", equalTo("Xã Chí Viễn"))
                .body("successors", hasSize(0));
    }

    @Test
    void shouldGiveEachCommuneBeforeTheReformItsSuccessor() {
        List<String> districts = given().queryParam("date", "2025-06-30").queryParam("parent", "04")
                .queryParam("level", "DISTRICT").when().get("/api/v1/units").path("items.code");
        for (String district : districts) {
            List<String> communes = given().queryParam("date", "2025-06-30").queryParam("parent", district)
                    .when().get("/api/v1/units").path("items.code");
            for (String commune : communes) {
                given().queryParam("date", "2025-06-30").when().get("/api/v1/units/" + commune)
                        .then().statusCode(200)
                        .body("unit.parentCode", equalTo(district))
                        .body("unit.validTo", equalTo("2025-06-30"))
                        .body("successors", hasSize(1))
                        .body("successors[0].effective", equalTo("2025-07-01"));
            }
        }
    }

    @Test
    void shouldFindAUnitByItsNameTypedWithoutDiacritics() {
        given().queryParam("q", "dam thuy").queryParam("date", "2025-07-01").when().get("/api/v1/units")
                .then().statusCode(200).body("items.code", equalTo(List.of("01501")));
        given().queryParam("q", "DAM THUY").queryParam("date", "2025-06-30").when().get("/api/v1/units")
                .then().statusCode(200).body("items.name", equalTo(List.of("Xã Đàm Thuỷ")));
    }

    @Test
    void shouldLetAClientCacheTheAnswerByItsETag() {
        Response first = given().queryParam("date", "2025-07-01").queryParam("parent", "04").when().get("/api/v1/units");
        first.then().statusCode(200).header("Cache-Control", containsString("max-age"));
        String tag = first.header("ETag");
        assertThat(tag).isNotBlank();
        given().header("If-None-Match", tag).queryParam("date", "2025-07-01").queryParam("parent", "04")
                .when().get("/api/v1/units")
                .then().statusCode(304);
    }

    @Test
    void shouldAnswerAnUnknownCodeOrABadLevelWithAProblem() {
        given().when().get("/api/v1/units/09999").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("level", "HAMLET").when().get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("date", "1999-12-31").when().get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
    }
}
