package vn.giamngheo.household.standard;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.giamngheo.household.domain.Classification;
import vn.giamngheo.household.domain.Classifier;
import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.household.domain.SurveyAnswers;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitLevel;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.web.problem.ProblemException;

/** A citizen's self-assessment: the class their answers would get on a list, and why; nothing is stored. */
@ApplicationScoped
public class AssessHousehold {

    @Inject
    PovertyStandards standards;

    /** The class, the standard it was decided under, and the commune as the list's review would see it. */
    public record Assessment(Classification classification, PovertyStandard standard, UnitVersion commune) {
    }

    public Assessment assess(String communeCode, int listYear, SurveyAnswers answers) {
        PovertyStandard standard = standards.forListYear(listYear).orElseThrow(() ->
                ProblemException.invalidField("listYear", "no standard applies to the list of " + listYear));
        // The area type of the commune as the list's review would see it: on the first day of the list year.
        LocalDate on = LocalDate.of(listYear, 1, 1);
        UnitVersion commune = AdministrativeUnits.get().find(communeCode, on)
                .or(() -> AdministrativeUnits.get().find(communeCode, LocalDate.now()))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "no commune has code " + communeCode));
        try {
            // A citizen asks today: the rules that apply to a survey of today apply to the answers.
            return new Assessment(Classifier.classify(standard, commune.areaType(), answers, LocalDate.now()), standard,
                    commune);
        } catch (Classifier.InvalidAnswers e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
    }
}
