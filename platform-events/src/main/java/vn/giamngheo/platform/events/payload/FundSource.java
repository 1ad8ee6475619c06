package vn.giamngheo.platform.events.payload;

/** Where the money comes from. */
public enum FundSource {
    CENTRAL_BUDGET("Ngân sách trung ương (NSTW)"),
    LOCAL_BUDGET("Ngân sách địa phương (NSĐP)"),
    MOBILISED("Vốn huy động"),
    POLICY_CREDIT("Vốn tín dụng chính sách"),
    UNSPECIFIED("Không xác định");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
