package vn.giamngheo.platform.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdministrativeUnitsTests {

    private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private final AdministrativeUnits units = AdministrativeUnits.get();

    @Test
    void shouldKnowTrungKhanhTownAsUrbanUnderItsDistrictBeforeTheReform() {
        UnitVersion v = units.find("01477", LAST_DAY_OF_DISTRICTS).orElseThrow();
        assertThat(v.name()).isEqualTo("Thị trấn Trùng Khánh");
        assertThat(v.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(v.parentCode()).isEqualTo("047");
        assertThat(v.areaType()).isEqualTo(AreaType.URBAN);
    }

    @Test
    void shouldKnowTheSameCodeAsARuralCommuneUnderTheProvinceAfterTheReform() {
        UnitVersion v = units.find("01477", REFORM).orElseThrow();
        assertThat(v.name()).isEqualTo("Xã Trùng Khánh");
        assertThat(v.parentCode()).isEqualTo("04");
        assertThat(v.areaType()).isEqualTo(AreaType.RURAL);
    }

    @Test
    void shouldHoldTheTwentyOneCommunesOfTrungKhanhUntilTheReform() {
        assertThat(units.children("047", LAST_DAY_OF_DISTRICTS)).hasSize(21)
                .allMatch(v -> v.level() == UnitLevel.COMMUNE);
        assertThat(units.children("047", REFORM)).isEmpty();
        assertThat(units.find("047", REFORM)).isEmpty();
        assertThat(units.lastDayOf(UnitLevel.DISTRICT, "04")).hasValue(LAST_DAY_OF_DISTRICTS);
        assertThat(units.lastDayOf(UnitLevel.COMMUNE, "04")).isEmpty();
    }

    @Test
    void shouldHoldTheTenDistrictsOfCaoBang() {
        assertThat(units.children("04", LAST_DAY_OF_DISTRICTS).stream()
                .filter(v -> v.level() == UnitLevel.DISTRICT)).hasSize(10);
    }

    @Test
    void shouldReadTheHierarchyOnTheDateOfTheFact() {
        assertThat(units.lineage("01501", LocalDate.of(2023, 1, 1))).extracting(UnitVersion::code)
                .containsExactly("01501", "047", "04");
        assertThat(units.lineage("01501", REFORM)).extracting(UnitVersion::code).containsExactly("01501", "04");
        assertThat(units.isWithin("01501", "047", LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(units.isWithin("01501", "047", REFORM)).isFalse();
        assertThat(units.isWithin("01501", "04", REFORM)).isTrue();
        assertThat(units.isWithin("01474", "047", LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(units.ancestorAt("01453", UnitLevel.DISTRICT, LocalDate.of(2023, 1, 1)))
                .map(UnitVersion::code).hasValue("047");
    }

    @Test
    void shouldKnowWhereEachOldCommuneWent() {
        assertThat(units.predecessorsOf("01447")).extracting(Succession::predecessorCode)
                .containsExactlyInAnyOrder("01447", "01471", "01474");
        assertThat(units.successorsOf("01522")).extracting(Succession::successorCode).containsExactly("01477");
        // Every commune of Trùng Khánh before the reform went to exactly one of its seven successors.
        List<UnitVersion> old = units.children("047", LAST_DAY_OF_DISTRICTS);
        assertThat(old).allSatisfy(c -> assertThat(units.successorsOf(c.code())).hasSize(1));
        assertThat(old.stream().map(c -> units.successorsOf(c.code()).get(0).successorCode()).distinct())
                .hasSize(7);
    }

    @Test
    void shouldFollowAnEndedCommuneToTheCommuneThatHoldsItsLandNow() {
        LocalDate before = LocalDate.of(2025, 6, 30);
        LocalDate after = LocalDate.of(2025, 7, 1);
        assertThat(units.currentCode("01453", before)).hasValue("01453");
        assertThat(units.currentCode("01453", after)).hasValue("01465");
        assertThat(units.currentCode("01474", after)).hasValue("01447");
        assertThat(units.currentCode("01465", after)).hasValue("01465");
        assertThat(units.currentCode("88888", after)).isEmpty();
        assertThat(units.codesHeldBy("01465", after)).containsExactly("01453", "01462", "01465");
        assertThat(units.codesHeldBy("01447", after)).containsExactly("01447", "01471", "01474");
        assertThat(units.codesHeldBy("01465", before)).containsExactly("01465");
    }

    @Test
    void shouldAnswerNothingForACodeThatNamedNoUnitThen() {
        assertThat(units.find("88888", REFORM)).isEmpty();
        assertThat(units.lineage("01468", REFORM)).isEmpty();
    }

    @Test
    void shouldHoldTheSevenProjectsOfTheProgramWithTheirSubProjects() {
        ProgramCatalog catalog = ProgramCatalog.get();
        assertThat(catalog.projects()).extracting(ProgramCatalog.Entry::code)
                .containsExactly("DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7");
        assertThat(catalog.subProjectsOf("DA4")).extracting(ProgramCatalog.Entry::subProjectCode)
                .containsExactly("TDA1", "TDA2", "TDA3");
        assertThat(catalog.subProjectsOf("DA2")).isEmpty();
        assertThat(catalog.find("DA6", "TDA2")).map(ProgramCatalog.Entry::name)
                .hasValue("Truyền thông về giảm nghèo đa chiều");
    }

    @Test
    void shouldHoldEveryUnitOfCaoBangBeforeTheReform() {
        List<UnitVersion> districts = units.children("04", LAST_DAY_OF_DISTRICTS);
        assertThat(districts).hasSize(10).allMatch(v -> v.level() == UnitLevel.DISTRICT);
        List<UnitVersion> communes = districts.stream()
                .flatMap(d -> units.children(d.code(), LAST_DAY_OF_DISTRICTS).stream()).toList();
        assertThat(communes).hasSize(161).allMatch(v -> v.level() == UnitLevel.COMMUNE);
        // Wards (phường) and towns (thị trấn) take the urban line, xã the rural one.
        assertThat(communes).allMatch(v -> v.areaType() == (v.name().startsWith("Xã ") ? AreaType.RURAL : AreaType.URBAN));
        assertThat(communes.stream().filter(v -> v.areaType() == AreaType.URBAN)).hasSize(22);
    }

    @Test
    void shouldHoldTheFiftySixCommunesAndWardsOfCaoBangFromTheReform() {
        List<UnitVersion> after = units.children("04", REFORM);
        assertThat(after).hasSize(56).allMatch(v -> v.level() == UnitLevel.COMMUNE);
        assertThat(after.stream().filter(v -> v.name().startsWith("Phường "))).hasSize(3)
                .allMatch(v -> v.areaType() == AreaType.URBAN);
        assertThat(after.stream().filter(v -> v.name().startsWith("Xã "))).hasSize(53)
                .allMatch(v -> v.areaType() == AreaType.RURAL);
        assertThat(units.find("01273", REFORM)).map(UnitVersion::name).hasValue("Phường Thục Phán");
    }

    @Test
    void shouldGiveEveryCommuneBeforeTheReformExactlyOneSuccessorAndEveryUnitAfterItItsPredecessors() {
        List<UnitVersion> before = units.children("04", LAST_DAY_OF_DISTRICTS).stream()
                .flatMap(d -> units.children(d.code(), LAST_DAY_OF_DISTRICTS).stream()).toList();
        for (UnitVersion commune : before) {
            List<Succession> next = units.successorsOf(commune.code());
            assertThat(next).as("successors of %s %s", commune.code(), commune.name()).hasSize(1);
            assertThat(next.get(0).effective()).isEqualTo(REFORM);
            assertThat(units.find(next.get(0).successorCode(), REFORM)).as("successor of %s", commune.code())
                    .isPresent();
            assertThat(units.currentCode(commune.code(), REFORM)).hasValue(next.get(0).successorCode());
        }
        for (UnitVersion unit : units.children("04", REFORM)) {
            assertThat(units.predecessorsOf(unit.code())).as("predecessors of %s", unit.code()).isNotEmpty();
        }
        // Đàm Thủy (01501) was formed from Chí Viễn (its code), Phong Châu and Đàm Thuỷ.
        assertThat(units.predecessorsOf("01501")).extracting(Succession::predecessorCode)
                .containsExactlyInAnyOrder("01501", "01507", "01495");
    }

    @Test
    void shouldNameEachCodeOnceOnAnyDateAndEveryParentOnTheSameDate() {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        units.children("04", LAST_DAY_OF_DISTRICTS).forEach(d -> {
            codes.add(d.code());
            units.children(d.code(), LAST_DAY_OF_DISTRICTS).forEach(c -> codes.add(c.code()));
        });
        units.children("04", REFORM).forEach(c -> codes.add(c.code()));
        for (String code : codes) {
            List<UnitVersion> versions = units.versions(code);
            for (int i = 1; i < versions.size(); i++) {
                assertThat(versions.get(i).validFrom()).as("versions of %s", code)
                        .isAfter(versions.get(i - 1).validTo());
            }
            for (UnitVersion v : versions) {
                LocalDate day = v.validTo() != null ? v.validTo() : v.validFrom();
                assertThat(units.find(v.parentCode(), day)).as("parent of %s on %s", code, day).isPresent();
            }
        }
    }
}
