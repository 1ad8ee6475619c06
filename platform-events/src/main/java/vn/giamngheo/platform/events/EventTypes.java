package vn.giamngheo.platform.events;

import java.util.List;

/**
 * The CloudEvents {@code type} of every event the platform publishes. A breaking change to a payload is a new
 * version ({@code .v2}) beside the old one, never an edit of it; each type has a JSON Schema under
 * {@code schemas/<type>.json}.
 */
public final class EventTypes {

    public static final String PLAN_APPROVED = "vn.giamngheo.plan.approved.v1";
    public static final String PLAN_REVISED = "vn.giamngheo.plan.revised.v1";
    public static final String PLAN_PROGRESS_REPORTED = "vn.giamngheo.plan.progress-reported.v1";
    /** Version 1, kept for the events published until the 2026 review: consumers read both. */
    public static final String HOUSEHOLD_STATUS_CHANGED = "vn.giamngheo.household.status-changed.v1";
    /** What household-service publishes now: version 1's facts, the cause, the standard's version, deprivations. */
    public static final String HOUSEHOLD_STATUS_CHANGED_V2 = "vn.giamngheo.household.status-changed.v2";
    /** A recognised review's deprivations, with those the household counted with before: counts by indicator. */
    public static final String HOUSEHOLD_DEPRIVATIONS_RECOGNISED =
            "vn.giamngheo.household.deprivations-recognised.v1";
    /**
     * What household-service publishes now: version 1, and a standing that leaves a commune's counts between reviews
     * (a household moved away, dissolved or merged: {@code after} is null).
     */
    public static final String HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2 =
            "vn.giamngheo.household.deprivations-recognised.v2";
    public static final String TOTAL_HOUSEHOLDS_REPORTED = "vn.giamngheo.household.total-households-reported.v1";
    public static final String FUNDS_ALLOCATED = "vn.giamngheo.funding.funds-allocated.v1";
    public static final String FUNDS_DISBURSED = "vn.giamngheo.funding.funds-disbursed.v1";
    public static final String DISBURSEMENT_REVERSED = "vn.giamngheo.funding.disbursement-reversed.v1";

    public static final List<String> ALL = List.of(PLAN_APPROVED, PLAN_REVISED, PLAN_PROGRESS_REPORTED,
            HOUSEHOLD_STATUS_CHANGED, HOUSEHOLD_STATUS_CHANGED_V2, HOUSEHOLD_DEPRIVATIONS_RECOGNISED,
            HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2,
            TOTAL_HOUSEHOLDS_REPORTED, FUNDS_ALLOCATED, FUNDS_DISBURSED, DISBURSEMENT_REVERSED);

    private EventTypes() {
    }

    /** Where the JSON Schema of a type's payload lives on the class path. */
    public static String schemaPath(String type) {
        return "schemas/" + type + ".json";
    }
}
