package vn.giamngheo.household.dci;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import vn.giamngheo.platform.web.problem.Problem;

/**
 * Under the DCI base path every error is in the specification's formats, not problem+json: the platform's own
 * refusals (no token, a role that is not a system's, a body too large, a wrong media type) are rewritten as the
 * HttpErrorResponse for 401 and 403, and as an ERR acknowledgement for the others.
 */
@Provider
public class DciErrorFormat implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/dci/") || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        int status = response.getStatus();
        String code = switch (status) {
            case 401 -> "err.request.unauthorized";
            case 403 -> "err.request.forbidden";
            case 404, 405 -> "err.request.not_found";
            case 408 -> "err.request.timeout";
            case 429 -> "err.request.too_many_requests";
            case 500, 503 -> "err.service.unavailable";
            default -> "err.request.bad";
        };
        String message = problem.detail() != null ? problem.detail() : problem.title();
        response.setEntity(status == 401 || status == 403 || status >= 500 ? DciMessages.httpError(code, message)
                : DciMessages.err(DciMessages.newCorrelationId(), code, message), new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE);
        response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
    }
}
