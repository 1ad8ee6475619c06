package vn.giamngheo.plan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.plan.access.AccessPolicy.Operation;
import vn.giamngheo.plan.access.AccessPolicy.Scope;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * The table of who may do what with plans: officers write within their area, the chair approves and returns for
 * their own unit, every role reads what concerns it. Judged on Cao Bằng's real units of 2023: province 04, districts
 * 047 (Trùng Khánh) and 048 (Hạ Lang), commune 01453 of 047; and today, when the districts no longer exist: their
 * officers write nothing, the province enters their plans late and records their chairs' acts.
 */
class AccessPolicyTests {

    @ParameterizedTest(name = "{0} by {1} → admitted {2}, scope {3}")
    @CsvSource({
            // operation, role, admitted, scope
            "IMPORT, district-officer, true, WITHIN_AREA",
            "IMPORT, province-officer, true, WITHIN_AREA",
            "IMPORT, commune-officer, true, WITHIN_AREA",
            "IMPORT, district-chair, false, WITHIN_AREA",
            "EDIT_DRAFT, district-officer, true, WITHIN_AREA",
            "EDIT_DRAFT, finance-officer, false, WITHIN_AREA",
            "SUBMIT, province-officer, true, WITHIN_AREA",
            "SUBMIT, district-chair, false, WITHIN_AREA",
            "RETURN, district-chair, true, OWN_UNIT",
            "RETURN, district-officer, false, OWN_UNIT",
            "APPROVE, district-chair, true, OWN_UNIT",
            "APPROVE, commune-chair, true, OWN_UNIT",
            "APPROVE, province-chair, true, OWN_UNIT",
            "APPROVE, province-officer, false, OWN_UNIT",
            "REVISE, district-officer, true, WITHIN_AREA",
            "REVISE, district-chair, false, WITHIN_AREA",
            "REPORT_PROGRESS, district-officer, true, WITHIN_AREA",
            "REPORT_PROGRESS, system, false, WITHIN_AREA",
            "READ, commune-officer, true, RELATED",
            "READ, auditor, true, RELATED",
            "LIST, finance-officer, true, WITHIN_AREA_OR_SYSTEM",
            "LIST, system, true, WITHIN_AREA_OR_SYSTEM"})
    void shouldAdmitTheRolesOfTheTableOverItsScope(Operation operation, String role, boolean admitted, Scope scope) {
        AccessPolicy.Rule rule = AccessPolicy.TABLE.get(operation);
        assertThat(rule.admits(Set.of(role))).isEqualTo(admitted);
        assertThat(rule.scope()).isEqualTo(scope);
    }

    @ParameterizedTest(name = "{0} by {1} of {2} on {3} → {4}")
    @CsvSource(nullValues = "none", value = {
            // operation, role, caller's area, unit, refusal (none: allowed); the plan of 2023, judged today (after
            // the 2025 reform abolished the districts)
            "IMPORT,  district-officer, 047,   047,   'Your account works for unit 047, which has not existed since 2025-06-30: it writes nothing now, whatever the date of the fact. Facts of its years are entered late by the province or by the commune that holds its land today.'",
            "IMPORT,  province-officer, 04,    047,   none",
            "IMPORT,  province-officer, 01477, 047,   'Your account works for area 01477, which does not include unit 047 (or the commune that holds its land today). Ask an officer of that unit, or of the province.'",
            "IMPORT,  commune-officer,  01453, 047,   'Your account works for unit 01453, which has not existed since 2025-06-30: it writes nothing now, whatever the date of the fact. Facts of its years are entered late by the province or by the commune that holds its land today.'",
            "SUBMIT,  district-chair,   047,   047,   'Plans are written by the unit''s own officers (a commune''s; a district''s until 2025-06-30) or by the province''s.'",
            "APPROVE, district-chair,   047,   047,   'Your account works for unit 047, which has not existed since 2025-06-30: it writes nothing now, whatever the date of the fact. Facts of its years are entered late by the province or by the commune that holds its land today.'",
            "APPROVE, province-officer, 04,    047,   none",
            "RETURN,  province-officer, 04,    047,   none",
            "APPROVE, province-officer, 04,    01477, 'Only the chair of unit 01477 approves or returns its plan.'",
            "RETURN,  district-chair,   04,    047,   'Only the chair of unit 047 approves or returns its plan.'",
            "APPROVE, district-chair,   048,   047,   'Your account works for unit 048, which has not existed since 2025-06-30: it writes nothing now, whatever the date of the fact. Facts of its years are entered late by the province or by the commune that holds its land today.'",
            "APPROVE, district-officer, 047,   047,   'Only the chair of unit 047 approves or returns its plan.'",
            "READ,    commune-officer,  01453, 047,   none",
            "READ,    province-officer, 04,    047,   none",
            "READ,    district-officer, 048,   047,   'Your account works for area 048, which has no part in unit 047 on 2023-01-01.'",
            "READ,    system,           none,  047,   none",
            "LIST,    district-officer, 047,   none,  none",
            "LIST,    system,           none,  048,   none",
            "LIST,    district-officer, 047,   048,   'Your account works for area 047, which does not include unit 048 on 2023-01-01. Ask an officer of that unit, or of a level above it.'"})
    void shouldRefuseWith403AndSayWhy(Operation operation, String role, String area, String unit, String refusal) {
        AccessPolicy policy = policyFor(role, area);
        if (refusal == null) {
            assertThatCode(() -> policy.require(operation, unit, 2023)).doesNotThrowAnyException();
            return;
        }
        ProblemException refused = catchThrowableOfType(() -> policy.require(operation, unit, 2023),
                ProblemException.class);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.getMessage()).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0} by {1} of {2} on {3} for 2026 → {4}")
    @CsvSource(nullValues = "none", value = {
            // After the reform the plans are the province's and the communes', each approved by its own chair.
            "IMPORT,  commune-officer,  01501, 01501, none",
            "IMPORT,  province-officer, 04,    01501, none",
            "IMPORT,  province-officer, 04,    04,    none",
            "IMPORT,  commune-officer,  01525, 01501, 'Your account works for area 01525, which does not include unit 01501 (or the commune that holds its land today). Ask an officer of that unit, or of the province.'",
            "APPROVE, commune-chair,    01501, 01501, none",
            "APPROVE, province-chair,   04,    04,    none",
            "APPROVE, province-chair,   04,    01501, 'Only the chair of unit 01501 approves or returns its plan.'",
            "APPROVE, commune-chair,    04,    04,    'Only the chair of unit 04 approves or returns its plan.'",
            "APPROVE, commune-officer,  01501, 01501, 'Only the chair of unit 01501 approves or returns its plan.'"})
    void shouldLetTheUnitsOwnOfficersAndChairActOnItsPlansAfterTheReform(Operation operation, String role,
            String area, String unit, String refusal) {
        AccessPolicy policy = policyFor(role, area);
        if (refusal == null) {
            assertThatCode(() -> policy.require(operation, unit, 2026)).doesNotThrowAnyException();
            return;
        }
        ProblemException refused = catchThrowableOfType(() -> policy.require(operation, unit, 2026),
                ProblemException.class);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.getMessage()).isEqualTo(refusal);
    }

    @Test
    void shouldLetOnlyASystemAskingForNoAreaSeeEveryPlan() {
        assertThat(policyFor("system", null).seesEverything(null)).isTrue();
        assertThat(policyFor("system", null).seesEverything("047")).isFalse();
        assertThat(policyFor("province-officer", "04").seesEverything(null)).isFalse();
        assertThat(policyFor("district-officer", "047").areaOf(null)).isEqualTo("047");
        assertThat(policyFor("district-officer", "047").areaOf("01453")).isEqualTo("01453");
    }

    @Test
    void shouldHaveOneRuleForEveryOperation() {
        assertThat(AccessPolicy.TABLE.keySet()).containsExactlyInAnyOrder(Operation.values());
    }

    private static AccessPolicy policyFor(String role, String area) {
        AccessPolicy policy = new AccessPolicy();
        policy.caller = new Caller() {
            @Override
            public String user() {
                return role + "-" + area;
            }

            @Override
            public Set<String> roles() {
                return Set.of(role);
            }

            @Override
            public String area() {
                return area;
            }
        };
        return policy;
    }
}
