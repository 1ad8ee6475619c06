package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.AreaType;
import vn.giamngheo.platform.refdata.UnitVersion;

/**
 * Every commune and ward of Cao Bằng answers the self-assessment with its own area type and so its own income line:
 * the 56 of today for the lists of 2026 and 2027, the 161 of the district years for the list of 2023.
 */
@QuarkusTest
class SelfAssessmentAcrossTheProvinceTests {

    private static final List<String> DEPRIVED = List.of("HEALTH_INSURANCE", "SANITATION", "TELECOM");

    @Test
    void shouldClassifyEachCommuneAndWardOfTodayWithItsOwnLine() {
        List<UnitVersion> today = AdministrativeUnits.get().children("04", LocalDate.of(2025, 7, 1));
        assertThat(today).hasSize(56);
        assertThat(today.stream().filter(u -> u.areaType() == AreaType.URBAN)).hasSize(3);
        for (UnitVersion unit : today) {
            // NĐ 07/2021 for the list of 2026, NĐ 351/2025 for the list of 2027.
            assess(unit, 2026, unit.areaType() == AreaType.URBAN ? 2_000_000 : 1_500_000);
            assess(unit, 2027, unit.areaType() == AreaType.URBAN ? 2_800_000 : 2_200_000);
        }
    }

    @Test
    void shouldClassifyEachCommuneWardAndTownOfTheDistrictYearsWithItsOwnLine() {
        LocalDate lastDay = LocalDate.of(2025, 6, 30);
        List<UnitVersion> before = AdministrativeUnits.get().children("04", lastDay).stream()
                .flatMap(d -> AdministrativeUnits.get().children(d.code(), lastDay).stream()).toList();
        assertThat(before).hasSize(161);
        for (UnitVersion unit : before) {
            assess(unit, 2023, unit.areaType() == AreaType.URBAN ? 2_000_000 : 1_500_000);
        }
    }

    private static void assess(UnitVersion unit, int listYear, long line) {
        given().contentType("application/json").body(Map.of("communeCode", unit.code(), "listYear", listYear,
                "incomePerPersonMonthlyVnd", 1_000_000, "deprivedIndicators", DEPRIVED))
                .when().post("/api/v1/self-assessment")
                .then().statusCode(200)
                .body("communeName", equalTo(unit.name()))
                .body("classification.areaType", equalTo(unit.areaType().name()))
                .body("classification.lineUsed", equalTo((int) line));
    }
}
