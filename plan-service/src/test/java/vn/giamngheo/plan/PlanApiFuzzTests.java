package vn.giamngheo.plan;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ApiFuzzTests;

/** Every operation of plan-service's API, sent bad input, answers with a problem and changes nothing. */
@QuarkusTest
class PlanApiFuzzTests extends ApiFuzzTests {
}
