package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTests {

    @ParameterizedTest(name = "[{0}] registered [{1}] earlier [{2}] → {3}")
    @CsvSource(delimiter = '|', value = {
            // the household's numbers | in the registry | claimed by earlier households | violations
            "001 002 003 | -       | -   | -",
            "001 - 002   | -       | -   | -",                          // a member without a number is not checked
            "001 001     | -       | -   | identity number 001 appears twice",       // twice in the household
            "001 002     | -       | 002 | identity number 002 appears twice",       // an earlier household has it
            "001 002     | 001     | -   | identity number 001 already belongs to a member of household 99001-ABCDEFGHJK: a person is in one household at a time",
            "001 002     | 001 002 | -   | identity number 001 already belongs to a member of household 99001-ABCDEFGHJK: a person is in one household at a time;"
                    + "identity number 002 already belongs to a member of household 99001-ABCDEFGHJK: a person is in one household at a time",
            "001 001     | 001     | -   | identity number 001 already belongs to a member of household 99001-ABCDEFGHJK: a person is in one household at a time;"
                    + "identity number 001 already belongs to a member of household 99001-ABCDEFGHJK: a person is in one household at a time",
    })
    void shouldKeepEachIdentityNumberToOnePerson(String household, String registered, String earlier,
            String expected) {
        List<Person> members = Arrays.stream(household.split(" "))
                .map(id -> new Person("CHILD", "Tày", id.equals("-") ? null : id)).toList();
        List<RuleViolation> violations = IdentityNumbers.check(members, set(registered).stream()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> "99001-ABCDEFGHJK")), set(earlier));
        assertThat(violations).extracting(RuleViolation::message)
                .containsExactlyElementsOf(expected.equals("-") ? List.of() : List.of(expected.split(";")));
        assertThat(violations).allSatisfy(v -> assertThat(v.field()).isEqualTo("members.personalId"));
    }

    private static Set<String> set(String ids) {
        return ids.equals("-") ? Set.of() : Set.of(ids.split(" "));
    }
}
