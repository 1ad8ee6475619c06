package vn.giamngheo.household.dci;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.household.domain.Member;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/**
 * The registry's households and members as the specification's Group and Member entities. A record holds only the
 * attributes given (the system's registration, narrowed to the pseudonymous ones when the request states no purpose):
 * <ul>
 * <li>Group: {@code group_identifier} HOUSEHOLD_ID (the pseudonymous code), {@code group_type} household,
 * {@code group_size}, {@code place} (the commune, and the village when personal), {@code registration_date};
 * the head as {@code group_head_info} and the members as {@code member_list} when personal; the poverty facts, which
 * the Group entity has no field for, as {@code additional_attributes} name/value objects as the specification's
 * example writes them ({@code {"poverty_status": "POOR"}}).</li>
 * <li>Member: {@code member_identifier} UIN (the identity number), {@code demographic_info} (an SRPerson: name as
 * surname, the family name, and given_name, the rest; sex male/female; the birth year, as the registry keeps no birth
 * date), {@code relationship_head}, {@code is_disabled}; the household's code and status as additional attributes.</li>
 * </ul>
 */
public final class RegistryRecords {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RegistryRecords() {
    }

    /** What a search found of a household, before it is narrowed to the attributes given. */
    public record HouseholdFacts(String code, String communeCode, String village, String headName,
            boolean ethnicMinority, int memberCount, String status, Integer listYear, LocalDate exitDate,
            OffsetDateTime registeredAt) {
    }

    public static ObjectNode group(HouseholdFacts h, Set<RegistryAttribute> given, List<Member> members) {
        ObjectNode g = JSON.objectNode();
        g.put("@type", "Group");
        g.put("@id", "urn:giamngheo:household:" + h.code());
        g.set("group_identifier", JSON.arrayNode().add(identifier("HOUSEHOLD_ID", h.code())));
        g.put("group_type", "household");
        if (given.contains(RegistryAttribute.GROUP_SIZE)) {
            g.put("group_size", h.memberCount());
        }
        if (given.contains(RegistryAttribute.COMMUNE_CODE) || given.contains(RegistryAttribute.VILLAGE)) {
            g.set("place", place(h, given));
        }
        if (given.contains(RegistryAttribute.HEAD_NAME)) {
            ObjectNode head = JSON.objectNode().put("@type", "Member");
            head.set("demographic_info", JSON.objectNode().put("@type", "SRPerson").set("name", name(h.headName())));
            g.set("group_head_info", head);
        }
        if (given.contains(RegistryAttribute.MEMBERS) && members != null) {
            ArrayNode list = g.putArray("member_list");
            members.forEach(m -> list.add(member(m, given, null)));
        }
        if (h.registeredAt() != null) {
            g.put("registration_date", DciMessages.time(h.registeredAt().withOffsetSameInstant(ZoneOffset.UTC)));
        }
        g.set("additional_attributes", povertyFacts(h, given));
        return g;
    }

    /** A member; with its household's facts when answering a search for the member. */
    public static ObjectNode member(Member m, Set<RegistryAttribute> given, HouseholdFacts household) {
        ObjectNode r = JSON.objectNode();
        r.put("@type", "Member");
        if (given.contains(RegistryAttribute.IDENTITY_NUMBER) && m.personalId != null) {
            r.set("member_identifier", JSON.arrayNode().add(identifier("UIN", m.personalId)));
        }
        ObjectNode person = JSON.objectNode().put("@type", "SRPerson");
        if (given.contains(RegistryAttribute.IDENTITY_NUMBER) && m.personalId != null) {
            person.set("identifier", JSON.arrayNode().add(identifier("UIN", m.personalId)));
        }
        person.set("name", name(m.fullName));
        person.put("sex", "MALE".equals(m.sex) ? "male" : "female");
        person.put("birth_year", m.birthYear);
        person.put("ethnicity", m.ethnicity);
        r.set("demographic_info", person);
        r.put("relationship_head", m.relation);
        r.put("is_disabled", m.disability);
        r.set("additional_attributes", JSON.arrayNode().add(JSON.objectNode().put("health_insurance",
                m.healthInsurance)));
        if (household != null) {
            ArrayNode facts = (ArrayNode) r.get("additional_attributes");
            facts.add(JSON.objectNode().put("household_id", household.code()));
            povertyFacts(household, given).forEach(facts::add);
        }
        return r;
    }

    static ArrayNode povertyFacts(HouseholdFacts h, Set<RegistryAttribute> given) {
        ArrayNode facts = JSON.arrayNode();
        if (given.contains(RegistryAttribute.POVERTY_STATUS)) {
            facts.add(JSON.objectNode().put("poverty_status", h.status()));
        }
        if (given.contains(RegistryAttribute.LIST_YEAR) && h.listYear() != null) {
            facts.add(JSON.objectNode().put("list_year", h.listYear()));
        }
        if (given.contains(RegistryAttribute.COMMUNE_CODE)) {
            facts.add(JSON.objectNode().put("commune_code", h.communeCode()));
        }
        if (given.contains(RegistryAttribute.ETHNIC_MINORITY)) {
            facts.add(JSON.objectNode().put("ethnic_minority", h.ethnicMinority()));
        }
        if (given.contains(RegistryAttribute.EXIT_DATE) && h.exitDate() != null) {
            facts.add(JSON.objectNode().put("exit_date", h.exitDate().toString()));
        }
        return facts;
    }

    private static ObjectNode place(HouseholdFacts h, Set<RegistryAttribute> given) {
        LocalDate today = LocalDate.now();
        String commune = AdministrativeUnits.get().find(h.communeCode(), today)
                .or(() -> AdministrativeUnits.get().versions(h.communeCode()).stream().reduce((a, b) -> b))
                .map(u -> u.name()).orElse(h.communeCode());
        String province = AdministrativeUnits.get().provinceOf(h.communeCode())
                .flatMap(p -> AdministrativeUnits.get().find(p, today)).map(u -> u.name()).orElse("");
        StringBuilder address = new StringBuilder();
        if (given.contains(RegistryAttribute.VILLAGE) && h.village() != null) {
            address.append(h.village()).append(", ");
        }
        address.append(commune);
        if (!province.isEmpty()) {
            address.append(", ").append(province);
        }
        ObjectNode place = JSON.objectNode().put("@type", "Place").put("address", address.toString());
        if (given.contains(RegistryAttribute.COMMUNE_CODE)) {
            place.put("commune_code", h.communeCode());
        }
        return place;
    }

    private static ObjectNode identifier(String type, String value) {
        return JSON.objectNode().put("@type", "Identifier").put("identifier_type", type).put("identifier_value", value);
    }

    /** A Vietnamese full name: the family name first (họ), then the middle and given names (tên đệm, tên). */
    static ObjectNode name(String fullName) {
        ObjectNode name = JSON.objectNode().put("@type", "Name");
        String full = fullName == null ? "" : fullName.strip();
        int space = full.indexOf(' ');
        name.put("surname", space < 0 ? full : full.substring(0, space));
        name.put("given_name", space < 0 ? "" : full.substring(space + 1).strip());
        name.put("full_name", full);
        return name;
    }
}
