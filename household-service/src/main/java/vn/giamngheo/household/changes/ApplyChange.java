package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.ChangeRequest;
import vn.giamngheo.household.domain.EthnicMinority;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.HouseholdCodes;
import vn.giamngheo.household.domain.Member;
import vn.giamngheo.household.domain.Movements;
import vn.giamngheo.household.domain.Person;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.registry.AreaCommunes;
import vn.giamngheo.household.registry.HouseholdInput;
import vn.giamngheo.household.registry.PossibleDuplicates;
import vn.giamngheo.household.registry.StatusChanges.Decision;
import vn.giamngheo.household.registry.StatusChanges;
import vn.giamngheo.platform.events.payload.ChangeCause;
import vn.giamngheo.platform.events.payload.HouseholdDeprivationsRecognised.Standing;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.rules.Unaccented;

/**
 * Does what an approved change says, in the approval's transaction: the members, the household's head, size and DTTS
 * membership, the households a split or a merge makes or closes, and — where a listed household leaves a commune's
 * list or enters another's — the movement ({@code OTHER_DECREASE} / {@code OTHER_INCREASE}) with its events. Returns
 * what it did, kept on the request.
 */
@ApplicationScoped
public class ApplyChange {

    @Inject
    EntityManager em;

    @Inject
    StatusChanges statusChanges;

    @Inject
    PovertyStandards standards;

    @Inject
    PossibleDuplicates duplicates;

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> apply(ChangeRequest r, ChangeProposal p, Household h, LocalDate decisionDate,
            String decisionNumber, String user) {
        em.lock(h, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Map<String, Object> outcome = new LinkedHashMap<>();
        switch (r.kind) {
            case MEMBER_ADDED -> {
                outcome.put("memberId", add(h, p.member()));
                h.reviewDueSince = decisionDate;
                duplicates.flag(List.of(h.id));
            }
            case MEMBER_REMOVED -> {
                outcome.put("removed", remove(r, h, member(h, p.memberId()), p.reason(), p.newHeadMemberId()));
                em.flush();
                refresh(h);
                h.reviewDueSince = decisionDate;
            }
            case MEMBER_CORRECTED -> outcome.putAll(correct(h, member(h, p.memberId()), p.correction()));
            case SPLIT -> outcome.put("newHouseholdCode", split(h, p, decisionDate, user));
            case MERGE -> {
                Household into = Household.<Household>find("code", p.mergeInto()).withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResult();
                em.lock(into, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                // The movement carries the household as it leaves, members and all.
                leave(r, h, decisionDate, decisionNumber);
                merge(h, into, decisionDate);
                outcome.put("mergedInto", into.code);
            }
            case DISSOLVE, LEAVE_PROVINCE -> {
                leave(r, h, decisionDate, decisionNumber);
                List<Member> members = Member.ofHousehold(h.id);
                outcome.put("formerMembers", members.size());
                for (Member m : members) {
                    remove(r, h, m, r.reason, null);
                }
                em.flush();
                refresh(h);
            }
            case TRANSFER -> {
                outcome.put("from", AreaCommunes.holder(h.communeCode, decisionDate));
                transfer(r, h, p.destination(), decisionDate, decisionNumber);
                outcome.put("to", h.communeCode);
                duplicates.flag(List.of(h.id));
            }
        }
        return outcome;
    }

    private UUID add(Household h, HouseholdInput.MemberInput in) {
        Member m = new Member();
        m.id = UUID.randomUUID();
        m.householdId = h.id;
        m.fullName = in.fullName();
        m.nameFolded = Unaccented.fold(in.fullName());
        m.birthYear = in.birthYear();
        m.sex = in.sex();
        m.ethnicity = in.ethnicity();
        m.relation = in.relation();
        m.disability = in.hasDisability();
        m.healthInsurance = in.isInsured();
        m.personalId = in.personalId();
        m.persist();
        em.flush();
        refresh(h);
        return m.id;
    }

    /** Keeps the member as they were among the former members, and frees their identity number. */
    private Map<String, Object> remove(ChangeRequest r, Household h, Member m, String reason, UUID newHead) {
        Map<String, Object> was = m.asRecorded();
        em.createNativeQuery("""
                INSERT INTO former_member (id, household_id, full_name, birth_year, sex, ethnicity, relation,
                    personal_id, left_on, left_reason, change_request)
                VALUES (:id, :household, :name, :year, :sex, :ethnicity, :relation, :pid, :on, :reason, :request)""")
                .setParameter("id", m.id).setParameter("household", h.id).setParameter("name", m.fullName)
                .setParameter("year", m.birthYear).setParameter("sex", m.sex).setParameter("ethnicity", m.ethnicity)
                .setParameter("relation", m.relation).setParameter("pid", m.personalId)
                .setParameter("on", r.effectiveDate).setParameter("reason", reason).setParameter("request", r.id)
                .executeUpdate();
        m.delete();
        if (newHead != null) {
            member(h, newHead).relation = Person.HEAD;
        }
        return was;
    }

    private Map<String, Object> correct(Household h, Member m, ChangeProposal.Correction c) {
        Map<String, Object> before = m.asRecorded();
        if (c.fullName() != null) {
            m.fullName = c.fullName();
            m.nameFolded = Unaccented.fold(c.fullName());
        }
        if (c.birthYear() != null) {
            m.birthYear = c.birthYear();
        }
        if (c.sex() != null) {
            m.sex = c.sex();
        }
        if (c.ethnicity() != null) {
            m.ethnicity = c.ethnicity();
        }
        if (c.relation() != null) {
            m.relation = c.relation();
        }
        if (c.disability() != null) {
            m.disability = c.disability();
        }
        if (c.healthInsurance() != null) {
            m.healthInsurance = c.healthInsurance();
        }
        if (c.personalId() != null) {
            m.personalId = c.personalId();
        }
        em.flush();
        refresh(h);
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("before", before);
        done.put("after", m.asRecorded());
        return done;
    }

    /** The members who leave form a household of their own, on no list until a review classifies it. */
    private String split(Household h, ChangeProposal p, LocalDate on, String user) {
        Household n = new Household();
        n.id = UUID.randomUUID();
        n.communeCode = AreaCommunes.holder(h.communeCode, on);
        n.code = HouseholdCodes.next(n.communeCode);
        n.village = p.split().village();
        n.headName = "";
        n.currentStatus = PovertyStatus.NOT_POOR;
        n.everListed = false;
        n.reviewDueSince = on;
        n.createdAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        n.createdBy = user;
        n.persist();
        em.flush();
        for (UUID id : p.split().memberIds()) {
            Member m = member(h, id);
            m.householdId = n.id;
            m.relation = id.equals(p.split().headMemberId()) ? Person.HEAD
                    : Person.HEAD.equals(m.relation) ? "OTHER" : m.relation;
        }
        if (p.newHeadMemberId() != null) {
            member(h, p.newHeadMemberId()).relation = Person.HEAD;
        }
        em.flush();
        refresh(h);
        refresh(n);
        h.reviewDueSince = on;
        return n.code;
    }

    private void merge(Household h, Household into, LocalDate on) {
        for (Member m : Member.ofHousehold(h.id)) {
            m.householdId = into.id;
            if (Person.HEAD.equals(m.relation)) {
                m.relation = "OTHER";
            }
        }
        em.flush();
        refresh(h);
        refresh(into);
        into.reviewDueSince = on;
    }

    /** The household leaves its commune's lists as a whole: one "giảm khác" where it was listed. */
    private void leave(ChangeRequest r, Household h, LocalDate on, String number) {
        h.closedOn = on;
        h.closedReason = r.kind.name();
        h.reviewDueSince = null;
        Decision origin = decision(r, h, AreaCommunes.holder(h.communeCode, on), on, number);
        Standing counted = statusChanges.counted(h);
        h.countedStanding = null;
        statusChanges.record(origin, moves(h, MovementKind.OTHER_DECREASE), counted == null ? List.of()
                : List.of(new StatusChanges.StandingChange(h.code, counted, null, null)));
    }

    /**
     * The household keeps its class until the destination's next review: it leaves the origin's list by "giảm khác"
     * and enters the destination's by "tăng khác", each in its own commune; it keeps its code and its history.
     */
    private void transfer(ChangeRequest r, Household h, ChangeProposal.Destination to, LocalDate on, String number) {
        Decision origin = decision(r, h, AreaCommunes.holder(h.communeCode, on), on, number);
        Decision destination = decision(r, h, to.communeCode(), on, number);
        Standing counted = statusChanges.counted(h);
        statusChanges.record(origin, moves(h, MovementKind.OTHER_DECREASE), counted == null ? List.of()
                : List.of(new StatusChanges.StandingChange(h.code, counted, null, null)));
        h.communeCode = to.communeCode();
        h.village = to.village();
        // Its class stands as decided; the destination's next review compares under the destination's area type,
        // so a change there is the household's, not a reform's.
        h.lastAreaType = destination.areaType();
        statusChanges.record(destination, moves(h, MovementKind.OTHER_INCREASE), counted == null ? List.of()
                : List.of(new StatusChanges.StandingChange(h.code, null, counted, null)));
    }

    private static List<StatusChanges.Change> moves(Household h, MovementKind kind) {
        if (!Movements.listed(h.currentStatus)) {
            return List.of();
        }
        return List.of(StatusChanges.Change.of(h, h.currentStatus, h.currentStatus, kind, null, null, false));
    }

    /**
     * The decision on one commune's side. It amends the list the household is on now: that of the decision's year, or
     * the next year's once a periodic review has recognised that one (a move in December after the list of the next
     * year was decided leaves that list, not the ending one).
     */
    private Decision decision(ChangeRequest r, Household h, String commune, LocalDate on, String number) {
        int listYear = Math.max(on.getYear(), h.currentListYear == null ? 0 : h.currentListYear);
        UnitVersion unit = AdministrativeUnits.get().find(commune, on).orElseThrow();
        return new Decision(ChangeCause.CHANGE_REQUEST, r.id, null, listYear, commune, number, on,
                standards.forListYear(listYear).orElseThrow().code(), unit.areaType());
    }

    /** The household's head, size and DTTS membership from its members now. */
    private static void refresh(Household h) {
        List<Member> members = Member.ofHousehold(h.id);
        h.memberCount = members.size();
        members.stream().filter(m -> Person.HEAD.equals(m.relation)).findFirst().ifPresent(m -> h.headName = m.fullName);
        if (!members.isEmpty()) {
            h.ethnicMinority = EthnicMinority.household(members.stream()
                    .map(m -> new EthnicMinority.Person(m.relation, m.ethnicity)).toList());
        }
    }

    private static Member member(Household h, UUID id) {
        Member m = Member.findById(id);
        if (m == null || !m.householdId.equals(h.id)) {
            throw new IllegalStateException("member " + id + " left household " + h.code + " after the check");
        }
        return m;
    }
}
