package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.AreaType;
import vn.giamngheo.platform.refdata.Succession;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.rules.Unaccented;

/** The administrative units as the reference data holds them, dated: lists, one unit with its lineage, search. */
@ApplicationScoped
public class FindUnits {

    /** A unit as it was on a date. */
    @Schema(name = "AdministrativeUnit")
    public record Unit(@Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) UnitLevel level,
            @Schema(description = "null for the province") String parentCode, AreaType areaType,
            @Schema(description = "null when the unit is older than the earliest day the platform holds")
            LocalDate validFrom,
            @Schema(description = "null while the unit is in force") LocalDate validTo, String source) {

        static Unit of(UnitVersion v) {
            return new Unit(v.code(), v.name(), v.level(), v.parentCode(), v.areaType(), v.validFrom(), v.validTo(),
                    v.source());
        }
    }

    /** A unit that one was formed from, or became, at a reform. */
    @Schema(name = "UnitLink")
    public record Link(@Schema(required = true) String code, String name,
            @Schema(required = true) LocalDate effective) {
    }

    /** A unit with what it was formed from and what it became. */
    public record UnitDetail(@Schema(required = true) Unit unit,
            @Schema(required = true) List<Link> predecessors,
            @Schema(required = true) List<Link> successors) {
    }

    /** The units valid on the date, under the parent (any, if none is named), of the level (any, if none). */
    public List<Unit> valid(LocalDate on, String parentCode, UnitLevel level, String query) {
        String folded = query == null ? null : Unaccented.fold(query);
        return AdministrativeUnits.get().all().stream()
                .filter(v -> v.validOn(on))
                .filter(v -> parentCode == null || parentCode.equals(v.parentCode()))
                .filter(v -> level == null || v.level() == level)
                .filter(v -> folded == null || Unaccented.fold(v.name()).contains(folded))
                .sorted(Comparator.comparing(UnitVersion::code))
                .map(Unit::of)
                .toList();
    }

    /**
     * The unit with this code on the date, or its latest version before it; with what that version was formed from
     * and, if it ended, what it became.
     */
    public Optional<UnitDetail> one(String code, LocalDate on) {
        AdministrativeUnits units = AdministrativeUnits.get();
        return units.latestValidDay(code, on).flatMap(day -> units.find(code, day)).map(v -> new UnitDetail(
                Unit.of(v),
                // A code kept through a reform names two units: the new one was formed, the old one ended.
                units.predecessorsOf(code).stream().filter(s -> s.effective().equals(v.validFrom()))
                        .map(s -> link(s.predecessorCode(), s.effective().minusDays(1), s)).toList(),
                units.successorsOf(code).stream()
                        .filter(s -> v.validTo() != null && s.effective().equals(v.validTo().plusDays(1)))
                        .map(s -> link(s.successorCode(), s.effective(), s)).toList()));
    }

    /** A predecessor named as it was on its last day, a successor as it is from the reform. */
    private static Link link(String code, LocalDate namedOn, Succession s) {
        return new Link(code, AdministrativeUnits.get().find(code, namedOn).map(UnitVersion::name).orElse(null),
                s.effective());
    }
}
