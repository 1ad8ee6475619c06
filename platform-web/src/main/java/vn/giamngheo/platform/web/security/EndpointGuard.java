package vn.giamngheo.platform.web.security;

import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * Applies the endpoint table before anything else of a request is looked at (its body, its parameters, an
 * idempotency key): a public operation passes; any other needs a token (401) and a platform role its row admits
 * (403). An operation without a row is refused to everybody.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class EndpointGuard implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(EndpointGuard.class);

    @Context
    ResourceInfo resource;

    @Inject
    EndpointPolicy policy;

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        String httpMethod = HttpMethod.HEAD.equals(request.getMethod()) ? HttpMethod.GET : request.getMethod();
        String key = EndpointTable.key(httpMethod, template(resource.getResourceClass(), method));
        EndpointRule rule = policy.rule(key).orElse(null);
        if (rule == null) {
            LOG.errorf("no access rule for %s: refused to everybody until the service's table has one", key);
            throw ProblemException.forbidden("This operation is closed: it has no access rule.");
        }
        if (rule.isPublic()) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        String role = caller.actingRole().orElse(null);
        if (!rule.admits(role)) {
            throw ProblemException.forbidden(rule.refusalOf(role));
        }
    }

    /** The path template as the OpenAPI document writes it. */
    public static String template(Class<?> resourceClass, Method method) {
        StringBuilder path = new StringBuilder();
        Path classPath = resourceClass.getAnnotation(Path.class);
        if (classPath != null) {
            path.append('/').append(classPath.value());
        }
        Path methodPath = method.getAnnotation(Path.class);
        if (methodPath != null) {
            path.append('/').append(methodPath.value());
        }
        String normalised = path.toString().replaceAll("/+", "/");
        if (normalised.length() > 1 && normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised.isEmpty() ? "/" : normalised;
    }
}
