package vn.giamngheo.reporting.api;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
import vn.giamngheo.platform.events.testing.EventPublisher;
import vn.giamngheo.platform.refdata.AdministrativeUnits;

/** What the tests send as household-service would, each household's events numbered in its order, and read back. */
final class HouseholdEvents {

    private final Map<String, Long> sequences = new HashMap<>();

    /** The next sequence number of a household's events. */
    long next(String household) {
        return sequences.merge(household, 1L, Long::sum);
    }

    /** A commune's reported resident households of a year. */
    static void total(EventPublisher pub, String commune, int year, long total) {
        String key = commune + ":" + year;
        pub.send("test.household-events", key, EventPublisher.envelope(UUID.randomUUID(),
                "/giamngheo/household-service", EventTypes.TOTAL_HOUSEHOLDS_REPORTED, key, 1,
                new TotalHouseholdsReported(commune, null, province(commune), year, total, null,
                        LocalDate.of(2026, 1, 5))));
    }

    static String province(String code) {
        return AdministrativeUnits.get().provinceOf(code).orElseThrow();
    }

    static io.restassured.response.Response poverty(String unit, int list) {
        return given().queryParam("unit", unit).queryParam("listYear", list).when().get("/api/v1/reports/poverty");
    }
}
