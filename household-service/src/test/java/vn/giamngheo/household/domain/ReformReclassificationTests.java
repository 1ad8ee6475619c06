package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.household.standard.StandardsLoader;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AreaType;

class ReformReclassificationTests {

    private static final PovertyStandard ND07 = StandardsLoader.shipped().byCode("ND-07-2021").orElseThrow();
    private static final List<String> THREE = List.of("HEALTH_INSURANCE", "SANITATION", "TELECOM");

    @ParameterizedTest(name = "{0} decided {1}, now {2}, income {3}: by the reform alone {4}")
    @CsvSource({
            // A town made a rural commune (urban line 2,000,000, rural 1,500,000), three deprivations.
            "POOR, URBAN, RURAL, 1800000, true",            // still poor under the town's line: the reform alone
            "NEAR_POOR, URBAN, RURAL, 1800000, false",      // the old line says poor, not near-poor: a real change
            "POOR, URBAN, RURAL, 2100000, false",           // above the town's line too: a real exit
            "AVERAGE_LIVING, URBAN, RURAL, 2500000, true",  // average under the town's bound, not poor now
            "POOR, RURAL, RURAL, 1800000, false",           // the area type did not change
            "POOR, , RURAL, 1800000, false",                // never decided under an area type
            ", URBAN, RURAL, 1800000, false",               // on no list before
    })
    void shouldCountAChangeAsTheReformsOnlyWhenTheOldAreaTypeKeepsTheOldClass(PovertyStatus before,
            AreaType decidedUnder, AreaType now, long income, boolean byReformAlone) {
        SurveyAnswers answers = new SurveyAnswers(income, null, THREE, null);
        assertThat(ReformReclassification.byReformAlone(ND07, before, decidedUnder, now, answers))
                .isEqualTo(byReformAlone);
    }
}
