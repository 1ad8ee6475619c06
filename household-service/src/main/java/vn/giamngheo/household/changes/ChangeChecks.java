package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.giamngheo.household.domain.ChangeKind;
import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.RuleViolation;
import vn.giamngheo.household.registry.NewHouseholdRules;
import vn.giamngheo.household.registry.AreaCommunes;

/**
 * What a change must find in the registry, when it is proposed and again when it is approved: an identity number no
 * other member holds, a household to merge into in the same commune, a destination commune of the same province.
 */
@ApplicationScoped
public class ChangeChecks {

    @Inject
    NewHouseholdRules householdRules;

    public List<RuleViolation> registry(ChangeProposal p, ChangeKind kind, Household h, String commune,
            LocalDate on) {
        List<RuleViolation> v = new ArrayList<>();
        switch (kind) {
            case MEMBER_ADDED -> identity(p.member() == null ? null : p.member().personalId(), null,
                    "member.personalId", v);
            case MEMBER_CORRECTED -> identity(p.correction() == null ? null : p.correction().personalId(),
                    p.memberId(), "correction.personalId", v);
            case MERGE -> {
                Household into = p.mergeInto() == null ? null : Household.byCode(p.mergeInto()).orElse(null);
                if (into == null) {
                    v.add(new RuleViolation("mergeInto", "no household has code " + p.mergeInto()));
                } else if (into.closedOn != null) {
                    v.add(new RuleViolation("mergeInto", "household " + into.code + " no longer exists since "
                            + into.closedOn));
                } else if (!AreaCommunes.holder(into.communeCode, on).equals(commune)) {
                    v.add(new RuleViolation("mergeInto", "household " + into.code + " is in another commune: move"
                            + " the household there first (TRANSFER)"));
                } else if (into.id.equals(h.id)) {
                    v.add(new RuleViolation("mergeInto", "is the household itself"));
                }
            }
            case TRANSFER -> {
                if (p.destination() != null) {
                    String to = p.destination().communeCode();
                    if (to.equals(commune)) {
                        v.add(new RuleViolation("destination.communeCode", "is the household's own commune: a transfer"
                                + " goes to another commune of the province"));
                    } else if (ProposeChanges.destination(to, commune, on).isEmpty()) {
                        v.add(new RuleViolation("destination.communeCode", "no commune of the province has code " + to
                                + " on " + on + ": a household leaving the province is LEAVE_PROVINCE"));
                    }
                }
            }
            default -> {
            }
        }
        return v;
    }

    /** The number held by no member but {@code self} (a correction that repeats a member's own number). */
    private void identity(String personalId, java.util.UUID self, String field, List<RuleViolation> v) {
        if (personalId == null) {
            return;
        }
        String holder = householdRules.holders(List.of(personalId), self).get(personalId);
        if (holder != null) {
            v.add(new RuleViolation(field, "identity number " + personalId + " already belongs to a member of"
                    + " household " + holder + ": a person is in one household at a time — remove them"
                    + " there first (MEMBER_REMOVED, MOVED_OUT)"));
        }
    }
}
