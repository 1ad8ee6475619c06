package vn.giamngheo.platform.web.testing;

import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Found by Quarkus in every service's tests (META-INF/services): each test's calls go through {@link ContractFilter},
 * and after each test class the count of answers it checked is written down.
 */
public final class ContractCheck implements QuarkusTestBeforeEachCallback, QuarkusTestAfterAllCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractFilter.install();
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        ContractFilter.record();
    }
}
