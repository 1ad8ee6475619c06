package vn.giamngheo.platform.web.testing;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Where a service under test answers health and metrics: its management interface, not its API port. */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** A request to the management interface of the service under test; paths start with {@code /q/}. */
    public static RequestSpecification given() {
        URI base = URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given().baseUri(base.getScheme() + "://" + base.getHost()).port(base.getPort())
                .basePath("");
    }
}
