package vn.giamngheo.household;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ServiceConformanceTests;

/** household-service boots healthy on the real PostgreSQL and Kafka and lives by the platform's rules. */
@QuarkusTest
class HouseholdServiceConformanceTests extends ServiceConformanceTests {
}
