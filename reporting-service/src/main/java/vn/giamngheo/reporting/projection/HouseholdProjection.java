package vn.giamngheo.reporting.projection;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.events.EventEnvelope;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised;
import vn.giamngheo.platform.events.payload.HouseholdStatusChanged;
import vn.giamngheo.platform.events.payload.HouseholdStatusChangedV2;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
import vn.giamngheo.platform.inbox.EventHandler;
import vn.giamngheo.platform.inbox.PoisonEventException;
import vn.giamngheo.reporting.domain.DeprivationStructure;
import vn.giamngheo.reporting.domain.FormerDistricts;

/**
 * Counts each recognised change as an outflow from the status before and an inflow into the status after, for
 * the poor and near-poor lists; counts the lists' deprivations from each recognised review's standing, the earlier
 * one out and the new one in; and keeps the communes' reported totals. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class HouseholdProjection implements EventHandler {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Override
    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.HOUSEHOLD_STATUS_CHANGED -> statusChanged(read(event, HouseholdStatusChanged.class));
            // Version 2 moves the lists as version 1 did; what it adds is counted where it is read.
            case EventTypes.HOUSEHOLD_STATUS_CHANGED_V2 -> statusChanged(read(event, HouseholdStatusChangedV2.class)
                    .v1Facts());
            // Version 2 differs only in that a standing may leave a commune's counts without another coming in.
            case EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2 ->
                deprivations(read(event, HouseholdDeprivationsRecognised.class));
            case EventTypes.TOTAL_HOUSEHOLDS_REPORTED -> total(read(event, TotalHouseholdsReported.class));
            default -> throw new PoisonEventException("reporting-service does not know event type " + event.type());
        }
    }

    private void statusChanged(HouseholdStatusChanged e) {
        String former = FormerDistricts.of(e.communeCode(), e.districtCode());
        // A household that moved keeps its class: the origin's event takes it out, the destination's puts it in.
        if (listed(e.statusBefore()) && e.movementKind().leavesListBefore()) {
            count(e, former, e.statusBefore(), "OUT");
        }
        if (listed(e.statusAfter()) && e.movementKind().entersListAfter()) {
            count(e, former, e.statusAfter(), "IN");
        }
    }

    /** One cell of the movement table; a batch of events adds up to a few of them. */
    private record Cell(String commune, String district, String former, int listYear, String status, String direction,
            String kind, boolean ethnicMinority) {
    }

    // The inbox applies a batch on one thread and in one transaction: the cells it touches are gathered here and
    // written once, in flush().
    private final ThreadLocal<Map<Cell, Long>> pending = ThreadLocal.withInitial(HashMap::new);

    private void count(HouseholdStatusChanged e, String former, PovertyStatus status, String direction) {
        pending.get().merge(new Cell(e.communeCode(), e.districtCode(), former, e.listYear(), status.name(), direction,
                e.movementKind().name(), e.ethnicMinority()), 1L, Long::sum);
    }

    /** One cell of the deprivation counts. */
    private record DeprivationCell(String commune, String district, String former, int listYear,
            DeprivationStructure.Cell cell) {
    }

    private final ThreadLocal<Map<DeprivationCell, Long>> pendingDeprivations = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, Label>> pendingLabels = ThreadLocal.withInitial(HashMap::new);

    /** An indicator's label as a list named it; a later list's label replaces an earlier one's. */
    private record Label(String dimension, String name, int listYear) {
    }

    private void deprivations(HouseholdDeprivationsRecognised e) {
        String former = FormerDistricts.of(e.communeCode(), e.districtCode());
        for (DeprivationStructure.Cell cell : DeprivationStructure.change(e.before(), e.after())) {
            // The cell's count is the change; the key keeps it at zero so that equal cells merge.
            pendingDeprivations.get().merge(new DeprivationCell(e.communeCode(), e.districtCode(), former, e.listYear(),
                    new DeprivationStructure.Cell(cell.status(), cell.ethnicMinority(), cell.itemKind(), cell.item(), 0)),
                    cell.households(), Long::sum);
        }
        if (e.after() != null && e.after().deprivations() != null) {
            for (HouseholdDeprivationsRecognised.Deprivation d : e.after().deprivations()) {
                pendingLabels.get().merge(d.indicator(), new Label(d.dimension(), d.name(), e.listYear()),
                        (old, now) -> now.listYear() >= old.listYear() ? now : old);
            }
        }
    }

    @Override
    public void flush() {
        flushDeprivations();
        Map<Cell, Long> cells = pending.get();
        if (cells.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO poverty_movement (commune_code, district_code, former_district_code, list_year, status,
                        direction, kind, ethnic_minority, households)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (commune_code, list_year, status, direction, kind, ethnic_minority)
                    DO UPDATE SET households = poverty_movement.households + EXCLUDED.households""")) {
                for (Map.Entry<Cell, Long> entry : cells.entrySet()) {
                    Cell cell = entry.getKey();
                    ps.setString(1, cell.commune());
                    ps.setString(2, cell.district());
                    ps.setString(3, cell.former());
                    ps.setInt(4, cell.listYear());
                    ps.setString(5, cell.status());
                    ps.setString(6, cell.direction());
                    ps.setString(7, cell.kind());
                    ps.setBoolean(8, cell.ethnicMinority());
                    ps.setLong(9, entry.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        cells.clear();
    }

    private void flushDeprivations() {
        Map<DeprivationCell, Long> cells = pendingDeprivations.get();
        Map<String, Label> labels = pendingLabels.get();
        if (cells.isEmpty() && labels.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO poverty_deprivation (commune_code, district_code, former_district_code, list_year,
                        status, ethnic_minority, item_kind, item, households)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (commune_code, list_year, status, ethnic_minority, item_kind, item)
                    DO UPDATE SET households = poverty_deprivation.households + EXCLUDED.households""")) {
                for (Map.Entry<DeprivationCell, Long> entry : cells.entrySet()) {
                    DeprivationCell k = entry.getKey();
                    ps.setString(1, k.commune());
                    ps.setString(2, k.district());
                    ps.setString(3, k.former());
                    ps.setInt(4, k.listYear());
                    ps.setString(5, k.cell().status());
                    ps.setBoolean(6, k.cell().ethnicMinority());
                    ps.setString(7, k.cell().itemKind());
                    ps.setString(8, k.cell().item());
                    ps.setLong(9, entry.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO deprivation_label (indicator, dimension, name, list_year) VALUES (?, ?, ?, ?)
                    ON CONFLICT (indicator) DO UPDATE SET dimension = EXCLUDED.dimension, name = EXCLUDED.name,
                        list_year = EXCLUDED.list_year
                    WHERE deprivation_label.list_year <= EXCLUDED.list_year""")) {
                for (Map.Entry<String, Label> entry : labels.entrySet()) {
                    ps.setString(1, entry.getKey());
                    ps.setString(2, entry.getValue().dimension());
                    ps.setString(3, entry.getValue().name());
                    ps.setInt(4, entry.getValue().listYear());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        cells.clear();
        labels.clear();
    }

    @Override
    public void discard() {
        pending.get().clear();
        pendingDeprivations.get().clear();
        pendingLabels.get().clear();
    }

    private void total(TotalHouseholdsReported t) {
        em.createNativeQuery("""
                INSERT INTO resident_households (commune_code, year, former_district_code, total, ethnic_minority,
                    reported_on)
                VALUES (:commune, :year, :former, :total, :dtts, :on)
                ON CONFLICT (commune_code, year) DO UPDATE SET total = EXCLUDED.total,
                    ethnic_minority = EXCLUDED.ethnic_minority, reported_on = EXCLUDED.reported_on,
                    former_district_code = EXCLUDED.former_district_code""")
                .setParameter("commune", t.communeCode())
                .setParameter("year", t.year())
                .setParameter("former", FormerDistricts.of(t.communeCode(), t.districtCode()))
                .setParameter("total", t.totalHouseholds())
                .setParameter("dtts", t.ethnicMinorityHouseholds())
                .setParameter("on", t.reportedOn())
                .executeUpdate();
    }

    private static boolean listed(PovertyStatus s) {
        return s == PovertyStatus.POOR || s == PovertyStatus.NEAR_POOR;
    }

    private <T> T read(EventEnvelope event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (Exception e) {
            throw new PoisonEventException("unreadable " + event.type() + ": " + e.getMessage(), e);
        }
    }
}
