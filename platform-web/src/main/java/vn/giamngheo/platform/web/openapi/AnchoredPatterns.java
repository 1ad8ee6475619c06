package vn.giamngheo.platform.web.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A Bean Validation {@code @Pattern} must match the whole value ({@code \d{5}} takes "01501", not "015012"); a JSON
 * Schema {@code pattern} matches anywhere in it. The document copies the first as the second, so it anchors each
 * pattern that is not anchored already: a client that checks input by the document refuses what the service refuses.
 * ({@code @NotBlank} is rendered as the unanchored {@code \S} on purpose, and stays so.)
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AnchoredPatterns implements OASFilter {

    private static final String NOT_BLANK = "\\S";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            roots.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                parameters(item.getParameters(), roots::add);
                item.getOperations().values().forEach(operation -> {
                    parameters(operation.getParameters(), roots::add);
                    if (operation.getRequestBody() != null) {
                        content(operation.getRequestBody().getContent(), roots::add);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values()
                                .forEach(response -> content(response.getContent(), roots::add));
                    }
                });
            });
        }
        roots.forEach(AnchoredPatterns::anchor);
    }

    private static void parameters(Collection<Parameter> parameters, Consumer<Schema> schemas) {
        if (parameters != null) {
            parameters.stream().map(Parameter::getSchema).forEach(schemas);
        }
    }

    private static void content(Content content, Consumer<Schema> schemas) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> schemas.accept(media.getSchema()));
        }
    }

    private static void anchor(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        // "\S" is the scanner's own rendering of @NotBlank (some character that is not a space): meant to match anywhere.
        if (pattern != null && !NOT_BLANK.equals(pattern) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(AnchoredPatterns::anchor);
        }
        anchor(schema.getItems());
        for (List<Schema> group : java.util.Arrays.asList(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(AnchoredPatterns::anchor);
            }
        }
    }
}
