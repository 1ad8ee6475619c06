package vn.giamngheo.plan.api;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts the seed — Trùng Khánh's 2023 plan, transcribed figure for figure — into the API document as the example
 * of an import, so that Swagger UI offers a real plan to try.
 */
public class PlanApiExamples implements OASFilter {

    static final String SEED = "examples/trung-khanh-2023-plan.json";

    @Override
    public Operation filterOperation(Operation operation) {
        if (("importPlan".equals(operation.getOperationId()) || "replaceDraft".equals(operation.getOperationId()))
                && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
            if (json != null) {
                json.setExample(seed());
            }
        }
        return operation;
    }

    private static Object seed() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            return in == null ? null : new ObjectMapper().readValue(in, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("the example plan " + SEED + " cannot be read", e);
        }
    }
}
