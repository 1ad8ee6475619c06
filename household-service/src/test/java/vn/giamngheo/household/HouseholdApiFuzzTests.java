package vn.giamngheo.household;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ApiFuzzTests;

/**
 * Every operation of household-service's API, sent bad input, answers with a problem and changes nothing; the DCI
 * Social Registry API with its specification's ERR (DciRegistryTests checks its bodies).
 */
@QuarkusTest
class HouseholdApiFuzzTests extends ApiFuzzTests {

    @Override
    protected String errorMediaType(String template) {
        return template.startsWith("/dci/") ? "application/json" : super.errorMediaType(template);
    }
}
