package vn.giamngheo.platform.events.payload;

/** Whom a target is about. */
public enum PopulationGroup {
    ALL("Toàn bộ"),
    ETHNIC_MINORITY("Đồng bào dân tộc thiểu số"),
    POOR_DISTRICT("Huyện nghèo"),
    POOR_COMMUNE("Xã nghèo");

    private final String label;

    PopulationGroup(String label) {
        this.label = label;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
