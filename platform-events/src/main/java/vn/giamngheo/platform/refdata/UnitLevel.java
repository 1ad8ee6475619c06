package vn.giamngheo.platform.refdata;

/** The level of an administrative unit. Districts exist only until 2025-06-30. */
public enum UnitLevel {
    PROVINCE("Tỉnh"),
    DISTRICT("Huyện"),
    COMMUNE("Xã");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
