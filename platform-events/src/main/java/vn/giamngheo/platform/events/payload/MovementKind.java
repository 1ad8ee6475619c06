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

    /**
     * Whether a change of this kind takes the household out of the list of its status before. A household that moves
     * in from another commune ({@link #OTHER_INCREASE}) keeps its class: it enters the list of the class it brings
     * and leaves none here.
     */
    public boolean leavesListBefore() {
        return this != OTHER_INCREASE;
    }

    /**
     * Whether a change of this kind puts the household in the list of its status after. A household that moves away,
     * dissolves or merges into another ({@link #OTHER_DECREASE}) leaves the list of its class and enters none here.
     */
    public boolean entersListAfter() {
        return this != OTHER_DECREASE;
    }

    /** The Vietnamese label for display. */
    public String label() {
        return label;
    }
}
