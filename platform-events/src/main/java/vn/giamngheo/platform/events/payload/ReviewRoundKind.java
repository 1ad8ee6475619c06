package vn.giamngheo.platform.events.payload;

/** The review round that decided a status (QĐ 24/2021/QĐ-TTg). */
public enum ReviewRoundKind {
    OPENING_BALANCE("Danh sách đầu kỳ"),
    PERIODIC("Rà soát định kỳ"),
    REGULAR("Rà soát thường xuyên");

    private final String label;

    ReviewRoundKind(String label) {
        this.label = label;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
