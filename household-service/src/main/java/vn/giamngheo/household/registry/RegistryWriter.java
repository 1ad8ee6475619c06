package vn.giamngheo.household.registry;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

/**
 * Writes many households, members and reviews in one round trip per table: JDBC batches on the transaction's own
 * connection, rewritten by the driver into multi-row inserts. A province-sized review season is hundreds of
 * thousands of rows; one statement per row would not keep up. New households' members without an identity number are
 * flagged where they may be people the registry already holds.
 */
@ApplicationScoped
public class RegistryWriter {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    PossibleDuplicates duplicates;

    /** A new household with its members. */
    public record NewHousehold(UUID id, String code, String communeCode, HouseholdInput input, boolean ethnicMinority,
            PovertyStatus status, Integer listYear, boolean everListed, AreaType areaType) {

        /** A household as the input describes it, with the status it starts with and the list that gave it. */
        public static NewHousehold of(UUID id, String code, String communeCode, HouseholdInput input,
                PovertyStatus status, Integer listYear, boolean everListed, AreaType areaType) {
            return new NewHousehold(id, code, communeCode, input, input.ethnicMinority(), status, listYear,
                    everListed, areaType);
        }
    }

    /** A submitted (or returned) review. */
    public record NewReview(UUID id, UUID roundId, UUID householdId, String status, LocalDate surveyDate, Long income,
            Integer scoreA, List<String> deprived, Integer scoreB, BigDecimal meetingShare, PovertyStatus computed,
            boolean lowIncomeWorker, String basis, String explanationVi, String explanationEn, String returnReason,
            String standardVersion) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void households(List<NewHousehold> households, String user, OffsetDateTime now) {
        if (households.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement h = c.prepareStatement("""
                    INSERT INTO household (id, code, commune_code, village, head_name, ethnic_minority, member_count,
                        current_status, current_list_year, ever_listed, last_area_type, created_at, created_by, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
                    PreparedStatement m = c.prepareStatement("""
                            INSERT INTO household_member (id, household_id, full_name, birth_year, sex, ethnicity,
                                relation, disability, health_insurance, personal_id, name_folded)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewHousehold nh : households) {
                    HouseholdInput in = nh.input();
                    h.setObject(1, nh.id());
                    h.setString(2, nh.code());
                    h.setString(3, nh.communeCode());
                    h.setString(4, in.village());
                    h.setString(5, in.head() == null ? in.members().get(0).fullName() : in.head().fullName());
                    h.setBoolean(6, nh.ethnicMinority());
                    h.setInt(7, in.members().size());
                    h.setString(8, nh.status().name());
                    h.setObject(9, nh.listYear());
                    h.setBoolean(10, nh.everListed());
                    h.setString(11, nh.areaType() == null ? null : nh.areaType().name());
                    h.setTimestamp(12, Timestamp.from(now.toInstant()));
                    h.setString(13, user);
                    h.addBatch();
                    for (HouseholdInput.MemberInput mi : in.members()) {
                        m.setObject(1, UUID.randomUUID());
                        m.setObject(2, nh.id());
                        m.setString(3, mi.fullName());
                        m.setInt(4, mi.birthYear());
                        m.setString(5, mi.sex());
                        m.setString(6, mi.ethnicity());
                        m.setString(7, mi.relation());
                        m.setBoolean(8, mi.hasDisability());
                        m.setBoolean(9, mi.isInsured());
                        m.setString(10, mi.personalId());
                        m.setString(11, vn.giamngheo.platform.web.rules.Unaccented.fold(mi.fullName()));
                        m.addBatch();
                    }
                }
                h.executeBatch();
                m.executeBatch();
            }
        });
        duplicates.flag(households.stream().map(NewHousehold::id).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviews(List<NewReview> reviews, String user, OffsetDateTime now) {
        if (reviews.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            // A returned review may be submitted again after the re-survey: it replaces the returned one.
            try (PreparedStatement r = c.prepareStatement("""
                    INSERT INTO review (id, round_id, household_id, status, survey_date, income_vnd, score_a, deprived,
                        score_b, meeting_agree_share, computed_status, low_income_worker, decided_by_basis,
                        explanation_vi, explanation_en, submitted_by, submitted_at, return_reason, standard_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (round_id, household_id) DO UPDATE SET
                        id = EXCLUDED.id, status = EXCLUDED.status, survey_date = EXCLUDED.survey_date,
                        income_vnd = EXCLUDED.income_vnd, score_a = EXCLUDED.score_a, deprived = EXCLUDED.deprived,
                        score_b = EXCLUDED.score_b, meeting_agree_share = EXCLUDED.meeting_agree_share,
                        computed_status = EXCLUDED.computed_status, low_income_worker = EXCLUDED.low_income_worker,
                        decided_by_basis = EXCLUDED.decided_by_basis, explanation_vi = EXCLUDED.explanation_vi,
                        explanation_en = EXCLUDED.explanation_en, submitted_by = EXCLUDED.submitted_by,
                        submitted_at = EXCLUDED.submitted_at, return_reason = EXCLUDED.return_reason,
                        standard_version = EXCLUDED.standard_version
                    WHERE review.status = 'RETURNED'""")) {
                for (NewReview nr : reviews) {
                    r.setObject(1, nr.id());
                    r.setObject(2, nr.roundId());
                    r.setObject(3, nr.householdId());
                    r.setString(4, nr.status());
                    r.setDate(5, Date.valueOf(nr.surveyDate()));
                    r.setObject(6, nr.income());
                    r.setObject(7, nr.scoreA());
                    r.setString(8, json(nr.deprived()));
                    r.setObject(9, nr.scoreB());
                    r.setBigDecimal(10, nr.meetingShare());
                    r.setString(11, nr.computed().name());
                    r.setBoolean(12, nr.lowIncomeWorker());
                    r.setString(13, nr.basis());
                    r.setString(14, nr.explanationVi());
                    r.setString(15, nr.explanationEn());
                    r.setString(16, user);
                    r.setTimestamp(17, Timestamp.from(now.toInstant()));
                    r.setString(18, nr.returnReason());
                    r.setString(19, nr.standardVersion());
                    r.addBatch();
                }
                r.executeBatch();
            }
        });
    }

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
