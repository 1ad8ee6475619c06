package vn.giamngheo.household.dci;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a system may be registered to see of a household and search it by, as the DCI API names it. Personal
 * attributes (the head's name, the village, the members, the identity numbers) go only to systems registered for them
 * with a legal basis, and only in answer to a request that states its purpose; the others are the pseudonymous view.
 */
public enum RegistryAttribute {

    HOUSEHOLD_ID("household_id", Type.TEXT, false, "The household's pseudonymous code, e.g. 01501-5DNYJM8FKA"),
    POVERTY_STATUS("poverty_status", Type.STATUS, false, "POOR, NEAR_POOR or NOT_POOR, as last recognised"),
    LIST_YEAR("list_year", Type.INTEGER, false, "The year of the list the status belongs to"),
    COMMUNE_CODE("commune_code", Type.AREA, false, "The commune holding the household today; a search by it takes any"
            + " unit code (a commune, or the province 04 for all) and finds the households of the communes it"
            + " formed from too"),
    ETHNIC_MINORITY("ethnic_minority", Type.BOOLEAN, false, "Whether the household is of an ethnic minority (DTTS)"),
    GROUP_SIZE("group_size", Type.INTEGER, false, "The number of members"),
    EXIT_DATE("exit_date", Type.DATE, false, "The date of the last decision that took it out of poverty or"
            + " near-poverty (movement EXIT or FROM_POOR); absent when none"),
    HEAD_NAME("head_name", Type.TEXT, true, "The head's full name (personal)"),
    VILLAGE("village", Type.TEXT, true, "The village (thôn, bản) (personal)"),
    MEMBERS("members", Type.TEXT, true, "The members: names, birth years, sex, ethnicity, relation to the head,"
            + " disability, health insurance (personal)"),
    IDENTITY_NUMBER("identity_number", Type.TEXT, true, "The members' identity numbers, and searching by one"
            + " (idtype-value UIN) (personal)");

    public enum Type {
        TEXT, STATUS, INTEGER, AREA, BOOLEAN, DATE
    }

    public final String apiName;
    public final Type type;
    public final boolean personal;
    public final String description;

    RegistryAttribute(String apiName, Type type, boolean personal, String description) {
        this.apiName = apiName;
        this.type = type;
        this.personal = personal;
        this.description = description;
    }

    /** The attributes expressions and predicates may compare. */
    public boolean comparable() {
        return this != MEMBERS && this != IDENTITY_NUMBER && this != HEAD_NAME && this != VILLAGE;
    }

    public static Optional<RegistryAttribute> named(String apiName) {
        return Arrays.stream(values()).filter(a -> a.apiName.equals(apiName)).findFirst();
    }

    public static List<String> comparableNames() {
        return Arrays.stream(values()).filter(RegistryAttribute::comparable).map(a -> a.apiName).toList();
    }
}
