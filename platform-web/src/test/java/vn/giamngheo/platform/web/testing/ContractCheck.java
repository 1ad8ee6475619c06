package vn.giamngheo.platform.web.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Found by Quarkus in every service's tests (META-INF/services): each test's calls go through {@link ContractFilter}. */
public final class ContractCheck implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractFilter.install();
    }
}
