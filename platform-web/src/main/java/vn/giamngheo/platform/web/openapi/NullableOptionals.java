package vn.giamngheo.platform.web.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The services write a field they have no value for as {@code null} (or, in problems and a few views, leave it out),
 * and read {@code null} for a field a request may leave out. The document says so: a property its schema does not list
 * as {@code required} may be null or absent; a required one is always there with a value. Without this, a client generated from the document would refuse
 * the answers the services give (a unit's {@code validTo} while it is in force, a report's rate where there is no
 * denominator).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class NullableOptionals implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(NullableOptionals::properties);
    }

    private static void properties(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getItems() != null) {
            properties(schema.getItems());
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
        for (Map.Entry<String, Schema> property : new ArrayList<>(properties.entrySet())) {
            properties(property.getValue());
            if (!required.contains(property.getKey())) {
                schema.addProperty(property.getKey(), nullable(property.getValue()));
            }
        }
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            // A reference cannot take a sibling type: "this, or null".
            return OASFactory.createSchema().description(property.getDescription())
                    .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
        List<Schema.SchemaType> types = property.getType();
        if (types == null || types.isEmpty() || types.contains(Schema.SchemaType.NULL)) {
            return property;
        }
        if (property.getEnumeration() != null && !property.getEnumeration().isEmpty()) {
            // The document cannot list null among an enumeration's values: "one of these, or null".
            return OASFactory.createSchema().description(property.getDescription())
                    .anyOf(List.of(property.description(null), OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
        property.addType(Schema.SchemaType.NULL);
        return property;
    }
}
