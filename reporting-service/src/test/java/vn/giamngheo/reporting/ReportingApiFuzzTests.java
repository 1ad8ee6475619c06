package vn.giamngheo.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ApiFuzzTests;

/** Every operation of reporting-service's API, sent bad input, answers with a problem and changes nothing. */
@QuarkusTest
class ReportingApiFuzzTests extends ApiFuzzTests {
}
