package vn.giamngheo.platform.web.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.giamngheo.platform.web.problem.DeclaredProblems;

/**
 * Declares in the OpenAPI document, on every operation, what the endpoint table enforces: {@code security: []} for the
 * public operations, the bearer token for the others — so that a client generated from the document knows which
 * calls need a token, from the same rows that decide it; and on every guarded operation the guard's refusals (401,
 * 403), which it gives before anything else.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class DeclaredSecurity implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, EndpointRule> rows = Arc.container().instance(EndpointPolicy.class).get().rows();
        String scheme = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-openapi.security-scheme-name", String.class).orElse("bearer");
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, org.eclipse.microprofile.openapi.models.Operation> op
                    : item.getOperations().entrySet()) {
                EndpointRule rule = rows.get(EndpointTable.key(op.getKey().name(), path));
                boolean open = rule != null && rule.isPublic();
                op.getValue().setSecurity(open ? List.of()
                        : List.of(OASFactory.createSecurityRequirement().addScheme(scheme)));
                if (!open && path.startsWith("/api/")) {
                    refusals(op.getValue(), path);
                }
            }
        });
    }

    /** The guard's refusals, which every guarded operation can give before anything else happens. */
    private static void refusals(org.eclipse.microprofile.openapi.models.Operation operation, String path) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", refusal("No token, or one the platform does not accept (expired, signed by"
                    + " another issuer)", "401", path));
        }
        if (!responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", refusal("The token's role or area does not allow this operation; the"
                    + " problem says which would", "403", path));
        }
    }

    private static APIResponse refusal(String description, String code, String path) {
        return OASFactory.createAPIResponse().description(description)
                .content(DeclaredProblems.problemContent(code, path));
    }
}
