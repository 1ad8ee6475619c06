package vn.giamngheo.household;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ApiFuzzTests;

/** Every operation of household-service's API, sent bad input, answers with a problem and changes nothing. */
@QuarkusTest
class HouseholdApiFuzzTests extends ApiFuzzTests {
}
