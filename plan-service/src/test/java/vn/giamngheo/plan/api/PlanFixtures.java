package vn.giamngheo.plan.api;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.web.testing.TestTokens;

/** The seed plan and the calls the plan tests make with it. */
final class PlanFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A district of the test province that {@link TestKeys#districtYear()} never hands out (its communes are handed
     * out one by one instead), so never the district a test writes about: its officers stand for "another district".
     */
    static final String OTHER_DISTRICT = "990";

    private PlanFixtures() {
    }

    /** The seed document, as shipped in the service's examples. */
    static ObjectNode seed() {
        try (InputStream in = PlanFixtures.class.getResourceAsStream("/examples/trung-khanh-2023-plan.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed's content as the plan of another unit and year, so that each test has a plan of its own. */
    static ObjectNode seedFor(String unitCode, int year) {
        ObjectNode doc = seed();
        doc.put("unitCode", unitCode);
        doc.put("year", year);
        return doc;
    }

    /** The seed's content as the plan of a district and year that no earlier test, of any run, wrote about. */
    static ObjectNode seedFor(TestKeys.DistrictYear key) {
        return seedFor(key.district(), key.year());
    }

    /** The name the test units file gives a district of the test province: 99D is "Huyện Thử Nghiệm D". */
    static String districtName(String district) {
        return "Huyện Thử Nghiệm " + district.substring(2);
    }

    static RequestSpecification as(String role, String area) {
        return given().auth().oauth2(TestTokens.token(role, area)).contentType(ContentType.JSON);
    }

    static Response importAs(String area, JsonNode doc) {
        return as("district-officer", area).body(doc.toString()).when().post("/api/v1/plans");
    }

    /** Imports the seed's content as the key's plan, by an officer of the key's district. */
    static Response importFor(TestKeys.DistrictYear key) {
        return importAs(key.district(), seedFor(key));
    }

    /** How many plans the key's district has for the key's year, as its own officer lists them. */
    static int plansOf(TestKeys.DistrictYear key) {
        return as("district-officer", key.district()).queryParam("area", key.district())
                .queryParam("year", key.year()).when().get("/api/v1/plans")
                .then().statusCode(200).extract().path("total");
    }

    static String etag(String planId, int version, String area) {
        return as("district-officer", area).when().get("/api/v1/plans/" + planId + "/versions/" + version)
                .then().statusCode(200).extract().header("ETag");
    }
}
