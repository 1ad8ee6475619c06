package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.household.standard.StandardsLoader;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Deprivation;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.PovertyStatus;

class DeprivationStandingsTests {

    private static final PovertyStandard ND_351 = StandardsLoader.shipped().byCode("ND-351-2025").orElseThrow();

    @Test
    void shouldNameEachDeprivationOnceWithItsDimensionInTheStandardsOrder() {
        Standing s = DeprivationStandings.of(PovertyStatus.POOR, true, ND_351,
                List.of("WASTE", "HEALTH_INSURANCE", "WASTE", "TELECOM"));
        assertThat(s.deprivations()).extracting(Deprivation::indicator)
                .containsExactly("HEALTH_INSURANCE", "TELECOM", "WASTE");
        assertThat(s.deprivations()).extracting(Deprivation::dimension)
                .containsExactly("y tế", "thông tin", "nước sinh hoạt, vệ sinh và môi trường");
        assertThat(s.deprivations()).allSatisfy(d -> assertThat(d.name()).isNotBlank());
        // A review that gave score B alone does not say what the household lacks.
        assertThat(DeprivationStandings.of(PovertyStatus.POOR, false, ND_351, null).deprivations()).isNull();
        assertThat(DeprivationStandings.of(PovertyStatus.NEAR_POOR, false, ND_351, List.of()).deprivations())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}: published {2}")
    @CsvSource({
            // before (status/dtts/indicators, or empty for none), after, published
            "'', POOR/false/HEALTH_INSURANCE+SANITATION+WASTE, true",          // first counted
            "'', NOT_POOR/false/TELECOM, false",                                // never on a list
            "POOR/false/HEALTH_INSURANCE+SANITATION+WASTE, POOR/false/HEALTH_INSURANCE+SANITATION+WASTE, false",
            "POOR/false/HEALTH_INSURANCE+SANITATION+WASTE, POOR/false/HEALTH_INSURANCE+SANITATION+TELECOM, true",
            "POOR/false/HEALTH_INSURANCE+SANITATION+WASTE, NEAR_POOR/false/HEALTH_INSURANCE, true",
            "NEAR_POOR/false/HEALTH_INSURANCE, NOT_POOR/false/HEALTH_INSURANCE, true", // leaves the near-poor list
            "NEAR_POOR/false/HEALTH_INSURANCE, NEAR_POOR/true/HEALTH_INSURANCE, true", // counted as DTTS now
            "NOT_POOR/false/TELECOM, AVERAGE_LIVING/false/TELECOM+WASTE, false",   // above the lists both times
            "NEAR_POOR/false/, NEAR_POOR/false/, false"})                          // none lacked both times
    void shouldPublishAStandingOnlyWhenItChangesACount(String before, String after, boolean published) {
        assertThat(DeprivationStandings.publish(standing(before), standing(after))).isEqualTo(published);
    }

    private static Standing standing(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String[] parts = text.split("/", -1);
        List<String> codes = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split("\\+"));
        return DeprivationStandings.of(PovertyStatus.valueOf(parts[0]), Boolean.parseBoolean(parts[1]), ND_351, codes);
    }
}
