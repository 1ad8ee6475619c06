package vn.giamngheo.funding.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.funding.access.AccessPolicy.Operation;
import vn.giamngheo.funding.access.AccessPolicy.Scope;

/** The table of who may do what: finance officers move money within their area; every role reads what concerns it. */
class AccessPolicyTests {

    @ParameterizedTest(name = "{0} by {1} → admitted {2}, scope {3}")
    @CsvSource({
            // operation, role, admitted, scope
            "ALLOCATE, finance-officer, true, WITHIN_AREA",
            "ALLOCATE, district-officer, false, WITHIN_AREA",
            "DISBURSE, finance-officer, true, WITHIN_AREA",
            "DISBURSE, district-chair, false, WITHIN_AREA",
            "REVERSE, finance-officer, true, WITHIN_AREA",
            "REVERSE, system, false, WITHIN_AREA",
            "READ_ALLOCATION, commune-officer, true, WITHIN_AREA_OR_SYSTEM",
            "READ_LINES, district-officer, true, WITHIN_AREA_OR_SYSTEM",
            "READ_CONFLICTS, finance-officer, true, WITHIN_AREA_OR_SYSTEM",
            "READ_PLAN_BALANCES, auditor, true, WITHIN_AREA_OR_SYSTEM",
            "READ_AREA_BALANCES, province-officer, true, WITHIN_AREA_OR_SYSTEM",
            "READ_AREA_BALANCES, system, true, WITHIN_AREA_OR_SYSTEM"})
    void shouldAdmitTheRolesOfTheTableOverItsScope(Operation operation, String role, boolean admitted, Scope scope) {
        AccessPolicy.Rule rule = AccessPolicy.TABLE.get(operation);
        assertThat(rule.admits(Set.of(role))).isEqualTo(admitted);
        assertThat(rule.scope()).isEqualTo(scope);
    }

    @Test
    void shouldHaveOneRuleForEveryOperation() {
        assertThat(AccessPolicy.TABLE.keySet()).containsExactlyInAnyOrder(Operation.values());
        assertThat(AccessPolicy.TABLE.get(Operation.ALLOCATE).refusal())
                .isEqualTo("Allocations and payments are recorded by finance officers.");
        assertThat(AccessPolicy.TABLE.get(Operation.DISBURSE).admits(Set.of())).isFalse();
        // Reads admit any platform role, but never a token holding none.
        assertThat(AccessPolicy.TABLE.get(Operation.READ_ALLOCATION).admits(Set.of())).isFalse();
    }
}
