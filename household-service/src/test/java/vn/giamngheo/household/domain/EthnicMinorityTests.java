package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthnicMinorityTests {

    @ParameterizedTest(name = "{0} → ethnic-minority household {1}")
    @CsvSource({
            "HEAD:Tày, true",
            "HEAD:Kinh, false",
            "HEAD:Kinh SPOUSE:Nùng, true",       // the spouse counts
            "HEAD:Kinh CHILD:Nùng, false",       // a child does not
            "HEAD:kinh, false",                  // however Kinh is written
            "HEAD:Kinh OTHER:Dao PARENT:Mông, false",
    })
    void shouldJudgeByTheHeadAndTheSpouse(String members, boolean ethnicMinority) {
        List<EthnicMinority.Person> people = Arrays.stream(members.split(" "))
                .map(m -> new EthnicMinority.Person(m.split(":")[0], m.split(":")[1])).toList();
        assertThat(EthnicMinority.household(people)).isEqualTo(ethnicMinority);
    }
}
