package vn.giamngheo.reporting.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.reporting.domain.FormerDistricts;

/** The household events a report's figures still lack: held by the inbox for a gap in their household's order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HeldEvents {

    @Inject
    EntityManager em;

    /**
     * Household events of the unit's list held by the inbox for a gap in their household's order. Normally none;
     * the held events are read whole (they are few) and matched on their payload.
     */
    long awaited(UnitVersion unit, int listYear) {
        @SuppressWarnings("unchecked")
        List<String> held = em.createNativeQuery("SELECT envelope FROM inbox_held_event WHERE topic LIKE"
                + " '%household-events'").getResultList();
        LocalDate reviewed = LocalDate.of(listYear - 1, 12, 31);
        long count = 0;
        for (String envelope : held) {
            com.fasterxml.jackson.databind.JsonNode data;
            try {
                data = MAPPER.readTree(envelope).path("data");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                continue;
            }
            int year = data.has("listYear") ? data.path("listYear").asInt() : data.path("year").asInt();
            String commune = data.path("communeCode").asText("");
            boolean inScope = switch (unit.level()) {
                case COMMUNE -> AdministrativeUnits.get().codesHeldBy(unit.code(), reviewed).contains(commune);
                case DISTRICT -> unit.code().equals(data.path("districtCode").asText(""))
                        || AdministrativeUnits.get().ancestorAt(commune, UnitLevel.DISTRICT, reviewed)
                                .map(d -> d.code().equals(unit.code())).orElse(false)
                        || FormerDistricts.groupedBy(unit.code(), reviewed).contains(commune);
                case PROVINCE -> unit.code().equals(data.path("provinceCode").asText(""));
            };
            if (year == listYear && inScope) {
                count++;
            }
        }
        return count;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();
}
