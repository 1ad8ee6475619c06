package vn.giamngheo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.plan.domain.PlanWorkflow.ApprovalRefusal;
import vn.giamngheo.plan.domain.PlanWorkflow.Transition;

/**
 * Every (state, step, role) of the plan workflow, allowed or refused: authors edit, submit and revise, the chair
 * returns and approves, nobody else takes a step, and each step only from its state.
 */
class PlanWorkflowTests {

    private static final List<String> ROLES = List.of("commune-officer", "commune-chair", "district-officer",
            "district-chair", "province-officer", "province-chair", "finance-officer", "system", "auditor");

    /** A cell is the state the step leaves the version in, {@code role} (the role never takes it) or {@code state}. */
    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource({
            // state, step, commune-officer, commune-chair, district-officer, district-chair, province-officer,
            // province-chair, finance-officer, system, auditor
            "DRAFT,      EDIT,     DRAFT,      role,      DRAFT,      role,      DRAFT,      role,      role,  role,  role",
            "DRAFT,      SUBMIT,   SUBMITTED,  role,      SUBMITTED,  role,      SUBMITTED,  role,      role,  role,  role",
            "DRAFT,      RETURN,   role,       state,     role,       state,     role,       state,     role,  role,  role",
            "DRAFT,      APPROVE,  role,       state,     role,       state,     role,       state,     role,  role,  role",
            "DRAFT,      REVISE,   state,      role,      state,      role,      state,      role,      role,  role,  role",
            "SUBMITTED,  EDIT,     state,      role,      state,      role,      state,      role,      role,  role,  role",
            "SUBMITTED,  SUBMIT,   state,      role,      state,      role,      state,      role,      role,  role,  role",
            "SUBMITTED,  RETURN,   role,       DRAFT,     role,       DRAFT,     role,       DRAFT,     role,  role,  role",
            "SUBMITTED,  APPROVE,  role,       APPROVED,  role,       APPROVED,  role,       APPROVED,  role,  role,  role",
            "SUBMITTED,  REVISE,   state,      role,      state,      role,      state,      role,      role,  role,  role",
            "APPROVED,   EDIT,     state,      role,      state,      role,      state,      role,      role,  role,  role",
            "APPROVED,   SUBMIT,   state,      role,      state,      role,      state,      role,      role,  role,  role",
            "APPROVED,   RETURN,   role,       state,     role,       state,     role,       state,     role,  role,  role",
            "APPROVED,   APPROVE,  role,       state,     role,       state,     role,       state,     role,  role,  role",
            "APPROVED,   REVISE,   DRAFT,      role,      DRAFT,      role,      DRAFT,      role,      role,  role,  role"})
    void shouldAllowEachStepOnlyToItsActorFromItsState(PlanStatus state, Transition step, String communeOfficer,
            String communeChair, String districtOfficer, String districtChair, String provinceOfficer,
            String provinceChair, String financeOfficer, String system, String auditor) {
        List<String> expected = List.of(communeOfficer, communeChair, districtOfficer, districtChair, provinceOfficer,
                provinceChair, financeOfficer, system, auditor);
        for (int i = 0; i < ROLES.size(); i++) {
            assertThat(cell(PlanWorkflow.decide(state, step, Set.of(ROLES.get(i)))))
                    .as(step + " from " + state + " by " + ROLES.get(i)).isEqualTo(expected.get(i));
        }
    }

    @ParameterizedTest(name = "approved on {0} with {1} error(s), acknowledged {2}, reason ''{3}'' → {4}")
    @CsvSource(nullValues = "none", value = {
            // approval date, errors, acknowledged, reason, refusal
            "2024-06-01, 0, false, none,                 none",
            "2024-06-30, 0, false, none,                 none",
            "2024-07-01, 0, false, none,                 DATED_IN_FUTURE",
            "2024-07-01, 3, true,  'Đã xem xét sai lệch', DATED_IN_FUTURE",
            "2024-06-01, 3, false, 'Đã xem xét sai lệch', FINDINGS_NOT_ACKNOWLEDGED",
            "2024-06-01, 3, true,  none,                 FINDINGS_NOT_ACKNOWLEDGED",
            "2024-06-01, 3, true,  '  ngắn quá   ',      FINDINGS_NOT_ACKNOWLEDGED",
            "2024-06-01, 3, true,  'đủ mười ký',         none",
            "2024-06-01, 1, true,  'Đã xem xét sai lệch', none"})
    void shouldRequireAPastDateAndAcknowledgedErrors(LocalDate approvalDate, int errors, boolean acknowledged,
            String reason, ApprovalRefusal refusal) {
        assertThat(PlanWorkflow.approvalRefusal(approvalDate, LocalDate.of(2024, 6, 30), errors, acknowledged, reason))
                .isEqualTo(Optional.ofNullable(refusal));
    }

    @ParameterizedTest(name = "{0} error(s), acknowledged {1}, reason ''{2}'' → recorded ''{3}''")
    @CsvSource(nullValues = "none", value = {
            // errors, acknowledged, reason, recorded
            "3, true,  '  Đã giải trình  ', Đã giải trình",
            "0, true,  'Đã giải trình',     Đã giải trình",
            "0, false, 'Đã giải trình',     none",
            "0, false, none,                none",
            "2, false, none,                none"})
    void shouldRecordTheAcknowledgementOnlyWhereThereWasSomethingToAcknowledge(int errors, boolean acknowledged,
            String reason, String recorded) {
        assertThat(PlanWorkflow.acknowledgement(errors, acknowledged, reason)).isEqualTo(recorded);
    }

    private static String cell(PlanWorkflow.Decision decision) {
        if (decision instanceof PlanWorkflow.Allowed allowed) {
            return allowed.to().name();
        }
        return decision instanceof PlanWorkflow.WrongActor ? "role" : "state";
    }
}
