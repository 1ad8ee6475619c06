package vn.giamngheo.platform.refdata;

/** Urban or rural: picks the income line that applies to a household (phường and thị trấn are urban). */
public enum AreaType {
    URBAN("Thành thị"),
    RURAL("Nông thôn");

    private final String label;

    AreaType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
