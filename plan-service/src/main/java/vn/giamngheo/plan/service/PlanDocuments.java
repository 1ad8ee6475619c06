package vn.giamngheo.plan.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.giamngheo.plan.domain.Finding;
import vn.giamngheo.plan.domain.PlanDocument;
import vn.giamngheo.plan.domain.PlanValidator;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.refdata.UnitVersion;
import vn.giamngheo.platform.refdata.ProgramCatalog;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;

/** A document as the use cases take it in: refused whole when it cannot be a plan, otherwise checked into findings. */
final class PlanDocuments {

    private static final PlanValidator VALIDATOR = new PlanValidator(ProgramCatalog.get());

    private PlanDocuments() {
    }

    static void requireKnownUnit(PlanDocument doc) {
        LocalDate firstDay = LocalDate.of(doc.year(), 1, 1);
        AdministrativeUnits units = AdministrativeUnits.get();
        if (units.find(doc.unitCode(), firstDay).isPresent()) {
            return;
        }
        Optional<LocalDate> ended = units.latestValidDay(doc.unitCode(), firstDay);
        throw ProblemException.invalidField("unitCode", ended.map(last -> "unit " + doc.unitCode() + " ("
                + units.find(doc.unitCode(), last).map(UnitVersion::name).orElse("?") + ") ended on " + last
                + ": a plan for " + doc.year() + " belongs to a unit that exists on 1 January " + doc.year()
                + " (since 2025-07-01 the province or one of its communes and wards)")
                .orElse("no administrative unit has code " + doc.unitCode() + " on 1 January " + doc.year()));
    }

    static void requireStructure(PlanDocument doc) {
        List<PlanValidator.FieldProblem> problems = VALIDATOR.structuralProblems(doc);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems.get(0).field() + ": " + problems.get(0).message(),
                    problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
        }
    }

    static List<Finding> findings(PlanDocument doc) {
        return VALIDATOR.validate(doc);
    }
}
