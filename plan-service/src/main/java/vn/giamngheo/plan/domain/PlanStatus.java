package vn.giamngheo.plan.domain;

/** Where a plan version stands: edited as a draft, submitted to the chair, approved (and from then unchanged). */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED
}
