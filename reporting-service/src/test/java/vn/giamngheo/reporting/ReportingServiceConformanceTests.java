package vn.giamngheo.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ServiceConformanceTests;

/** reporting-service boots healthy on the real PostgreSQL and Kafka and lives by the platform's rules. */
@QuarkusTest
class ReportingServiceConformanceTests extends ServiceConformanceTests {
}
