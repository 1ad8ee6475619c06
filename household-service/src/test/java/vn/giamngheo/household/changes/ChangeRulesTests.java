package vn.giamngheo.household.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.household.domain.ChangeKind;
import vn.giamngheo.household.domain.RuleViolation;
import vn.giamngheo.household.registry.HouseholdInput;

class ChangeRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    // A household of a head (H), a spouse (S) and a child (C); X is nobody of it.
    private static final UUID H = UUID.randomUUID();
    private static final UUID S = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID X = UUID.randomUUID();
    private static final List<ChangeRules.Current> FAMILY = List.of(new ChangeRules.Current(H, "HEAD"),
            new ChangeRules.Current(S, "SPOUSE"), new ChangeRules.Current(C, "CHILD"));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // kind          | case                                   | the field at fault, or none
            "MEMBER_ADDED    | a child is born                        | ",
            "MEMBER_ADDED    | a second head                          | member.relation",
            "MEMBER_ADDED    | nobody named                           | member",
            "MEMBER_ADDED    | a reason of another kind               | reason",
            "MEMBER_ADDED    | a day still to come                    | effectiveDate",
            "MEMBER_REMOVED  | the child dies                         | ",
            "MEMBER_REMOVED  | the head dies, the spouse heads        | ",
            "MEMBER_REMOVED  | the head dies, no new head             | newHeadMemberId",
            "MEMBER_REMOVED  | the head dies and heads                | newHeadMemberId",
            "MEMBER_REMOVED  | a stranger                             | memberId",
            "MEMBER_REMOVED  | a new head though the head stays       | newHeadMemberId",
            "MEMBER_CORRECTED| the child's name                       | ",
            "MEMBER_CORRECTED| nothing corrected                      | correction",
            "MEMBER_CORRECTED| the head's relation                    | correction.relation",
            "SPLIT           | the child leaves                       | ",
            "SPLIT           | everyone leaves                        | split.memberIds",
            "SPLIT           | the child leaves, headed by the spouse | split.headMemberId",
            "SPLIT           | a stranger leaves                      | split.memberIds[1]",
            "SPLIT           | the head leaves, nobody heads          | newHeadMemberId",
            "SPLIT           | the head leaves, the spouse heads      | ",
            "SPLIT           | the child leaves, a new head anyway    | newHeadMemberId",
            "MERGE           | into another household                 | ",
            "MERGE           | into itself                            | mergeInto",
            "TRANSFER        | to another commune                     | ",
            "TRANSFER        | nowhere                                | destination",
            "DISSOLVE        | all moved away                         | ",
            "LEAVE_PROVINCE  | moved                                  | ",
    })
    void shouldSayWhatAChangeLacks(String kind, String situation, String field) {
        List<RuleViolation> violations = ChangeRules.check(proposal(ChangeKind.valueOf(kind), situation),
                ChangeKind.valueOf(kind), FAMILY, TODAY);
        if (field == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(RuleViolation::field).containsExactly(field);
        }
    }

    private static ChangeProposal proposal(ChangeKind kind, String situation) {
        String reason = situation.equals("a reason of another kind") ? "DEATH" : kind.reasons().get(0);
        LocalDate on = situation.equals("a day still to come") ? TODAY.plusDays(1) : TODAY.minusDays(3);
        HouseholdInput.MemberInput member = switch (situation) {
            case "a child is born", "a reason of another kind", "a day still to come" -> person("CHILD");
            case "a second head" -> person("HEAD");
            default -> null;
        };
        UUID memberId = switch (situation) {
            case "the child dies", "the child's name", "nothing corrected" -> C;
            case "the head dies, the spouse heads", "the head dies, no new head", "the head dies and heads",
                    "the head's relation" -> H;
            case "a stranger" -> X;
            case "a new head though the head stays" -> S;
            default -> null;
        };
        UUID newHead = switch (situation) {
            case "the head dies, the spouse heads", "a new head though the head stays",
                    "the head leaves, the spouse heads", "the child leaves, a new head anyway" -> S;
            case "the head dies and heads" -> H;
            default -> null;
        };
        ChangeProposal.Correction correction = switch (situation) {
            case "the child's name" -> new ChangeProposal.Correction("Nông Văn Thắng", null, null, null, null, null,
                    null, null);
            case "nothing corrected" -> new ChangeProposal.Correction(null, null, null, null, null, null, null, null);
            case "the head's relation" -> new ChangeProposal.Correction(null, null, null, null, "OTHER", null, null,
                    null);
            default -> null;
        };
        ChangeProposal.Split split = switch (situation) {
            case "the child leaves", "the child leaves, a new head anyway" ->
                new ChangeProposal.Split(List.of(C), C, "Bản Giốc");
            case "everyone leaves" -> new ChangeProposal.Split(List.of(H, S, C), C, "Bản Giốc");
            case "the child leaves, headed by the spouse" -> new ChangeProposal.Split(List.of(C), S, "Bản Giốc");
            case "a stranger leaves" -> new ChangeProposal.Split(List.of(C, X), C, "Bản Giốc");
            case "the head leaves, nobody heads", "the head leaves, the spouse heads" ->
                new ChangeProposal.Split(List.of(H), H, "Bản Giốc");
            default -> null;
        };
        String mergeInto = switch (situation) {
            case "into another household" -> "99001-ABCDEFGHJK";
            case "into itself" -> "99001-MNPQRSTUVW";
            default -> null;
        };
        ChangeProposal.Destination destination = situation.equals("to another commune")
                ? new ChangeProposal.Destination("99002", "Xóm Nà Rầy") : null;
        return new ChangeProposal("99001-MNPQRSTUVW", 0, kind.name(), reason, on, null, member, memberId, newHead,
                correction, split, mergeInto, destination);
    }

    private static HouseholdInput.MemberInput person(String relation) {
        return new HouseholdInput.MemberInput("Nông Thị Mai", 2026, "FEMALE", "Tày", relation, null, true, null);
    }
}
