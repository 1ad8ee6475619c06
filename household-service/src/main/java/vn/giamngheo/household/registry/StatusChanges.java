package vn.giamngheo.household.registry;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.HouseholdStatusChangedV2;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.AreaType;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;

/**
 * Records recognised changes in the households' history and publishes each through the outbox, in the decision's
 * transaction. The event carries the commune's district and province as they were on the decision date.
 */
@ApplicationScoped
public class StatusChanges {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    /**
     * A household's recognised change: the household (its id, its pseudonymous code, what the event says of it),
     * the status before (null if on no list), after, the movement, and — when a survey decided it — the indicators
     * it was found deprived on, the version of the standards data that classified it, and whether it counts as
     * real movement only because an indicator of the previous standard alone was not asked.
     */
    public record Change(UUID householdId, String code, boolean ethnicMinority, int memberCount, PovertyStatus before,
            PovertyStatus after, MovementKind movement, List<String> deprivedIndicators, String standardVersion,
            boolean standardChangeUnverified) {

        public static Change of(Household h, PovertyStatus before, PovertyStatus after, MovementKind movement,
                List<String> deprivedIndicators, String standardVersion, boolean standardChangeUnverified) {
            return new Change(h.id, h.code, h.ethnicMinority, h.memberCount, before, after, movement,
                    deprivedIndicators, standardVersion, standardChangeUnverified);
        }
    }

    /**
     * A recognised review's standing in the deprivation structure that differs from the one the household counted
     * with ({@code before}, null when none was published), for the household of that pseudonymous code.
     */
    public record StandingChange(String code, Standing before, Standing after, String standardVersion) {
    }

    /** The standing last published for the household, or null when none was. */
    public Standing counted(Household h) {
        if (h.countedStanding == null) {
            return null;
        }
        try {
            return mapper.readValue(h.countedStanding, Standing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("household " + h.code + " keeps an unreadable counted standing", e);
        }
    }

    /** Keeps the standing a review gave the household: the next published one takes it out of the counts. */
    public void count(Household h, Standing standing) {
        try {
            h.countedStanding = mapper.writeValueAsString(standing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What recognised the changes: a decided round, or an approved request between reviews (a move is two: the origin
     * commune's and the destination's), with the list it amends and the standard and area type of that list.
     */
    public record Decision(ChangeCause cause, UUID causeId, ReviewRoundKind roundKind, int listYear,
            String communeCode, String decisionNumber, LocalDate decisionDate, String standardCode,
            AreaType areaType) {

        public static Decision of(ReviewRound round) {
            return new Decision(ChangeCause.of(round.kind), round.id, round.kind, round.listYear, round.communeCode,
                    round.decisionNumber, round.decisionDate, round.standardCode, round.areaType);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReviewRound round, List<Change> changes, List<StandingChange> standings) {
        record(Decision.of(round), changes, standings);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Decision round, List<Change> changes, List<StandingChange> standings) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String districtCode = AdministrativeUnits.get().ancestorAt(round.communeCode(), UnitLevel.DISTRICT,
                round.decisionDate()).map(UnitVersion::code).orElse(null);
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO status_change (id, household_id, list_year, round_id, round_kind, decision_number,
                        decision_date, standard_code, area_type, commune_code, district_code, status_before,
                        status_after, movement, created_at, cause, change_request)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                boolean byRound = round.roundKind() != null;
                for (Change ch : changes) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, ch.householdId());
                    ps.setInt(3, round.listYear());
                    ps.setObject(4, byRound ? round.causeId() : null);
                    ps.setString(5, byRound ? round.roundKind().name() : null);
                    ps.setString(6, round.decisionNumber());
                    ps.setDate(7, Date.valueOf(round.decisionDate()));
                    ps.setString(8, round.standardCode());
                    ps.setString(9, round.areaType().name());
                    ps.setString(10, round.communeCode());
                    ps.setString(11, districtCode);
                    ps.setString(12, ch.before() == null ? null : ch.before().name());
                    ps.setString(13, ch.after().name());
                    ps.setString(14, ch.movement().name());
                    ps.setTimestamp(15, Timestamp.from(now.toInstant()));
                    ps.setString(16, round.cause().name());
                    ps.setObject(17, byRound ? null : round.causeId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        String province = AdministrativeUnits.get().ancestorAt(round.communeCode(), UnitLevel.PROVINCE,
                round.decisionDate()).map(UnitVersion::code).orElseThrow();
        for (Change ch : changes) {
            outbox.publish(Topics.HOUSEHOLD_EVENTS, "household", ch.code(), EventTypes.HOUSEHOLD_STATUS_CHANGED_V2,
                    new HouseholdStatusChangedV2(ch.code(), round.communeCode(), districtCode, province,
                            round.areaType(), round.listYear(), round.cause(), round.causeId().toString(),
                            round.decisionNumber(), round.decisionDate(), round.standardCode(), ch.standardVersion(),
                            ch.before(), ch.after(), ch.movement(), ch.ethnicMinority(), ch.memberCount(),
                            ch.deprivedIndicators(), ch.standardChangeUnverified()));
        }
        for (StandingChange st : standings) {
            outbox.publish(Topics.HOUSEHOLD_EVENTS, "household", st.code(),
                    EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2, new HouseholdDeprivationsRecognised(st.code(),
                            round.communeCode(), districtCode, province, round.listYear(), round.cause(),
                            round.causeId().toString(), round.decisionDate(), round.standardCode(),
                            st.standardVersion(), st.before(), st.after()));
        }
    }
}
