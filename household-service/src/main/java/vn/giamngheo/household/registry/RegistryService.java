package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.household.api.HouseholdInput;
import vn.giamngheo.household.api.HouseholdView;
import vn.giamngheo.household.api.OpeningBalanceRequest;
import vn.giamngheo.household.api.OpeningBalanceResult;
import vn.giamngheo.household.domain.EthnicMinority;
import vn.giamngheo.household.domain.Movements;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.review.RegistryWriter;
import vn.giamngheo.household.review.StatusChanges;
import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.events.payload.TotalHouseholdsReported;
import vn.giamngheo.platform.outbox.Outbox;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;
import vn.giamngheo.platform.web.security.Roles;

/**
 * The registry: the opening list, the communes' totals of resident households, and the households as each role
 * may see them. Personal data goes only to the officers who work with the households; another system sees codes
 * and statuses, and finds a person only by an identity number it names, with a purpose that is audited.
 */
@ApplicationScoped
@Transactional
public class RegistryService {

    private static final Set<String> PERSONAL_DATA_ROLES = Set.of(Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR,
            Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER);

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    RegistryWriter writer;

    @Inject
    StatusChanges statusChanges;

    @Inject
    PovertyStandards standards;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    IdempotencyKeys idempotency;

    /** Loads a recognised list as the households' starting status: the first review's movements start from it. */
    public IdempotencyKeys.Result<OpeningBalanceResult> openingBalance(String key,
            @Valid @NotNull(message = "an opening list is required") OpeningBalanceRequest request) {
        LocalDate date = request.decisionDate();
        UnitVersion commune = AdministrativeUnits.get().find(request.communeCode(), date)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "no commune has code "
                        + request.communeCode() + " on " + date));
        requireOfficer(request.communeCode(), date);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < request.households().size(); i++) {
            HouseholdInput in = request.households().get(i).household();
            if (in.members().stream().filter(m -> "HEAD".equals(m.relation())).count() != 1) {
                errors.add(new Problem.FieldError("households[" + i + "].household.members", "must have exactly one HEAD"));
            }
            for (HouseholdInput.MemberInput m : in.members()) {
                if (m.personalId() != null && !ids.add(m.personalId())) {
                    errors.add(new Problem.FieldError("households[" + i + "].household.members", "identity number "
                            + m.personalId() + " appears twice"));
                }
            }
        }
        if (!ids.isEmpty() && !em.createNativeQuery("SELECT 1 FROM household_member WHERE personal_id IN (:ids)")
                .setParameter("ids", ids).setMaxResults(1).getResultList().isEmpty()) {
            errors.add(new Problem.FieldError("households", "some identity numbers already belong to registered people"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        String standard = standards.forListYear(request.listYear()).map(s -> s.code()).orElseThrow(() ->
                ProblemException.invalidField("listYear", "no poverty standard applies to the list of "
                        + request.listYear()));
        return idempotency.once(key, "opening-balance", request, 201, OpeningBalanceResult.class, () -> {
            ReviewRound round = new ReviewRound();
            round.id = UUID.randomUUID();
            round.communeCode = request.communeCode();
            round.kind = ReviewRoundKind.OPENING_BALANCE;
            round.heldYear = request.listYear();
            round.listYear = request.listYear();
            round.standardCode = standard;
            round.areaType = commune.areaType();
            round.status = ReviewRound.Status.DECIDED;
            round.openedBy = caller.user();
            round.openedAt = now();
            round.decisionNumber = request.decisionNumber();
            round.decisionDate = date;
            round.decidedBy = caller.user();
            round.decidedAt = round.openedAt;
            round.persist();
            List<RegistryWriter.NewHousehold> created = new ArrayList<>();
            for (OpeningBalanceRequest.Entry e : request.households()) {
                HouseholdInput in = e.household();
                created.add(new RegistryWriter.NewHousehold(UUID.randomUUID(), HouseholdCodes.next(request.communeCode()),
                        request.communeCode(), in, EthnicMinority.household(in.members().stream()
                                .map(m -> new EthnicMinority.Person(m.relation(), m.ethnicity())).toList()),
                        e.status(), request.listYear(), Movements.listed(e.status()), commune.areaType()));
            }
            writer.households(created, caller.user(), round.openedAt);
            List<StatusChanges.Change> changes = new ArrayList<>();
            for (RegistryWriter.NewHousehold nh : created) {
                changes.add(new StatusChanges.Change(nh.id(), nh.code(), nh.ethnicMinority(),
                        nh.input().members().size(), null, nh.status(), MovementKind.OPENING_BALANCE));
            }
            String district = AdministrativeUnits.get().ancestorAt(request.communeCode(), UnitLevel.DISTRICT, date)
                    .map(UnitVersion::code).orElse(null);
            statusChanges.record(round, district, changes);
            audit.record("OPENING_BALANCE", "review-round", round.id.toString(), request.communeCode(), date, null,
                    Map.of("listYear", request.listYear(), "households", created.size()));
            return new OpeningBalanceResult(round.id, created.size(),
                    created.stream().map(RegistryWriter.NewHousehold::code).toList());
        });
    }

    /** The commune's total resident households for a year: it cannot be below what the registry holds. */
    public TotalHouseholds reportTotal(String communeCode, int year, long total, Long ethnicMinority) {
        // A code valid at the start of the year is read then; a commune formed during it (2025-07-01), at its end.
        LocalDate on = AdministrativeUnits.get().find(communeCode, LocalDate.of(year, 1, 1)).isPresent()
                ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        AdministrativeUnits.get().find(communeCode, on).filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.notFound("No commune has code " + communeCode + " in " + year + "."));
        requireOfficer(communeCode, on);
        long registered = Household.count("communeCode in ?1", AdministrativeUnits.get().codesHeldBy(communeCode, on));
        if (total < registered) {
            throw ProblemException.invalidField("totalHouseholds", "is " + total + " but the registry already holds "
                    + registered + " households of commune " + communeCode + "; the total counts every resident household");
        }
        if (ethnicMinority != null && ethnicMinority > total) {
            throw ProblemException.invalidField("ethnicMinorityHouseholds", "cannot exceed the total " + total);
        }
        TotalHouseholds t = TotalHouseholds.<TotalHouseholds>find("communeCode = ?1 and year = ?2", communeCode, year)
                .firstResultOptional().orElse(null);
        if (t != null && t.total == total && java.util.Objects.equals(t.ethnicMinority, ethnicMinority)) {
            // The same figures again (an app retrying its PUT): nothing changed, so nothing is published or audited.
            return t;
        }
        Object before = t == null ? null : Map.of("total", t.total);
        boolean first = t == null;
        if (first) {
            t = new TotalHouseholds();
            t.communeCode = communeCode;
            t.year = year;
        }
        t.total = total;
        t.ethnicMinority = ethnicMinority;
        t.reportedBy = caller.user();
        t.reportedAt = now();
        if (first) {
            t.persist();
        }
        String district = AdministrativeUnits.get().ancestorAt(communeCode, UnitLevel.DISTRICT, on)
                .map(UnitVersion::code).orElse(null);
        String province = AdministrativeUnits.get().ancestorAt(communeCode, UnitLevel.PROVINCE, on)
                .map(UnitVersion::code).orElseThrow();
        outbox.publish(Topics.HOUSEHOLD_EVENTS, "commune-year", communeCode + ":" + year,
                EventTypes.TOTAL_HOUSEHOLDS_REPORTED, new TotalHouseholdsReported(communeCode, district, province, year,
                        total, ethnicMinority, LocalDate.now()));
        audit.record("REPORT_TOTAL", "total-households", communeCode + ":" + year, communeCode, on, before,
                Map.of("total", total));
        return t;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalHouseholds total(String communeCode, int year) {
        caller.requireReader(communeCode, AdministrativeUnits.get()
                .latestValidDay(communeCode, LocalDate.of(year, 12, 31)).orElse(LocalDate.of(year, 12, 31)));
        return TotalHouseholds.<TotalHouseholds>find("communeCode = ?1 and year = ?2", communeCode, year)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Commune " + communeCode
                        + " has reported no total of resident households for " + year + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HouseholdView> list(String communeCode, String village, String status, Integer listYear, int page,
            int size) {
        caller.requireArea(communeCode, today(communeCode));
        // A commune formed by the 2025 reform holds the households registered under the communes it was formed from.
        StringBuilder q = new StringBuilder("communeCode in :communes");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("communes",
                AdministrativeUnits.get().codesHeldBy(communeCode, today(communeCode))));
        if (village != null) {
            q.append(" and village = :village");
            params.put("village", village);
        }
        if (listYear != null) {
            q.append(" and currentListYear = :year");
            params.put("year", listYear);
        }
        if (status != null) {
            q.append(" and currentStatus = :status");
            params.put("status", vn.giamngheo.platform.events.payload.PovertyStatus.valueOf(status));
        }
        return Household.<Household>find(q + " order by village, code", params).page(page, size).list().stream()
                .map(h -> view(h, false)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseholdView get(String code) {
        Household h = Household.byCode(code).orElseThrow(() -> ProblemException.notFound("There is no household " + code
                + "."));
        if (!caller.roles().contains(Roles.SYSTEM) && !caller.covers(h.communeCode, today(h.communeCode))) {
            // Officers of the commune that holds an ended commune's land now read its households too.
            LocalDate now = LocalDate.now();
            caller.requireArea(AdministrativeUnits.get().currentCode(h.communeCode, now).orElse(h.communeCode), now);
        }
        return view(h, true);
    }

    /** Another system finds a person's household by identity number; every look-up is audited with its purpose. */
    public HouseholdView lookup(String personalId, String purpose) {
        if (!caller.roles().contains(Roles.SYSTEM)) {
            throw ProblemException.forbidden("Look-ups by identity number are for authorised government systems.");
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT household_id FROM household_member WHERE personal_id = :id")
                .setParameter("id", personalId).getResultList();
        Household h = ids.isEmpty() ? null : Household.findById(ids.get(0));
        audit.record("LOOKUP_BY_PERSONAL_ID: " + purpose, "household", h == null ? "none" : h.code,
                h == null ? caller.area() : h.communeCode, LocalDate.now(), null,
                Map.of("found", h != null, "purpose", purpose));
        if (h == null) {
            throw ProblemException.notFound("No registered person has this identity number.");
        }
        return view(h, true);
    }

    private HouseholdView view(Household h, boolean withHistory) {
        boolean personal = caller.roles().stream().anyMatch(PERSONAL_DATA_ROLES::contains);
        List<HouseholdView.MemberView> members = personal ? Member.ofHousehold(h.id).stream()
                .map(m -> new HouseholdView.MemberView(m.fullName, m.birthYear, m.sex, m.ethnicity, m.relation,
                        m.disability, m.healthInsurance, m.personalId)).toList() : null;
        List<HouseholdView.HistoryEntry> history = withHistory ? StatusChange.ofHousehold(h.id).stream()
                .map(c -> new HouseholdView.HistoryEntry(c.listYear, c.roundKind.name(), c.decisionNumber,
                        c.decisionDate, c.standardCode, c.statusBefore, c.statusAfter, c.movement)).toList() : null;
        return new HouseholdView(h.code, h.communeCode, personal ? h.village : null, h.currentStatus,
                h.currentStatus.label(), h.currentListYear, h.ethnicMinority, h.memberCount,
                personal ? h.headName : null, members, history);
    }

    private void requireOfficer(String communeCode, LocalDate on) {
        if (caller.roles().stream().noneMatch(r -> r.equals(Roles.COMMUNE_OFFICER) || r.equals(Roles.DISTRICT_OFFICER)
                || r.equals(Roles.PROVINCE_OFFICER))) {
            throw ProblemException.forbidden("This is recorded by commune officers (or district and province officers"
                    + " for their area).");
        }
        caller.requireArea(communeCode, on);
    }

    /** Today, or for a commune that a reform ended, its last day: its households are still read through it. */
    private static LocalDate today(String communeCode) {
        return AdministrativeUnits.get().latestValidDay(communeCode, LocalDate.now()).orElse(LocalDate.now());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
