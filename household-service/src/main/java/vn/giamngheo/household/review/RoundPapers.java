package vn.giamngheo.household.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import vn.giamngheo.household.domain.Movements;
import vn.giamngheo.household.domain.ReviewRound;
import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.payload.PovertyStatus;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.ProblemException;

/**
 * The papers of a round that name households: the list a village posts after its meeting (before the chair's
 * decision, the proposed classes; after it, the recognised ones) and the list annexed to the chair's decision. They
 * hold personal data (heads' names, villages): only the officers and chairs allowed to see it get them, within their
 * area, and every export is audited with what it held.
 */
@ApplicationScoped
@Transactional
public class RoundPapers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> POSTING_COLUMNS = List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Số nhân khẩu",
            "Hộ DTTS", "Phân loại trước rà soát", "Ghi chú");
    private static final List<String> DECISION_COLUMNS = List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn, bản, tổ dân phố",
            "Số nhân khẩu", "Hộ DTTS", "Biến động");

    @Inject
    AccessPolicy access;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** One household of a round's paper, as the round classed it and as it was before. */
    private record Line(String code, String head, String village, int members, boolean ethnicMinority,
            PovertyStatus before, PovertyStatus after, String movement) {
    }

    /**
     * The village's posting list: the households the round reviewed there, by the class the review gives them, with
     * the days of the public notice, which the commune sets.
     */
    public ListPaper postingList(UUID roundId, String village, LocalDate noticeFrom, LocalDate noticeTo) {
        ReviewRound round = Rounds.find(roundId, false);
        access.require(AccessPolicy.Operation.EXPORT_LISTS, round.communeCode, round.firstDay());
        if (noticeTo.isBefore(noticeFrom)) {
            throw ProblemException.invalidField("noticeTo", "the notice cannot end (" + noticeTo.format(DAY)
                    + ") before it starts (" + noticeFrom.format(DAY) + ")");
        }
        List<Line> lines = lines(round).stream().filter(l -> village.equals(l.village())).toList();
        if (lines.isEmpty()) {
            throw ProblemException.notFound("Round " + round.id + " reviewed no household of village '" + village
                    + "'; the villages it reviewed: " + String.join(", ", villages(round)) + ".");
        }
        String commune = communeName(round);
        ListPaper paper = new ListPaper("UBND " + commune, "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT"
                + " CẬN NGHÈO SAU RÀ SOÁT", List.of("Thôn, bản, tổ dân phố: " + village + " — " + commune,
                        "Kết quả rà soát " + kind(round) + " năm " + round.heldYear + " (danh sách năm "
                                + round.listYear + ")" + (round.status == ReviewRound.Status.DECIDED
                                        ? ", đã được công nhận tại Quyết định số " + round.decisionNumber + " ngày "
                                                + round.decisionDate.format(DAY)
                                        : ", theo kết quả họp dân"),
                        "Niêm yết công khai từ ngày " + noticeFrom.format(DAY) + " đến ngày " + noticeTo.format(DAY)
                                + " tại nhà văn hóa thôn và trụ sở UBND xã"),
                POSTING_COLUMNS, sections(lines, false), List.of("Mọi ý kiến, khiếu nại về danh sách gửi UBND xã trong"
                        + " thời gian niêm yết."), "TRƯỞNG THÔN", "danh-sach-niem-yet-" + round.communeCode + "-"
                                + slug(village) + "-" + round.listYear);
        audit.record("EXPORT", "posting-list", round.id.toString(), round.communeCode, round.firstDay(), null,
                Map.of("village", village, "households", paper.households(), "noticeFrom", noticeFrom.toString(),
                        "noticeTo", noticeTo.toString()));
        return paper;
    }

    /**
     * The list the round produces, as the commune chair reads it in the commune app before deciding (and after): the
     * households it reviewed, not returned, in the four sections of the decision's list, with the class before and the
     * class the review gives. Audited as an export, as the papers are: it names the heads.
     */
    public ListPaper roundList(UUID roundId) {
        ReviewRound round = Rounds.find(roundId, false);
        access.require(AccessPolicy.Operation.EXPORT_LISTS, round.communeCode, round.firstDay());
        String commune = communeName(round);
        ListPaper paper = new ListPaper("UBND " + commune, "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT"
                + " CẬN NGHÈO NĂM " + round.listYear, List.of("Kết quả rà soát " + kind(round) + " năm " + round.heldYear
                        + (round.status == ReviewRound.Status.DECIDED ? ", Quyết định số " + round.decisionNumber
                                + " ngày " + round.decisionDate.format(DAY) : ", chưa có quyết định công nhận")),
                DECISION_COLUMNS, sections(lines(round), true), List.of(), "CHỦ TỊCH",
                "danh-sach-ra-soat-" + round.communeCode + "-" + round.listYear);
        audit.record("EXPORT", "round-list", round.id.toString(), round.communeCode, round.firstDay(), null,
                Map.of("households", paper.households()));
        return paper;
    }

    /** The list annexed to the chair's decision: every household the round recognised, by class and movement. */
    public ListPaper decisionList(UUID roundId) {
        ReviewRound round = Rounds.find(roundId, false);
        access.require(AccessPolicy.Operation.EXPORT_LISTS, round.communeCode, round.firstDay());
        if (round.status != ReviewRound.Status.DECIDED) {
            throw ProblemException.conflict("Round " + round.id + " is not decided yet: its list is annexed to the"
                    + " chair's decision once the chair has made it (the village posting lists serve until then).");
        }
        String commune = communeName(round);
        ListPaper paper = new ListPaper("UBND " + commune, "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT"
                + " CẬN NGHÈO NĂM " + round.listYear, List.of("(Kèm theo Quyết định số " + round.decisionNumber
                        + " ngày " + round.decisionDate.format(DAY) + " của Chủ tịch UBND " + commune + ")",
                        "Kết quả rà soát " + kind(round) + " năm " + round.heldYear),
                DECISION_COLUMNS, sections(lines(round), true), List.of(), "CHỦ TỊCH",
                "danh-sach-kem-quyet-dinh-" + round.communeCode + "-" + round.listYear);
        audit.record("EXPORT", "decision-list", round.id.toString(), round.communeCode, round.decisionDate, null,
                Map.of("households", paper.households(), "decisionNumber", round.decisionNumber));
        return paper;
    }

    /**
     * The four lists of the decision (Mẫu số 02, QĐ 24/2021/QĐ-TTg): poor, near-poor, out of poverty (poor before, not
     * after: to near-poor or above), out of near-poverty (near-poor before, above the lists after).
     */
    private static List<ListPaper.Section> sections(List<Line> lines, boolean withVillage) {
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        sections.put("I. Hộ nghèo", new ArrayList<>());
        sections.put("II. Hộ cận nghèo", new ArrayList<>());
        sections.put("III. Hộ thoát nghèo", new ArrayList<>());
        sections.put("IV. Hộ thoát cận nghèo", new ArrayList<>());
        for (Line l : lines) {
            if (l.after() == PovertyStatus.POOR) {
                add(sections.get("I. Hộ nghèo"), l, withVillage);
            } else if (l.after() == PovertyStatus.NEAR_POOR) {
                add(sections.get("II. Hộ cận nghèo"), l, withVillage);
            }
            if (l.before() == PovertyStatus.POOR && l.after() != PovertyStatus.POOR) {
                add(sections.get("III. Hộ thoát nghèo"), l, withVillage);
            } else if (l.before() == PovertyStatus.NEAR_POOR && !Movements.listed(l.after())) {
                add(sections.get("IV. Hộ thoát cận nghèo"), l, withVillage);
            }
        }
        return sections.entrySet().stream().map(e -> new ListPaper.Section(e.getKey(), e.getValue())).toList();
    }

    private static void add(List<List<String>> rows, Line l, boolean withVillage) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1), l.code(), l.head()));
        if (withVillage) {
            row.add(l.village());
            row.add(String.valueOf(l.members()));
            row.add(l.ethnicMinority() ? "x" : "");
            row.add(l.movement());
        } else {
            row.add(String.valueOf(l.members()));
            row.add(l.ethnicMinority() ? "x" : "");
            row.add(l.before() == null ? "chưa có trong danh sách" : l.before().label());
            row.add(l.movement());
        }
        rows.add(row);
    }

    /**
     * The round's reviews that stand (submitted, or recognised once decided; not those returned for re-survey), with
     * each household's class before: from the change the decision recorded, else unchanged once decided, else its
     * current class.
     */
    private List<Line> lines(ReviewRound round) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT h.code, h.head_name, h.village, h.member_count, h.ethnic_minority, h.ever_listed,
                       h.current_status, h.current_list_year, r.computed_status, sc.status_before, sc.movement
                FROM review r JOIN household h ON h.id = r.household_id
                LEFT JOIN status_change sc ON sc.round_id = r.round_id AND sc.household_id = r.household_id
                WHERE r.round_id = :round AND r.status <> 'RETURNED'
                ORDER BY h.village, h.head_name, h.code""", Tuple.class).setParameter("round", round.id).getResultList();
        boolean decided = round.status == ReviewRound.Status.DECIDED;
        List<Line> lines = new ArrayList<>();
        for (Tuple t : rows) {
            PovertyStatus after = PovertyStatus.valueOf(t.get("computed_status", String.class));
            String movement = t.get("movement", String.class);
            PovertyStatus before;
            if (movement != null) {
                String b = t.get("status_before", String.class);
                before = b == null ? null : PovertyStatus.valueOf(b);
            } else if (decided) {
                before = after;
            } else {
                before = t.get("current_list_year") == null ? null
                        : PovertyStatus.valueOf(t.get("current_status", String.class));
            }
            MovementKind kind = movement != null ? MovementKind.valueOf(movement)
                    : Movements.of(before, after, Boolean.TRUE.equals(t.get("ever_listed", Boolean.class)), false, false)
                            .orElse(null);
            lines.add(new Line(t.get("code", String.class), t.get("head_name", String.class),
                    t.get("village", String.class), ((Number) t.get("member_count")).intValue(),
                    Boolean.TRUE.equals(t.get("ethnic_minority", Boolean.class)), before, after,
                    label(kind, after, before)));
        }
        return lines;
    }

    private List<String> villages(ReviewRound round) {
        return lines(round).stream().map(Line::village).distinct().toList();
    }

    /** How a household moved, in the words of the lists. */
    static String label(MovementKind kind, PovertyStatus after, PovertyStatus before) {
        if (kind == null) {
            return Movements.listed(after) ? "Không thay đổi" : "";
        }
        boolean poor = after == PovertyStatus.POOR;
        return switch (kind) {
            case NEW -> "Phát sinh mới";
            case RE_ENTRY -> poor ? "Tái nghèo" : "Tái cận nghèo";
            case FROM_NEAR_POOR -> "Từ hộ cận nghèo";
            case FROM_POOR -> "Từ hộ nghèo";
            case EXIT -> before == PovertyStatus.POOR ? "Thoát nghèo" : "Thoát cận nghèo";
            case STANDARD_RECLASSIFICATION -> "Đổi loại do áp dụng chuẩn nghèo mới";
            case ADMINISTRATIVE_RECLASSIFICATION -> "Đổi loại do sắp xếp đơn vị hành chính";
            case OPENING_BALANCE -> "Danh sách đầu kỳ";
            case OTHER_INCREASE -> "Tăng khác";
            case OTHER_DECREASE -> "Giảm khác";
            case COMPLAINT_CORRECTION -> "Điều chỉnh sau khiếu nại";
        };
    }

    private static String kind(ReviewRound round) {
        return switch (round.kind) {
            case PERIODIC -> "định kỳ";
            case REGULAR -> "thường xuyên tháng " + round.month;
            case OPENING_BALANCE -> "(danh sách đầu kỳ)";
        };
    }

    private static String communeName(ReviewRound round) {
        LocalDate on = round.decisionDate != null ? round.decisionDate : round.firstDay();
        return AdministrativeUnits.get().latestValidDay(round.communeCode, on)
                .flatMap(d -> AdministrativeUnits.get().find(round.communeCode, d)).map(u -> u.name())
                .orElse(round.communeCode);
    }

    /** A village's name as a file name: no diacritics, no spaces. */
    private static String slug(String village) {
        String ascii = java.text.Normalizer.normalize(village, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
