package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Deprivation;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.PovertyStatus;

/**
 * How many poor and near-poor households of a list lack each indicator and each dimension (at least one of its
 * indicators), also the DTTS households among them: what a province aims its sub-projects by (housing, water,
 * sanitation, health insurance…). Counted over the households whose recognised review said what they lack
 * ({@code poorSurveyed}); the rest of the list ({@code poorNotSurveyed}: an opening list, a review before the
 * platform kept deprivations) is counted apart, never guessed. The shares are of the surveyed households, exact
 * fractions shown rounded.
 */
public record DeprivationStructure(
        @Schema(required = true) long poorSurveyed,
        @Schema(required = true) long nearPoorSurveyed,
        @Schema(required = true) long poorNotSurveyed,
        @Schema(required = true) long nearPoorNotSurveyed,
        @Schema(required = true) List<Line> indicators,
        @Schema(required = true) List<Line> dimensions) {

    /** The item kinds of the counts: the surveyed households, an indicator by its code, a dimension by its name. */
    public static final String HOUSEHOLDS = "HOUSEHOLDS";
    public static final String INDICATOR = "INDICATOR";
    public static final String DIMENSION = "DIMENSION";
    private static final String SURVEYED = "SURVEYED";

    /**
     * One indicator (its code, name and dimension) or one dimension (no code; its name as both name and dimension):
     * the poor and near-poor households lacking it, the DTTS ones among them, and their shares of the surveyed.
     */
    @Schema(name = "DeprivationLine")
    public record Line(
            @Schema(description = "the indicator's code; null for a dimension") String code,
            @Schema(required = true) String name,
            @Schema(description = "null for an indicator no list has named yet") String dimension,
            @Schema(required = true) long poor,
            @Schema(required = true) long nearPoor,
            @Schema(required = true) long poorEthnicMinority,
            @Schema(required = true) long nearPoorEthnicMinority,
            @Schema(description = "of the surveyed poor households; null where none was surveyed")
            BigDecimal poorPercent,
            @Schema(description = "of the surveyed near-poor households; null where none was surveyed")
            BigDecimal nearPoorPercent) {
    }

    /** One count of the read model, summed over communes and list years as a report needs it. */
    public record Cell(String status, boolean ethnicMinority, String itemKind, String item, long households) {
    }

    /** What an indicator is called and where it belongs, as the latest list that counted it said. */
    public record Label(String dimension, String name) {
    }

    /**
     * What a recognised review changes in the counts: the household's earlier standing out, the new one in, each
     * counted where it is on a list and says what it lacks. Cells that cancel out are left out.
     */
    public static List<Cell> change(Standing before, Standing after) {
        Map<Key, Long> delta = new HashMap<>();
        add(delta, before, -1);
        add(delta, after, 1);
        List<Cell> cells = new ArrayList<>();
        delta.forEach((k, n) -> {
            if (n != 0) {
                cells.add(new Cell(k.status(), k.ethnicMinority(), k.itemKind(), k.item(), n));
            }
        });
        return cells;
    }

    private record Key(String status, boolean ethnicMinority, String itemKind, String item) {
    }

    private static void add(Map<Key, Long> delta, Standing s, long sign) {
        if (s == null || s.deprivations() == null
                || (s.status() != PovertyStatus.POOR && s.status() != PovertyStatus.NEAR_POOR)) {
            return;
        }
        String status = s.status().name();
        Set<Key> keys = new LinkedHashSet<>();
        keys.add(new Key(status, s.ethnicMinority(), HOUSEHOLDS, SURVEYED));
        for (Deprivation d : s.deprivations()) {
            keys.add(new Key(status, s.ethnicMinority(), INDICATOR, d.indicator()));
            keys.add(new Key(status, s.ethnicMinority(), DIMENSION, d.dimension()));
        }
        keys.forEach(k -> delta.merge(k, sign, Long::sum));
    }

    /**
     * The structure of a list from its summed cells, the labels of the indicators, and the list's poor and near-poor
     * households (from the movements). Lines are ordered by the poor households lacking them, most first.
     */
    public static DeprivationStructure of(List<Cell> cells, Map<String, Label> labels, long poorEnd, long nearPoorEnd) {
        long poor = 0;
        long near = 0;
        Map<String, long[]> indicators = new HashMap<>();
        Map<String, long[]> dimensions = new HashMap<>();
        for (Cell c : cells) {
            boolean isPoor = PovertyStatus.POOR.name().equals(c.status());
            switch (c.itemKind()) {
                case HOUSEHOLDS -> {
                    if (isPoor) {
                        poor += c.households();
                    } else {
                        near += c.households();
                    }
                }
                case INDICATOR -> tally(indicators, c, isPoor);
                case DIMENSION -> tally(dimensions, c, isPoor);
                default -> throw new IllegalArgumentException("no item kind " + c.itemKind());
            }
        }
        long surveyedPoor = poor;
        long surveyedNear = near;
        // A line whose households all left the list since is no line of it.
        indicators.values().removeIf(n -> n[0] == 0 && n[1] == 0);
        dimensions.values().removeIf(n -> n[0] == 0 && n[1] == 0);
        List<Line> indicatorLines = new ArrayList<>();
        indicators.forEach((code, n) -> {
            Label label = labels.getOrDefault(code, new Label(null, code));
            indicatorLines.add(line(code, label.name(), label.dimension(), n, surveyedPoor, surveyedNear));
        });
        List<Line> dimensionLines = new ArrayList<>();
        dimensions.forEach((name, n) -> dimensionLines.add(line(null, name, name, n, surveyedPoor, surveyedNear)));
        Comparator<Line> order = Comparator.comparingLong(Line::poor).reversed()
                .thenComparing(Comparator.comparingLong(Line::nearPoor).reversed())
                .thenComparing(Line::name);
        indicatorLines.sort(order);
        dimensionLines.sort(order);
        return new DeprivationStructure(poor, near, poorEnd - poor, nearPoorEnd - near, indicatorLines,
                dimensionLines);
    }

    /** Counts per line: poor, near-poor, poor DTTS, near-poor DTTS. */
    private static void tally(Map<String, long[]> lines, Cell c, boolean isPoor) {
        long[] n = lines.computeIfAbsent(c.item(), k -> new long[4]);
        n[isPoor ? 0 : 1] += c.households();
        if (c.ethnicMinority()) {
            n[isPoor ? 2 : 3] += c.households();
        }
    }

    private static Line line(String code, String name, String dimension, long[] n, long poor, long near) {
        return new Line(code, name, dimension, n[0], n[1], n[2], n[3], ReportRules.show(ReportRules.rate(n[0], poor)),
                ReportRules.show(ReportRules.rate(n[1], near)));
    }
}
