package vn.giamngheo.household.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.giamngheo.household.domain.ChangeKind;
import vn.giamngheo.household.domain.Person;
import vn.giamngheo.household.domain.RuleViolation;

/**
 * What a proposed change must say, given the household's members today: the reason its kind allows, a day that has
 * come, the members it names among the household's, one head before and after, somebody left behind by a split, and
 * a destination in another commune. Pure: the registry's look-ups (identity numbers, the household merged into, the
 * destination commune) are checked by the use case.
 */
public final class ChangeRules {

    /** A member of the household as the rules see them. */
    public record Current(UUID id, String relation) {
    }

    private ChangeRules() {
    }

    public static List<RuleViolation> check(ChangeProposal p, ChangeKind kind, List<Current> members, LocalDate today) {
        List<RuleViolation> v = new ArrayList<>();
        if (!kind.reasons().contains(p.reason())) {
            v.add(new RuleViolation("reason", "must be one of " + String.join(", ", kind.reasons()) + " for " + kind));
        }
        if (p.effectiveDate().isAfter(today)) {
            v.add(new RuleViolation("effectiveDate", "is after today: record a change once it has happened"));
        }
        Map<UUID, Current> byId = members.stream().collect(Collectors.toMap(Current::id, Function.identity()));
        switch (kind) {
            case MEMBER_ADDED -> {
                if (p.member() == null) {
                    v.add(new RuleViolation("member", "is required: the person who joins the household"));
                } else if (Person.HEAD.equals(p.member().relation())) {
                    v.add(new RuleViolation("member.relation", "the household has a head: a new member joins as"
                            + " SPOUSE, CHILD, PARENT, GRANDCHILD or OTHER"));
                }
            }
            case MEMBER_REMOVED -> member(p.memberId(), byId, "memberId", v).ifPresent(m -> {
                if (members.size() == 1) {
                    v.add(new RuleViolation("memberId", "is the household's only member: propose DISSOLVE instead"));
                } else if (m.relation().equals(Person.HEAD)) {
                    member(p.newHeadMemberId(), byId, "newHeadMemberId", v).filter(h -> h.id().equals(m.id()))
                            .ifPresent(h -> v.add(new RuleViolation("newHeadMemberId",
                                    "must be another member: the head is the one who leaves")));
                } else if (p.newHeadMemberId() != null) {
                    v.add(new RuleViolation("newHeadMemberId", "is only for when the head leaves"));
                }
            });
            case MEMBER_CORRECTED -> member(p.memberId(), byId, "memberId", v).ifPresent(m -> {
                if (p.correction() == null || p.correction().isEmpty()) {
                    v.add(new RuleViolation("correction", "must give at least one corrected field"));
                } else if (p.correction().relation() != null && m.relation().equals(Person.HEAD)) {
                    v.add(new RuleViolation("correction.relation", "is the head's: the head changes only when the"
                            + " head leaves (MEMBER_REMOVED with newHeadMemberId) or by a split"));
                }
            });
            case SPLIT -> split(p, members, byId, v);
            case MERGE -> {
                if (p.mergeInto() == null || p.mergeInto().isBlank()) {
                    v.add(new RuleViolation("mergeInto", "is required: the code of the household it joins"));
                } else if (p.mergeInto().equals(p.householdCode())) {
                    v.add(new RuleViolation("mergeInto", "is the household itself"));
                }
            }
            case TRANSFER -> {
                if (p.destination() == null) {
                    v.add(new RuleViolation("destination", "is required: the commune and village it moves to"));
                }
            }
            case DISSOLVE, LEAVE_PROVINCE -> {
            }
        }
        return v;
    }

    private static void split(ChangeProposal p, List<Current> members, Map<UUID, Current> byId,
            List<RuleViolation> v) {
        if (p.split() == null) {
            v.add(new RuleViolation("split", "is required: the members who leave, their head and village"));
            return;
        }
        Set<UUID> leaving = new HashSet<>();
        for (int i = 0; i < p.split().memberIds().size(); i++) {
            UUID id = p.split().memberIds().get(i);
            if (!byId.containsKey(id)) {
                v.add(new RuleViolation("split.memberIds[" + i + "]", "is not a member of household "
                        + p.householdCode()));
            } else if (!leaving.add(id)) {
                v.add(new RuleViolation("split.memberIds[" + i + "]", "is named twice"));
            }
        }
        if (leaving.size() == members.size()) {
            v.add(new RuleViolation("split.memberIds", "would leave nobody behind: a split keeps at least one member"
                    + " in the household"));
            return;
        }
        if (!leaving.contains(p.split().headMemberId())) {
            v.add(new RuleViolation("split.headMemberId", "must be one of the members who leave"));
        }
        boolean headLeaves = members.stream().anyMatch(m -> m.relation().equals(Person.HEAD)
                && leaving.contains(m.id()));
        if (headLeaves) {
            member(p.newHeadMemberId(), byId, "newHeadMemberId", v).filter(h -> leaving.contains(h.id()))
                    .ifPresent(h -> v.add(new RuleViolation("newHeadMemberId", "must be a member who stays: the"
                            + " head leaves with the split")));
        } else if (p.newHeadMemberId() != null) {
            v.add(new RuleViolation("newHeadMemberId", "is only for when the head leaves with the split"));
        }
    }

    private static Optional<Current> member(UUID id, Map<UUID, Current> byId, String field, List<RuleViolation> v) {
        if (id == null) {
            v.add(new RuleViolation(field, "is required"));
            return Optional.empty();
        }
        Current m = byId.get(id);
        if (m == null) {
            v.add(new RuleViolation(field, "is not a member of the household"));
        }
        return Optional.ofNullable(m);
    }
}
