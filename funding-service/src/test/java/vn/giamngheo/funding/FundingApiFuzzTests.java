package vn.giamngheo.funding;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ApiFuzzTests;

/** Every operation of funding-service's API, sent bad input, answers with a problem and changes nothing. */
@QuarkusTest
class FundingApiFuzzTests extends ApiFuzzTests {
}
