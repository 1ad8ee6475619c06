package vn.giamngheo.platform.events.payload;

/** Why a household's status changed, as the movement tables of the review reports count it. */
public enum MovementKind {
    OPENING_BALANCE("Số đầu kỳ (danh sách đã công nhận)"),
    NEW("Phát sinh mới"),
    RE_ENTRY("Tái nghèo / tái cận nghèo"),
    FROM_NEAR_POOR("Từ hộ cận nghèo chuyển lên hộ nghèo"),
    FROM_POOR("Thoát nghèo thành hộ cận nghèo"),
    EXIT("Thoát nghèo, thoát cận nghèo"),
    OTHER_INCREASE("Tăng khác"),
    OTHER_DECREASE("Giảm khác (chuyển đi, chết, nhập hộ)"),
    ADMINISTRATIVE_RECLASSIFICATION("Thay đổi do sắp xếp đơn vị hành chính"),
    /** The class changed only because a new standard applies (status-changed v2 and later). */
    STANDARD_RECLASSIFICATION("Thay đổi do áp dụng chuẩn nghèo mới"),
    /** A listing corrected after a complaint was upheld (status-changed v2 and later). */
    COMPLAINT_CORRECTION("Điều chỉnh theo kết quả giải quyết khiếu nại");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
