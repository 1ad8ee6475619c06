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
import vn.giamngheo.platform.web.testing.TestTokens;

/** The seed plan and the calls the plan tests make with it. */
final class PlanFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();

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

    static RequestSpecification as(String role, String area) {
        return given().auth().oauth2(TestTokens.token(role, area)).contentType(ContentType.JSON);
    }

    static Response importAs(String area, JsonNode doc) {
        return as("district-officer", area).body(doc.toString()).when().post("/api/v1/plans");
    }

    static String etag(String planId, int version, String area) {
        return as("district-officer", area).when().get("/api/v1/plans/" + planId + "/versions/" + version)
                .then().statusCode(200).extract().header("ETag");
    }
}
