package vn.giamngheo.plan.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import vn.giamngheo.platform.web.rules.NotInFuture;
import vn.giamngheo.platform.web.security.Roles;

/**
 * The plan workflow as one state machine: a version is edited and submitted by the unit's officers, returned or
 * approved by the chair of the issuing unit, and once approved is never changed but revised as a new draft version.
 */
public final class PlanWorkflow {

    /** The shortest reason an approver may give for approving a version with error findings. */
    public static final int MIN_ACKNOWLEDGEMENT_LENGTH = 10;

    private PlanWorkflow() {
    }

    /** Who takes a step, by the roles of the program. */
    public enum Actor {
        /**
         * The officers who write the plan: the unit's own (a commune's, a district's until 2025-06-30), or the
         * province's.
         */
        AUTHOR(Set.of(Roles.COMMUNE_OFFICER, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER)),
        /** The chair of the unit that issues the plan: of the commune, the district (until 2025-06-30), the province. */
        CHAIR(Set.of(Roles.COMMUNE_CHAIR, Roles.DISTRICT_CHAIR, Roles.PROVINCE_CHAIR));

        private final Set<String> roles;

        Actor(Set<String> roles) {
            this.roles = roles;
        }

        public Set<String> roles() {
            return roles;
        }

        public boolean isAmong(Set<String> callerRoles) {
            return callerRoles.stream().anyMatch(roles::contains);
        }
    }

    /** A step of the workflow: the state it starts from, the state it leaves, who takes it, and its word for it. */
    public enum Transition {
        EDIT(PlanStatus.DRAFT, PlanStatus.DRAFT, Actor.AUTHOR, "edited"),
        SUBMIT(PlanStatus.DRAFT, PlanStatus.SUBMITTED, Actor.AUTHOR, "submitted"),
        RETURN(PlanStatus.SUBMITTED, PlanStatus.DRAFT, Actor.CHAIR, "returned"),
        APPROVE(PlanStatus.SUBMITTED, PlanStatus.APPROVED, Actor.CHAIR, "approved"),
        /** Taken on the latest version, which stays approved: the result is a new draft version. */
        REVISE(PlanStatus.APPROVED, PlanStatus.DRAFT, Actor.AUTHOR, "revised");

        private final PlanStatus from;
        private final PlanStatus to;
        private final Actor actor;
        private final String done;

        Transition(PlanStatus from, PlanStatus to, Actor actor, String done) {
            this.from = from;
            this.to = to;
            this.actor = actor;
            this.done = done;
        }

        public PlanStatus from() {
            return from;
        }

        public PlanStatus to() {
            return to;
        }

        public Actor actor() {
            return actor;
        }

        /** The past participle the refusals use: "cannot be submitted". */
        public String done() {
            return done;
        }
    }

    /** What the state machine answers to a step asked of a version. */
    public sealed interface Decision permits Allowed, WrongActor, WrongState {
    }

    /** The step may be taken, leaving the version (or, for a revision, the new one) in {@code to}. */
    public record Allowed(Transition transition, PlanStatus to) implements Decision {
    }

    /** None of the caller's roles takes this step. */
    public record WrongActor(Transition transition, Actor actor) implements Decision {
    }

    /** The version is in {@code state}; the step is taken only from {@code required}. */
    public record WrongState(Transition transition, PlanStatus state, PlanStatus required) implements Decision {
    }

    /** Why an approval that the state allows is still refused. */
    public enum ApprovalRefusal {
        /** The approval decision is dated after today. */
        DATED_IN_FUTURE,
        /** The version has error findings and the approver did not acknowledge them with a reason. */
        FINDINGS_NOT_ACKNOWLEDGED
    }

    /** Whether a caller with these roles may take the step on a version in this state; the actor is judged first. */
    public static Decision decide(PlanStatus state, Transition transition, Set<String> roles) {
        if (!transition.actor().isAmong(roles)) {
            return new WrongActor(transition, transition.actor());
        }
        if (state != transition.from()) {
            return new WrongState(transition, state, transition.from());
        }
        return new Allowed(transition, transition.to());
    }

    /**
     * What an approval requires beyond the state: a decision not dated in the future, and error findings
     * acknowledged with a reason of at least {@value #MIN_ACKNOWLEDGEMENT_LENGTH} characters.
     */
    public static Optional<ApprovalRefusal> approvalRefusal(LocalDate approvalDate, LocalDate today, int errorCount,
            boolean acknowledged, String reason) {
        if (!NotInFuture.holds(approvalDate, today)) {
            return Optional.of(ApprovalRefusal.DATED_IN_FUTURE);
        }
        String stripped = strip(reason);
        if (errorCount > 0 && (!acknowledged || stripped == null || stripped.length() < MIN_ACKNOWLEDGEMENT_LENGTH)) {
            return Optional.of(ApprovalRefusal.FINDINGS_NOT_ACKNOWLEDGED);
        }
        return Optional.empty();
    }

    /**
     * The acknowledgement recorded with an approval: the stripped reason where there were errors to acknowledge or
     * the approver acknowledged anyway; otherwise none, so that a stray reason is not mistaken for one.
     */
    public static String acknowledgement(int errorCount, boolean acknowledged, String reason) {
        return errorCount > 0 || acknowledged ? strip(reason) : null;
    }

    private static String strip(String reason) {
        return reason == null ? null : reason.strip();
    }
}
