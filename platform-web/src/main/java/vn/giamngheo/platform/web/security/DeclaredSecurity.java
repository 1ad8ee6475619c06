package vn.giamngheo.platform.web.security;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares in the OpenAPI document, on every operation, what the endpoint table enforces: {@code security: []} for the
 * public operations, the bearer token for the others — so that a client generated from the document knows which
 * calls need a token, from the same rows that decide it.
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
                op.getValue().setSecurity(rule != null && rule.isPublic() ? List.of()
                        : List.of(OASFactory.createSecurityRequirement().addScheme(scheme)));
            }
        });
    }
}
