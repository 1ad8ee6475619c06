package vn.giamngheo.household.registry;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registry's own count of the moves onto and off the poor and near-poor lists of a list year, by commune, in the
 * cells of the reports' movement table: what the reports must hold once every published status change has been
 * applied. Aggregates only (the same figures the public reports show), for the reconciliation of the read models.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MovementCounts {

    /** One cell: households of a commune that moved into (IN) or out of (OUT) a list in the list year, by kind. */
    @Schema(name = "MovementCount")
    public record Cell(@Schema(required = true) String communeCode,
            @Schema(required = true) int listYear,
            @Schema(required = true, enumeration = { "POOR", "NEAR_POOR" }) String status,
            @Schema(required = true, enumeration = { "IN", "OUT" }) String direction,
            @Schema(required = true, description = "The kind of movement", enumeration = { "OPENING_BALANCE",
                    "NEW", "RE_ENTRY", "FROM_NEAR_POOR", "FROM_POOR", "EXIT", "ADMINISTRATIVE_RECLASSIFICATION",
                    "STANDARD_RECLASSIFICATION", "COMPLAINT_CORRECTION", "OTHER_INCREASE", "OTHER_DECREASE" })
            String kind,
            @Schema(required = true) long households) {
    }

    @Inject
    EntityManager em;

    public List<Cell> of(int listYear) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT commune_code, status_before AS status, 'OUT' AS direction, movement AS kind, count(*) AS households
                FROM status_change WHERE list_year = :year AND status_before IN ('POOR', 'NEAR_POOR')
                    AND movement <> 'OTHER_INCREASE'
                GROUP BY commune_code, status_before, movement
                UNION ALL
                SELECT commune_code, status_after, 'IN', movement, count(*)
                FROM status_change WHERE list_year = :year AND status_after IN ('POOR', 'NEAR_POOR')
                    AND movement <> 'OTHER_DECREASE'
                GROUP BY commune_code, status_after, movement
                ORDER BY 1, 2, 3, 4""", Tuple.class).setParameter("year", listYear).getResultList();
        return rows.stream().map(t -> new Cell(t.get("commune_code", String.class), listYear,
                t.get("status", String.class), t.get("direction", String.class), t.get("kind", String.class),
                t.get("households", Number.class).longValue())).toList();
    }
}
