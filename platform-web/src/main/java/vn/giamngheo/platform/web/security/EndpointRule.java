package vn.giamngheo.platform.web.security;

import java.util.Set;

/**
 * Who may call one operation of the API at all: anybody (public information), any of the platform's roles, or the
 * roles listed. Which units a caller reaches is judged afterwards by the use case, on the unit in question.
 *
 * @param isPublic whether the operation needs no token
 * @param roles the roles admitted; empty for any platform role
 * @param refusal what a caller of another role is told
 */
public record EndpointRule(boolean isPublic, Set<String> roles, String refusal) {

    private static final String NO_ROLE = "Your token holds none of the platform's roles.";

    public EndpointRule {
        roles = Set.copyOf(roles);
        if (isPublic && !roles.isEmpty()) {
            throw new IllegalArgumentException("a public operation lists no roles");
        }
    }

    /** Public information: aggregated statistics, the standards, the self-assessment, the units. */
    public static EndpointRule open() {
        return new EndpointRule(true, Set.of(), null);
    }

    /** Any of the platform's roles; the use case judges the area. */
    public static EndpointRule anyRole() {
        return new EndpointRule(false, Set.of(), NO_ROLE);
    }

    public static EndpointRule roles(Set<String> roles, String refusal) {
        if (roles.isEmpty()) {
            return anyRole();
        }
        return new EndpointRule(false, roles, refusal);
    }

    /** Whether a caller acting with the role (none: null) may call the operation. */
    public boolean admits(String actingRole) {
        if (isPublic) {
            return true;
        }
        return actingRole != null && (roles.isEmpty() || roles.contains(actingRole));
    }

    /** What a refused caller is told. */
    public String refusalOf(String actingRole) {
        return actingRole == null ? NO_ROLE : refusal;
    }
}
