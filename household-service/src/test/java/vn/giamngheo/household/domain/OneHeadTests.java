package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneHeadTests {

    @ParameterizedTest(name = "members {0}: one head {1}")
    @CsvSource({
            "HEAD, true",
            "HEAD SPOUSE CHILD, true",
            "CHILD SPOUSE HEAD, true",        // the head need not come first
            "HEAD HEAD, false",               // two heads
            "HEAD SPOUSE HEAD CHILD, false",
            "SPOUSE CHILD, false",            // no head
            "OTHER, false",
    })
    void shouldWantExactlyOneHead(String relations, boolean valid) {
        List<Person> members = Arrays.stream(relations.split(" ")).map(r -> new Person(r, "Tày", null)).toList();
        assertThat(OneHead.check(members).isEmpty()).isEqualTo(valid);
    }

    @Test
    void shouldNameTheMembersAndSayWhatIsWanted() {
        assertThat(OneHead.check(List.of())).contains(new RuleViolation("members", "must have exactly one HEAD"));
    }

    @Test
    void shouldNotCountAMemberSentAsNull() {
        assertThat(OneHead.check(Arrays.asList(new Person("HEAD", "Tày", null), null))).isEmpty();
    }
}
