package vn.giamngheo.platform.events.payload;

/** A household's class under the multidimensional poverty standard (NĐ 07/2021 Điều 3). */
public enum PovertyStatus {
    POOR("Hộ nghèo"),
    NEAR_POOR("Hộ cận nghèo"),
    AVERAGE_LIVING("Hộ có mức sống trung bình"),
    NOT_POOR("Hộ không nghèo");

    private final String label;

    PovertyStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
