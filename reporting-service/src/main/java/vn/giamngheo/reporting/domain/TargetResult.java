package vn.giamngheo.reporting.domain;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.events.payload.PopulationGroup;
import vn.giamngheo.platform.events.payload.TargetKind;

/**
 * A plan target against the result: what was asked (a fall of so many points, households or percent, at least),
 * what happened, and whether the exact result reaches it. {@code met} is null when the result is not known yet
 * (a total not reported, or no list for the year).
 */
public record TargetResult(
        @Schema(required = true, type = SchemaType.STRING, implementation = TargetKind.class) String kind,
        @Schema(required = true, type = SchemaType.STRING, implementation = PopulationGroup.class)
        String populationGroup,
        @Schema(description = "what was asked, in the measure's unit; null where the plan gives none in it")
        BigDecimal target,
        @Schema(required = true, enumeration = { "POINTS", "PERCENT", "HOUSEHOLDS" }) String measure,
        @Schema(description = "null until known, and for a population group the lists cannot measure")
        BigDecimal achieved,
        @Schema(description = "null until known, and for a population group the lists cannot measure") Boolean met,
        String description) {
}
