package vn.giamngheo.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Deprivation;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.PovertyStatus;

class DeprivationStructureTests {

    private static final Map<String, String> DIMENSION = Map.of("HEALTH_INSURANCE", "y tế", "NUTRITION", "y tế",
            "WASTE", "nước sinh hoạt, vệ sinh và môi trường", "TELECOM", "thông tin");

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            // before (status/dtts/indicators, empty: none published; '-' for indicators: none said), after, the change
            "; POOR/true/HEALTH_INSURANCE+NUTRITION+WASTE; POOR true HOUSEHOLDS SURVEYED +1, POOR true INDICATOR HEALTH_INSURANCE +1, POOR true INDICATOR NUTRITION +1, POOR true INDICATOR WASTE +1, POOR true DIMENSION y tế +1, POOR true DIMENSION nước sinh hoạt, vệ sinh và môi trường +1",
            "NEAR_POOR/false/TELECOM; POOR/false/TELECOM+WASTE; NEAR_POOR false HOUSEHOLDS SURVEYED -1, NEAR_POOR false INDICATOR TELECOM -1, NEAR_POOR false DIMENSION thông tin -1, POOR false HOUSEHOLDS SURVEYED +1, POOR false INDICATOR TELECOM +1, POOR false INDICATOR WASTE +1, POOR false DIMENSION thông tin +1, POOR false DIMENSION nước sinh hoạt, vệ sinh và môi trường +1",
            // Same class, one indicator fewer: only that indicator and its dimension move.
            "POOR/false/HEALTH_INSURANCE+NUTRITION+WASTE; POOR/false/HEALTH_INSURANCE+WASTE+TELECOM; POOR false INDICATOR NUTRITION -1, POOR false INDICATOR TELECOM +1, POOR false DIMENSION thông tin +1",
            "NEAR_POOR/false/WASTE; NOT_POOR/false/WASTE; NEAR_POOR false HOUSEHOLDS SURVEYED -1, NEAR_POOR false INDICATOR WASTE -1, NEAR_POOR false DIMENSION nước sinh hoạt, vệ sinh và môi trường -1",
            "AVERAGE_LIVING/false/WASTE; NEAR_POOR/false/; NEAR_POOR false HOUSEHOLDS SURVEYED +1",
            // A score without the indicators describes nothing: nothing counted, nothing to take out.
            "; POOR/false/-; ",
            "POOR/false/-; POOR/false/TELECOM; POOR false HOUSEHOLDS SURVEYED +1, POOR false INDICATOR TELECOM +1, POOR false DIMENSION thông tin +1",
            "NEAR_POOR/true/TELECOM; NEAR_POOR/false/TELECOM; NEAR_POOR true HOUSEHOLDS SURVEYED -1, NEAR_POOR true INDICATOR TELECOM -1, NEAR_POOR true DIMENSION thông tin -1, NEAR_POOR false HOUSEHOLDS SURVEYED +1, NEAR_POOR false INDICATOR TELECOM +1, NEAR_POOR false DIMENSION thông tin +1"})
    void shouldTakeTheEarlierStandingOutAndPutTheNewOneIn(String before, String after, String change) {
        List<String> cells = DeprivationStructure.change(standing(before), standing(after)).stream()
                .map(c -> c.status() + " " + c.ethnicMinority() + " " + c.itemKind() + " " + c.item() + " "
                        + (c.households() > 0 ? "+" : "") + c.households())
                .toList();
        List<String> expected = change == null ? List.of() : Arrays.stream(change.split(", (?=[A-Z_]+ (true|false) )"))
                .toList();
        assertThat(cells).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldCountEachIndicatorAndDimensionOverTheSurveyedHouseholdsMostLackedFirst() {
        List<DeprivationStructure.Cell> cells = new ArrayList<>();
        cells.add(new DeprivationStructure.Cell("POOR", true, "HOUSEHOLDS", "SURVEYED", 2));
        cells.add(new DeprivationStructure.Cell("POOR", false, "HOUSEHOLDS", "SURVEYED", 1));
        cells.add(new DeprivationStructure.Cell("NEAR_POOR", false, "HOUSEHOLDS", "SURVEYED", 4));
        cells.add(new DeprivationStructure.Cell("POOR", true, "INDICATOR", "WASTE", 2));
        cells.add(new DeprivationStructure.Cell("POOR", false, "INDICATOR", "WASTE", 1));
        cells.add(new DeprivationStructure.Cell("NEAR_POOR", false, "INDICATOR", "WASTE", 1));
        cells.add(new DeprivationStructure.Cell("POOR", true, "INDICATOR", "TELECOM", 1));
        cells.add(new DeprivationStructure.Cell("NEAR_POOR", false, "INDICATOR", "TELECOM", 3));
        cells.add(new DeprivationStructure.Cell("POOR", true, "DIMENSION", "thông tin", 1));
        // The same commune's cells of another list year, summed.
        cells.add(new DeprivationStructure.Cell("NEAR_POOR", false, "INDICATOR", "TELECOM", -1));
        DeprivationStructure s = DeprivationStructure.of(cells, Map.of("WASTE",
                new DeprivationStructure.Label("nước sinh hoạt, vệ sinh và môi trường", "Rác thải")), 5, 4);
        assertThat(s.poorSurveyed()).isEqualTo(3);
        assertThat(s.poorNotSurveyed()).isEqualTo(2);
        assertThat(s.nearPoorNotSurveyed()).isZero();
        DeprivationStructure.Line waste = s.indicators().get(0);
        assertThat(waste.code()).isEqualTo("WASTE");
        assertThat(waste.name()).isEqualTo("Rác thải");
        assertThat(waste.poor()).isEqualTo(3);
        assertThat(waste.poorEthnicMinority()).isEqualTo(2);
        assertThat(waste.poorPercent()).isEqualByComparingTo("100.00");
        assertThat(waste.nearPoorPercent()).isEqualByComparingTo("25.00");
        DeprivationStructure.Line telecom = s.indicators().get(1);
        // A code no label names shows as itself.
        assertThat(telecom.name()).isEqualTo("TELECOM");
        assertThat(telecom.nearPoor()).isEqualTo(2);
        // 1 of 3: exact, shown rounded half-up.
        assertThat(telecom.poorPercent()).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(s.dimensions()).singleElement().satisfies(d -> {
            assertThat(d.code()).isNull();
            assertThat(d.name()).isEqualTo("thông tin");
            assertThat(d.poor()).isEqualTo(1);
        });
        // An indicator whose households all left the list is no line of it.
        assertThat(DeprivationStructure.of(List.of(new DeprivationStructure.Cell("POOR", false, "INDICATOR", "WASTE", 1),
                new DeprivationStructure.Cell("POOR", false, "INDICATOR", "WASTE", -1)), Map.of(), 0, 0).indicators())
                .isEmpty();
                // A list no review described: nothing surveyed, no share.
        DeprivationStructure none = DeprivationStructure.of(List.of(), Map.of(), 7, 2);
        assertThat(none.poorNotSurveyed()).isEqualTo(7);
        assertThat(none.indicators()).isEmpty();
    }

    private static Standing standing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.trim().split("/", -1);
        List<Deprivation> deprivations = parts[2].equals("-") ? null : parts[2].isEmpty() ? List.of()
                : Arrays.stream(parts[2].split("\\+")).map(c -> new Deprivation(c, DIMENSION.get(c), c)).toList();
        return new Standing(PovertyStatus.valueOf(parts[0]), Boolean.parseBoolean(parts[1]), deprivations);
    }
}
