package vn.giamngheo.household;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.web.testing.ServiceConformanceTests;

/** household-service boots healthy on the real PostgreSQL and Kafka and lives by the platform's rules. */
@QuarkusTest
class HouseholdServiceConformanceTests extends ServiceConformanceTests {

    /** The DCI Social Registry API answers its specification's errors, as DciRegistryTests checks them. */
    @Override
    protected String errorMediaType(String path) {
        return path.startsWith("/dci/") ? "application/json" : super.errorMediaType(path);
    }
}
