package vn.giamngheo.household.domain;

import java.util.List;

/**
 * The changes a commune makes to a household between reviews, with the reasons each may give and whether it moves the
 * lists. Only a household that leaves the commune's lists as a whole (it moves away, leaves the province, dissolves,
 * or merges into another household) is a movement of the lists, counted as "giảm khác", and one that moves in from
 * another commune of the province as "tăng khác". A change of members or a split does not change a class: QĐ
 * 24/2021/QĐ-TTg Điều 5 leaves that to the regular review of a household whose situation changed, which surveys it
 * through the classifier; until then the household keeps its recognised class and is marked due for that review.
 */
public enum ChangeKind {
    MEMBER_ADDED("Thêm nhân khẩu", false, "BIRTH", "MARRIAGE", "MOVED_IN", "OTHER"),
    MEMBER_REMOVED("Bớt nhân khẩu", false, "DEATH", "MOVED_OUT", "MARRIAGE", "DUPLICATE", "OTHER"),
    MEMBER_CORRECTED("Sửa thông tin nhân khẩu", false, "CORRECTION"),
    SPLIT("Tách hộ", false, "MARRIAGE", "SEPARATE_LIVING", "OTHER"),
    MERGE("Nhập hộ", true, "JOINED_HOUSEHOLD", "OTHER"),
    DISSOLVE("Hộ không còn (giải thể)", true, "ALL_DECEASED", "ALL_MOVED_AWAY", "OTHER"),
    TRANSFER("Chuyển đến xã khác trong tỉnh", true, "MOVED"),
    LEAVE_PROVINCE("Chuyển ra ngoài tỉnh", true, "MOVED");

    private final String label;
    private final boolean movesLists;
    private final List<String> reasons;

    ChangeKind(String label, boolean movesLists, String... reasons) {
        this.label = label;
        this.movesLists = movesLists;
        this.reasons = List.of(reasons);
    }

    public String label() {
        return label;
    }

    /** Whether a listed household leaves (or, moving in, enters) a commune's list by this change. */
    public boolean movesLists() {
        return movesLists;
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Whether the household ceases to exist in the registry as such (its history stays). */
    public boolean closesHousehold() {
        return this == MERGE || this == DISSOLVE || this == LEAVE_PROVINCE;
    }
}
