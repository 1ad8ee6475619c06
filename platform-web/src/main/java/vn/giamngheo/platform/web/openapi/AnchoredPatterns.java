package vn.giamngheo.platform.web.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

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

    /** Called for every schema of the document: components, parameters, bodies and the schemas nested in them. */
    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        // "\S" is the scanner's own rendering of @NotBlank (some character that is not a space): meant to match anywhere.
        if (pattern != null && !NOT_BLANK.equals(pattern) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        return schema;
    }
}
