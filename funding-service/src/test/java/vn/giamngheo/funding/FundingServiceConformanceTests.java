package vn.giamngheo.funding;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ServiceConformanceTests;

/** funding-service boots healthy on the real PostgreSQL and Kafka and lives by the platform's rules. */
@QuarkusTest
class FundingServiceConformanceTests extends ServiceConformanceTests {
}
