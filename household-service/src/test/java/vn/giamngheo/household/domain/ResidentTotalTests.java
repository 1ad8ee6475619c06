package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentTotalTests {

    @ParameterizedTest(name = "total {0}, ethnic minority {1}, registered {2} → {3}")
    @CsvSource({
            "600, 590, 2, -",
            "2, , 2, -",                      // exactly what the registry holds
            "1, , 2, totalHouseholds",        // below the registry
            "0, , 0, -",
            "600, 600, 2, -",                 // every household of the commune an ethnic-minority one
            "600, 601, 2, ethnicMinorityHouseholds",
            "1, 5, 2, totalHouseholds",       // the first violation only
    })
    void shouldCountEveryResidentHousehold(long total, Long ethnicMinority, long registered, String field) {
        assertThat(ResidentTotal.check("99001", total, ethnicMinority, registered).map(RuleViolation::field)
                .orElse("-")).isEqualTo(field);
    }

    @org.junit.jupiter.api.Test
    void shouldSayHowManyTheRegistryHolds() {
        assertThat(ResidentTotal.check("99001", 1, null, 2).orElseThrow().message()).isEqualTo("is 1 but the registry"
                + " already holds 2 households of commune 99001; the total counts every resident household");
    }
}
