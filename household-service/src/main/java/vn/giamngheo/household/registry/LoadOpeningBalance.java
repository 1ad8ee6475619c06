package vn.giamngheo.household.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.giamngheo.household.domain.HouseholdCodes;
import vn.giamngheo.household.domain.ListYear;
import vn.giamngheo.household.domain.Movements;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.ReviewRoundKind;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.idempotency.IdempotencyKeys;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.rules.NotInFuture;

/** Loads a recognised list as the households' starting status: the first review's movements start from it. */
@ApplicationScoped
@Transactional
public class LoadOpeningBalance {

    @Inject
    AccessPolicy access;

    @Inject
    NewHouseholdRules rules;

    @Inject
    RegistryWriter writer;

    @Inject
    StatusChanges statusChanges;

    @Inject
    PovertyStandards standards;

    @Inject
    AuditTrail audit;

    @Inject
    IdempotencyKeys idempotency;

    public IdempotencyKeys.Result<OpeningBalanceResult> load(String key,
            @Valid @NotNull(message = "an opening list is required") OpeningBalanceRequest request) {
        LocalDate date = request.decisionDate();
        // A list recognised earlier: not ahead of today (the platform's date reader has refused a date outside the
        // program's years already).
        if (!NotInFuture.holds(date, LocalDate.now())) {
            throw ProblemException.invalidField("decisionDate", "must not be in the future");
        }
        UnitVersion commune = AdministrativeUnits.get().find(request.communeCode(), date)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "no commune has code "
                        + request.communeCode() + " on " + date));
        access.require(AccessPolicy.Operation.LOAD_OPENING_BALANCE, request.communeCode(), date);
        requireNewHouseholds(request);
        PovertyStandard standard = standards.forListYear(request.listYear()).orElseThrow(() ->
                ProblemException.invalidField("listYear", "no poverty standard applies to the list of "
                        + request.listYear()));
        return idempotency.once(key, "opening-balance", request, 201, OpeningBalanceResult.class,
                () -> write(request, standard, commune));
    }

    /** The whole list is refused when any household breaks a rule: it was recognised as one. */
    private void requireNewHouseholds(OpeningBalanceRequest request) {
        NewHouseholdRules.Submission submission = rules.submission(request.households().stream()
                .map(e -> e.household().people()).toList());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.households().size(); i++) {
            HouseholdInput in = request.households().get(i).household();
            errors.addAll(submission.check("households[" + i + "].household.", in.people()));
            submission.claim(in.people());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }

    private OpeningBalanceResult write(OpeningBalanceRequest request, PovertyStandard standard, UnitVersion commune) {
        ReviewRound round = decidedRound(request, standard, commune);
        round.persist();
        List<RegistryWriter.NewHousehold> created = new ArrayList<>();
        List<StatusChanges.Change> changes = new ArrayList<>();
        for (OpeningBalanceRequest.Entry e : request.households()) {
            RegistryWriter.NewHousehold nh = RegistryWriter.NewHousehold.of(UUID.randomUUID(),
                    HouseholdCodes.next(round.communeCode), round.communeCode, e.household(), e.status(),
                    round.listYear, Movements.listed(e.status()), round.areaType);
            created.add(nh);
            changes.add(new StatusChanges.Change(nh.id(), nh.code(), nh.ethnicMinority(),
                    nh.input().members().size(), null, nh.status(), MovementKind.OPENING_BALANCE, null, null,
                    false));
        }
        writer.households(created, access.user(), round.openedAt);
        statusChanges.record(round, changes, List.of());
        audit.record("OPENING_BALANCE", "review-round", round.id.toString(), round.communeCode, round.decisionDate,
                null, Map.of("listYear", round.listYear, "households", created.size()));
        return new OpeningBalanceResult(round.id, created.size(),
                created.stream().map(RegistryWriter.NewHousehold::code).toList());
    }

    /** The list as a round decided when it was recognised. */
    private ReviewRound decidedRound(OpeningBalanceRequest request, PovertyStandard standard, UnitVersion commune) {
        ReviewRound round = new ReviewRound();
        round.id = UUID.randomUUID();
        round.communeCode = request.communeCode();
        round.kind = ReviewRoundKind.OPENING_BALANCE;
        round.heldYear = request.listYear();
        round.listYear = ListYear.producedBy(round.kind, round.heldYear);
        round.standardCode = standard.code();
        round.areaType = commune.areaType();
        round.status = ReviewRound.Status.DECIDED;
        round.openedBy = access.user();
        round.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        round.decisionNumber = request.decisionNumber();
        round.decisionDate = request.decisionDate();
        round.decidedBy = access.user();
        round.decidedAt = round.openedAt;
        return round;
    }
}
