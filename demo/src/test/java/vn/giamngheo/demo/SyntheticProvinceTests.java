package vn.giamngheo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.giamngheo.demo.Standard.Status;
import vn.giamngheo.demo.SyntheticDistrict.Commune;
import vn.giamngheo.demo.SyntheticDistrict.Household;
import vn.giamngheo.demo.SyntheticDistrict.Person;
import vn.giamngheo.demo.SyntheticDistrict.Survey;

class SyntheticDistrictTests {

    private static final SyntheticDistrict DISTRICT = SyntheticDistrict.generate(SyntheticDistrict.DEFAULT_SEED);

    @Test
    void shouldGenerateTheSameDistrictFromTheSameSeed() {
        SyntheticDistrict again = SyntheticDistrict.generate(SyntheticDistrict.DEFAULT_SEED);
        assertThat(again.communes()).isEqualTo(DISTRICT.communes());
        assertThat(again.households()).isEqualTo(DISTRICT.households());
        assertThat(SyntheticDistrict.generate(7).households()).isNotEqualTo(DISTRICT.households());
    }

    @Test
    void shouldCoverTheTwentyOneCommunesOfTrungKhanhWithTheirAreaTypes() {
        assertThat(DISTRICT.communes()).hasSize(21);
        assertThat(DISTRICT.communes().stream().filter(Commune::urban).map(Commune::code))
                .containsExactlyInAnyOrder("01447", "01477");
        for (Commune c : DISTRICT.communes()) {
            long registered = DISTRICT.householdsOf(c.code()).size();
            assertThat(c.totals().keySet()).containsExactly(2022, 2023, 2024, 2025);
            assertThat(c.totals().get(2022)).as(c.name()).isGreaterThanOrEqualTo(registered);
            assertThat(c.totals().get(2024)).isGreaterThanOrEqualTo(c.totals().get(2023));
            assertThat(c.ethnicMinorityTotals().get(2022)).isLessThanOrEqualTo(c.totals().get(2022));
        }
    }

    @Test
    void shouldHandTheDistrictsLandToItsSevenSuccessorCommunesAtTheReform() {
        assertThat(DISTRICT.successors()).extracting(Commune::code)
                .containsExactly("01447", "01456", "01465", "01477", "01489", "01501", "01525");
        // The two towns became rural communes: their households' income line falls from 2,000,000 to 1,500,000.
        assertThat(DISTRICT.successors()).noneMatch(Commune::urban);
        assertThat(DISTRICT.holder("01453", 2026)).isEqualTo("01465");
        assertThat(DISTRICT.holder("01453", 2025)).isEqualTo("01453");
        for (Commune c : DISTRICT.successors()) {
            assertThat(c.totals().keySet()).containsExactly(2026);
            assertThat(c.totals().get(2026)).as(c.name())
                    .isGreaterThanOrEqualTo(DISTRICT.total(c, 2025))
                    .isGreaterThanOrEqualTo(DISTRICT.householdsOnListOf(c.code(), 2026).size());
        }
        assertThat(DISTRICT.householdsOnListOf("01465", 2026)).extracting(Household::communeCode)
                .containsOnly("01453", "01462", "01465");
    }

    @Test
    void shouldGiveEverySurveyTheClassItIsMeantForUnderTheStandardOfItsList() {
        int atTheLine = 0;
        for (Household h : DISTRICT.households()) {
            for (Survey s : h.surveys().values()) {
                String reviewer = DISTRICT.holder(h.communeCode(), s.heldYear() + 1);
                boolean urban = DISTRICT.communesOfList(s.heldYear() + 1).stream()
                        .filter(c -> c.code().equals(reviewer)).findFirst().orElseThrow().urban();
                Standard standard = Standard.forList(s.heldYear() + 1);
                assertThat(standard.classify(urban, s.incomePerPersonMonthlyVnd(), s.deprivedIndicators().size()))
                        .as(h.key()).isEqualTo(s.intended());
                assertThat(s.deprivedIndicators()).doesNotHaveDuplicates().allMatch(standard.indicators()::contains);
                assertThat(s.date()).isBetween(java.time.LocalDate.of(s.heldYear(), 9, 1),
                        java.time.LocalDate.of(s.heldYear(), 12, 14));
                if (s.incomePerPersonMonthlyVnd() == standard.incomeLine(urban)) {
                    atTheLine++;
                }
            }
        }
        assertThat(atTheLine).as("surveys exactly at the income line").isGreaterThan(10);
    }

    @Test
    void shouldHavePlausibleSharesOfPoorAndNearPoorHouseholds() {
        long total = DISTRICT.communes().stream().mapToLong(c -> c.totals().get(2022)).sum();
        Map<Status, Long> opening = DISTRICT.households().stream().filter(h -> h.opening() != null)
                .collect(Collectors.groupingBy(Household::opening, TreeMap::new, Collectors.counting()));
        double poor = 100.0 * opening.get(Status.POOR) / total;
        double near = 100.0 * opening.get(Status.NEAR_POOR) / total;
        System.out.printf("synthetic Trùng Khánh: %d resident households in 2022, poor %.2f %%, near-poor %.2f %%,"
                + " %d households registered, %d surveys%n", total, poor, near, DISTRICT.households().size(),
                DISTRICT.households().stream().mapToInt(h -> h.surveys().size()).sum());
        assertThat(total).isBetween(14_000L, 22_000L);
        assertThat(poor).isBetween(15.0, 35.0);
        assertThat(near).isBetween(8.0, 20.0);
        for (int list : List.of(2023, 2024, 2026)) {
            final int year = list;
            long poorNow = DISTRICT.households().stream().filter(h -> h.statusOnList(year) == Status.POOR).count();
            long poorBefore = DISTRICT.households().stream().filter(h -> h.statusOnList(year - 1) == Status.POOR).count();
            assertThat(poorNow).as("poor households fall from list %d to %d", year - 1, year).isLessThan(poorBefore);
        }
    }

    @Test
    void shouldBeMostlyTayAndNungHouseholds() {
        List<Person> heads = DISTRICT.households().stream().map(Household::head).toList();
        long tayNung = heads.stream().filter(p -> p.ethnicity().equals("Tày") || p.ethnicity().equals("Nùng")).count();
        assertThat((double) tayNung / heads.size()).isGreaterThan(0.85);
        assertThat(DISTRICT.households().stream().filter(h -> !h.ethnicMinority())).isNotEmpty();
    }

    @Test
    void shouldMoveHouseholdsInEveryWayBetweenTheLists() {
        Set<String> kinds = new HashSet<>();
        Set<String> acrossTheReform = new HashSet<>();
        for (Household h : DISTRICT.households()) {
            if (DISTRICT.movementOnList(h, 2024) != null) {
                kinds.add(DISTRICT.movementOnList(h, 2024));
            }
            if (DISTRICT.movementOnList(h, 2026) != null) {
                acrossTheReform.add(DISTRICT.movementOnList(h, 2026));
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("NEW", "RE_ENTRY", "EXIT", "FROM_NEAR_POOR", "FROM_POOR");
        // Households of the former towns whose answers keep their class under the town's line are reclassified,
        // not counted as leaving poverty.
        assertThat(acrossTheReform).containsExactlyInAnyOrder("NEW", "RE_ENTRY", "EXIT", "FROM_NEAR_POOR",
                "FROM_POOR", "ADMINISTRATIVE_RECLASSIFICATION");
        assertThat(DISTRICT.households().stream().flatMap(h -> h.surveys().values().stream())
                .filter(Survey::firstReturned)).as("reviews sent back by the village meeting").isNotEmpty();
    }

    @Test
    void shouldHoldNoRealPersonsIdentityNumber() {
        List<String> ids = DISTRICT.households().stream().flatMap(h -> h.members().stream()).map(Person::personalId)
                .toList();
        // Real citizen identity numbers start with the birth province's code, 001–096; none starts with 99.
        assertThat(ids).allMatch(id -> id.matches("99\\d{10}")).doesNotHaveDuplicates();
        assertThat(DISTRICT.households()).extracting(Household::key).doesNotHaveDuplicates();
        assertThat(DISTRICT.households()).allMatch(h -> h.members().stream().filter(m -> m.relation().equals("HEAD"))
                .count() == 1 && h.head().relation().equals("HEAD"));
    }
}
