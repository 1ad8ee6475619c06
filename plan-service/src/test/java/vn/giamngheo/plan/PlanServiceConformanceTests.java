package vn.giamngheo.plan;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ServiceConformanceTests;

/** plan-service boots healthy on the real PostgreSQL and Kafka and lives by the platform's rules. */
@QuarkusTest
class PlanServiceConformanceTests extends ServiceConformanceTests {
}
