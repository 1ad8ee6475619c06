package vn.giamngheo.platform.web.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** The roles of DESIGN.md §5, as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String COMMUNE_CHAIR = "commune-chair";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String DISTRICT_CHAIR = "district-chair";
    public static final String PROVINCE_OFFICER = "province-officer";
    /** The chair of the province's People's Committee: approves the province's own plans (from 2025-07-01). */
    public static final String PROVINCE_CHAIR = "province-chair";
    public static final String FINANCE_OFFICER = "finance-officer";
    public static final String SYSTEM = "system";
    public static final String AUDITOR = "auditor";

    public static final Set<String> ALL = Set.of(COMMUNE_OFFICER, COMMUNE_CHAIR, DISTRICT_OFFICER, DISTRICT_CHAIR,
            PROVINCE_OFFICER, PROVINCE_CHAIR, FINANCE_OFFICER, SYSTEM, AUDITOR);

    private Roles() {
    }

    /**
     * The platform's roles among a token's groups. Identity providers add groups of their own (Keycloak's
     * {@code default-roles-*}, {@code offline_access}): they grant nothing here.
     */
    public static Set<String> ofPlatform(Collection<String> groups) {
        Set<String> held = new TreeSet<>();
        if (groups != null) {
            for (String group : groups) {
                if (ALL.contains(group)) {
                    held.add(group);
                }
            }
        }
        return held;
    }
}
