package vn.giamngheo.platform.web.security;

import java.util.Set;

/** The roles of DESIGN.md §5, as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String COMMUNE_OFFICER = "commune-officer";
    public static final String COMMUNE_CHAIR = "commune-chair";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String DISTRICT_CHAIR = "district-chair";
    public static final String PROVINCE_OFFICER = "province-officer";
    public static final String FINANCE_OFFICER = "finance-officer";
    public static final String SYSTEM = "system";
    public static final String AUDITOR = "auditor";

    public static final Set<String> ALL = Set.of(COMMUNE_OFFICER, COMMUNE_CHAIR, DISTRICT_OFFICER, DISTRICT_CHAIR,
            PROVINCE_OFFICER, FINANCE_OFFICER, SYSTEM, AUDITOR);

    private Roles() {
    }
}
