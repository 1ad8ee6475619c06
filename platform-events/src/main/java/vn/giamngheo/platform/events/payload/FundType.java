package vn.giamngheo.platform.events.payload;

/** The kind of capital: public investment for works, recurrent funds for activities, or not stated by the document. */
public enum FundType {
    INVESTMENT("Vốn đầu tư phát triển (ĐTPT)"),
    RECURRENT("Vốn sự nghiệp (SN) / kinh phí thường xuyên"),
    UNSPECIFIED("Không xác định");

    private final String label;

    FundType(String label) {
        this.label = label;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
