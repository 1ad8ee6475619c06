package vn.giamngheo.household.api;

import vn.giamngheo.household.domain.Household;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.registry.HouseholdRecord;
import vn.giamngheo.household.review.RoundSummary;
import vn.giamngheo.platform.events.payload.ChangeCause;

/** Maps the use cases' results to what the API answers with. */
final class Views {

    private Views() {
    }

    static HouseholdView household(HouseholdRecord r) {
        Household h = r.household();
        boolean personal = r.personal();
        return new HouseholdView(h.code, h.communeCode, personal ? h.village : null, h.currentStatus,
                h.currentStatus.label(), h.currentListYear, h.ethnicMinority, h.memberCount,
                personal ? h.headName : null,
                r.members() == null ? null : r.members().stream()
                        .map(m -> new HouseholdView.MemberView(m.id, m.fullName, m.birthYear, m.sex, m.ethnicity,
                                m.relation, m.disability, m.healthInsurance, m.personalId)).toList(),
                r.history() == null ? null : r.history().stream()
                        .map(c -> new HouseholdView.HistoryEntry(c.listYear, c.roundKind == null ? null
                                : c.roundKind.name(), c.decisionNumber, c.decisionDate, c.standardCode,
                                c.statusBefore, c.statusAfter, c.movement, c.communeCode,
                                c.cause == null ? ChangeCause.of(c.roundKind) : c.cause, c.changeRequest)).toList(),
                h.version, h.closedOn, h.closedReason, h.reviewDueSince,
                r.changes() == null ? null : r.changes().stream()
                        .map(c -> new HouseholdView.ChangeEntry(c.id, c.kind, c.kind.label(), c.reason,
                                c.effectiveDate, c.status.name(), c.decisionDate, c.proposedBy,
                                c.rejectedBy != null ? c.rejectedBy : c.acceptedBy != null ? c.acceptedBy
                                        : c.approvedBy)).toList());
    }

    static RoundView round(RoundSummary s) {
        ReviewRound round = s.round();
        return new RoundView(round.id, round.communeCode, s.communeName(), round.kind, round.heldYear, round.month,
                round.listYear, round.standardCode, round.areaType, round.status.name(), round.firstDay(),
                round.lastDay(), round.decisionNumber, round.decisionDate, round.decidedBy, s.reviewsByStatus());
    }
}
