package vn.giamngheo.platform.web.security;

import java.util.Map;

/**
 * Rows of a service's access policy, one per operation of its API, keyed as {@code "GET /api/v1/households/{code}"}
 * (the method and the path template of the OpenAPI document). Every operation must have a row: one without is
 * refused to everybody, and the conformance tests fail the build.
 */
public interface EndpointTable {

    Map<String, EndpointRule> endpoints();

    static String key(String method, String pathTemplate) {
        return method + " " + pathTemplate;
    }
}
