package vn.giamngheo.platform.events.payload;

/** What a plan target measures. */
public enum TargetKind {
    POOR_RATE("Tỷ lệ hộ nghèo"),
    NEAR_POOR_RATE("Tỷ lệ hộ cận nghèo"),
    MULTIDIMENSIONAL_RATE("Tỷ lệ nghèo đa chiều"),
    POOR_COUNT("Số hộ nghèo"),
    NEAR_POOR_COUNT("Số hộ cận nghèo"),
    POOR_AND_NEAR_POOR_COUNT("Số hộ nghèo và hộ cận nghèo");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
