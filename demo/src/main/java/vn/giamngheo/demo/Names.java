package vn.giamngheo.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up but ordinary names for the synthetic district: family and given names common among the Tày, Nùng and
 * Kinh of Cao Bằng, and village names in the Tày style (Nà = field, Pác = mouth of a stream, Khuổi = stream…).
 */
final class Names {

    private static final String[] TAY_NUNG_FAMILIES = { "Nông", "Hoàng", "Lương", "Đàm", "Lục", "Triệu", "Bế", "Lâm",
            "Lý", "Mã", "Hà", "Vi", "Dương", "Sầm", "Đinh", "La" };
    private static final String[] KINH_FAMILIES = { "Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ" };
    private static final String[] DAO_FAMILIES = { "Triệu", "Bàn", "Lý", "Đặng" };
    private static final String[] MONG_FAMILIES = { "Giàng", "Vàng", "Thào", "Lý" };
    private static final String[] MEN = { "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh", "Long", "Minh",
            "Phúc", "Quang", "Sơn", "Thắng", "Tuấn", "Vượng", "Chiến", "Lâm" };
    private static final String[] WOMEN = { "Hoa", "Hà", "Hạnh", "Lan", "Liên", "Mai", "Nga", "Nhung", "Phương",
            "Thảo", "Thu", "Vân", "Yến", "Duyên", "Hằng", "Quyên" };
    private static final String[] VILLAGE_FIRST = { "Nà", "Pác", "Khuổi", "Lũng", "Pò", "Bó", "Phia", "Bản", "Thôm",
            "Cốc", "Khau", "Slam" };
    private static final String[] VILLAGE_SECOND = { "Giốc", "Rầy", "Thin", "Luông", "Mười", "Vường", "Ngần", "Lẹng",
            "Chang", "Khoang", "Sỏm", "Đâu", "Hoài", "Tàu", "Pheo", "Nặm", "Mạ", "Riềng" };

    private Names() {
    }

    /** Mostly Tày and Nùng (DOMAIN.md §1); towns have more Kinh. */
    static String ethnicity(SplittableRandom random, boolean urban) {
        int roll = random.nextInt(100);
        if (urban) {
            return roll < 44 ? "Tày" : roll < 82 ? "Nùng" : roll < 98 ? "Kinh" : "Hoa";
        }
        return roll < 52 ? "Tày" : roll < 95 ? "Nùng" : roll < 98 ? "Kinh" : roll < 99 ? "Dao" : "Mông";
    }

    static String family(SplittableRandom random, String ethnicity) {
        String[] families = switch (ethnicity) {
            case "Kinh", "Hoa" -> KINH_FAMILIES;
            case "Dao" -> DAO_FAMILIES;
            case "Mông" -> MONG_FAMILIES;
            default -> TAY_NUNG_FAMILIES;
        };
        return families[random.nextInt(families.length)];
    }

    static String fullName(SplittableRandom random, String family, boolean male) {
        String[] given = male ? MEN : WOMEN;
        return family + (male ? " Văn " : " Thị ") + given[random.nextInt(given.length)];
    }

    static List<String> villages(SplittableRandom random, int count) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add("Xóm " + VILLAGE_FIRST[random.nextInt(VILLAGE_FIRST.length)] + " "
                    + VILLAGE_SECOND[random.nextInt(VILLAGE_SECOND.length)]);
        }
        return new ArrayList<>(names);
    }
}
