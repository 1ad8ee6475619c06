package vn.giamngheo.reporting.api;

/** Examples of the administration's answers for the API document. */
final class AdminExamples {

    private AdminExamples() {
    }

    /** A rebuild just asked for. */
    static final String JOB_QUEUED = """
            {"id":"3f6c2a9e-8b41-4d7a-9c55-1e2f4a6b7c80","requestedBy":"system-04",
            "requestedAt":"2026-11-30T02:00:04.118Z","swap":false,"state":"QUEUED",
            "schema":"rebuild_20261130020004_3f6c2a","finishedAt":null,"events":null,"setAside":null,
            "identical":null,"error":null}""";

    /** A rebuild that found one read model different from the live one, and kept its tables. */
    static final String JOB_DIFFERENT = """
            {"id":"3f6c2a9e-8b41-4d7a-9c55-1e2f4a6b7c80","requestedBy":"system-04",
            "requestedAt":"2026-11-30T02:00:04.118Z","swap":false,"state":"DIFFERENT",
            "schema":"rebuild_20261130020004_3f6c2a","finishedAt":"2026-11-30T02:03:41.552Z","events":184216,
            "setAside":2,"identical":{"poverty_movement":true,"poverty_deprivation":false,"deprivation_label":true,
            "resident_households":true,"plan_target":true,"plan_indicator":true,"line_money":true,
            "implementer_money":true},"error":null}""";

    /** A rebuild asked to swap: the fresh table that differed is live now. */
    static final String JOB_SWAPPED = """
            {"id":"c27e9b15-4f08-4a6d-b3e1-95d0a8f2c643","requestedBy":"system-04",
            "requestedAt":"2026-11-30T03:10:27.061Z","swap":true,"state":"SWAPPED",
            "schema":"rebuild_20261130031027_c27e9b","finishedAt":"2026-11-30T03:13:58.790Z","events":184233,
            "setAside":2,"identical":{"poverty_movement":true,"poverty_deprivation":false,"deprivation_label":true,
            "resident_households":true,"plan_target":true,"plan_indicator":true,"line_money":true,
            "implementer_money":true},"error":null}""";

    /** The latest rebuilds, newest first. */
    static final String JOBS = """
            [{"id":"3f6c2a9e-8b41-4d7a-9c55-1e2f4a6b7c80","requestedBy":"system-04",
            "requestedAt":"2026-11-30T02:00:04.118Z","swap":false,"state":"DIFFERENT",
            "schema":"rebuild_20261130020004_3f6c2a","finishedAt":"2026-11-30T02:03:41.552Z","events":184216,
            "setAside":2,"identical":{"poverty_movement":true,"poverty_deprivation":false,"deprivation_label":true,
            "resident_households":true,"plan_target":true,"plan_indicator":true,"line_money":true,
            "implementer_money":true},"error":null},{"id":"a81d4f07-5c2e-4b93-8e6a-0d7f1b3c9e24",
            "requestedBy":"system-04","requestedAt":"2026-11-23T02:00:03.904Z","swap":false,"state":"IDENTICAL",
            "schema":"rebuild_20261123020003_a81d4f","finishedAt":"2026-11-23T02:03:12.337Z","events":179884,
            "setAside":0,"identical":{"poverty_movement":true,"poverty_deprivation":true,"deprivation_label":true,
            "resident_households":true,"plan_target":true,"plan_indicator":true,"line_money":true,
            "implementer_money":true},"error":null}]""";

    /** Refused: one rebuild at a time. */
    static final String REBUILD_RUNNING = """
            {"type":"urn:giamngheo:problem:conflict","title":"Conflict with the current state","status":409,
            "detail":"A rebuild is already running (job 3f6c2a9e-8b41-4d7a-9c55-1e2f4a6b7c80, asked for by system-04 \
            at 2026-11-30T02:00:04.118Z): follow it at GET \
            /api/v1/admin/rebuild/3f6c2a9e-8b41-4d7a-9c55-1e2f4a6b7c80 and ask again once it ends.",
            "instance":"/api/v1/admin/rebuild"}""";

    /** An unknown job. */
    static final String NO_SUCH_REBUILD = """
            {"type":"urn:giamngheo:problem:not-found","title":"Not found","status":404,
            "detail":"No rebuild 5d0e7c31-9a2b-4f6e-8d14-7b3a6c2e9f01 was asked for here: see GET \
            /api/v1/admin/rebuild for the latest ones.",
            "instance":"/api/v1/admin/rebuild/5d0e7c31-9a2b-4f6e-8d14-7b3a6c2e9f01"}""";

    /** A difference seen for the first time: maybe an event in flight. */
    static final String RECONCILIATION_FIRST_SEEN = """
            {"at":"2026-11-30T08:00:00.187Z","listYears":[2022,2023,2024,2025,2026,2027],
            "differences":[{"cell":{"communeCode":"01501","listYear":2026,"status":"POOR","direction":"OUT",
            "kind":"EXIT"},"registry":24,"report":23}],"findings":[],"error":null}""";

    /** The same difference found again: a finding. */
    static final String RECONCILIATION_FINDING = """
            {"at":"2026-11-30T08:15:00.214Z","listYears":[2022,2023,2024,2025,2026,2027],
            "differences":[{"cell":{"communeCode":"01501","listYear":2026,"status":"POOR","direction":"OUT",
            "kind":"EXIT"},"registry":24,"report":23}],"findings":[{"cell":{"communeCode":"01501","listYear":2026,
            "status":"POOR","direction":"OUT","kind":"EXIT"},"registry":24,"report":23}],"error":null}""";

    /** Nothing to compare with: household-service's address is not set. */
    static final String RECONCILIATION_NOT_CONFIGURED = """
            {"at":"2026-11-30T08:15:00.214Z","listYears":[],"differences":[],"findings":[],
            "error":"giamngheo.reconciliation.household-url is not set: nothing to compare with"}""";

    /** No comparison since the service started. */
    static final String NO_RECONCILIATION_YET = """
            {"type":"urn:giamngheo:problem:not-found","title":"Not found","status":404,
            "detail":"No comparison has run yet: run one with POST /api/v1/admin/reconciliation.",
            "instance":"/api/v1/admin/reconciliation"}""";
}
