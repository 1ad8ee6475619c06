package vn.giamngheo.reporting.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.giamngheo.platform.refdata.AreaType;
import vn.giamngheo.platform.web.rules.Fraction;
import vn.giamngheo.reporting.domain.DeprivationStructure;
import vn.giamngheo.reporting.domain.ReviewForms;
import vn.giamngheo.reporting.domain.ReviewForms.Layout;
import vn.giamngheo.reporting.report.PovertyReport;

/**
 * The summary forms of a review as the Ministry's spreadsheets lay them out: the heading of an administrative paper,
 * the title, header rows with the columns' numbers and formulas, the units under "I Khu vực thành thị" and "II Khu
 * vực nông thôn" with their subtotals and "III Tổng cộng I + II", the signatures; and a notes sheet that names the
 * layout, its source and every heading no public source confirms [U].
 */
public final class ReviewFormsWorkbook {

    public static final String NOTES = "Ghi chú";
    public static final String RESULTS = "7.1 Kết quả";
    public static final String POOR_CHANGES = "7.2 Diễn biến hộ nghèo";
    public static final String NEAR_POOR_CHANGES = "7.3 Diễn biến cận nghèo";
    public static final String POOR_DEPRIVATIONS = "7.4 Thiếu hụt hộ nghèo";
    public static final String NEAR_POOR_DEPRIVATIONS = "7.4 Thiếu hụt cận nghèo";
    public static final String POOR_DEPRIVATION_RATES = "7.5 Tỷ lệ thiếu hụt nghèo";
    public static final String NEAR_POOR_DEPRIVATION_RATES = "7.5 Tỷ lệ thiếu hụt cận nghèo";
    /** The first row of figures on every form sheet: after the heading, the title and the header rows. */
    public static final int FIRST_FIGURE_ROW = 11;

    /** A unit of the forms: a commune with its area type, a group's subtotal, or the total. */
    private record Unit(String number, String name, PovertyReport.Row row, boolean bold) {
    }

    private final FormSheets sheets = new FormSheets();

    /**
     * The forms of a unit's list: {@code report} is its poverty report, {@code areaTypes} each commune's area type on
     * the review's last day (which block it goes under).
     */
    public static byte[] xlsx(PovertyReport report, Map<String, AreaType> areaTypes) {
        ReviewFormsWorkbook w = new ReviewFormsWorkbook();
        Layout layout = ReviewForms.forListYear(report.listYear());
        List<Unit> units = units(report, areaTypes);
        w.notes(report, layout);
        w.results(report, layout, units);
        w.changes(POOR_CHANGES, "poorChanges", "hộ nghèo", report, layout, units, true);
        w.changes(NEAR_POOR_CHANGES, "nearPoorChanges", "hộ cận nghèo", report, layout, units, false);
        w.deprivations(POOR_DEPRIVATIONS, false, report, layout, units, true);
        w.deprivations(NEAR_POOR_DEPRIVATIONS, false, report, layout, units, false);
        w.deprivations(POOR_DEPRIVATION_RATES, true, report, layout, units, true);
        w.deprivations(NEAR_POOR_DEPRIVATION_RATES, true, report, layout, units, false);
        try (XSSFWorkbook book = w.sheets.wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** I (urban) and II (rural) with their communes, then III: the order every form lists its units in. */
    private static List<Unit> units(PovertyReport report, Map<String, AreaType> areaTypes) {
        List<Unit> units = new ArrayList<>();
        String[][] blocks = { { "I", "Khu vực thành thị", "URBAN" }, { "II", "Khu vực nông thôn", "RURAL" } };
        for (String[] block : blocks) {
            List<PovertyReport.Row> members = report.communes().stream()
                    .filter(r -> areaTypes.get(r.code()) == AreaType.valueOf(block[2])).toList();
            units.add(new Unit(block[0], block[1], null, true));
            for (int i = 0; i < members.size(); i++) {
                units.add(new Unit(String.valueOf(i + 1), members.get(i).name(), members.get(i), false));
            }
        }
        units.add(new Unit("III", "Tổng cộng I + II", report.total(), true));
        return units;
    }

    private void notes(PovertyReport report, Layout layout) {
        Sheet s = sheets.wb.createSheet(NOTES);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "Đơn vị", report.unitName() + " (" + report.unitCode() + ")" });
        rows.add(new String[] { "Danh sách", "năm " + report.listYear() + " (kết quả rà soát định kỳ cuối năm "
                + report.planYear() + ")" });
        rows.add(new String[] { "Bộ biểu", layout.code() });
        rows.add(new String[] { "Nguồn", layout.source() });
        for (ReviewForms.Uncertain u : layout.uncertain()) {
            rows.add(new String[] { "[U] " + u.where(), u.why() });
        }
        rows.add(new String[] { "Cột (4) và (8) của mẫu 7.2, 7.3", "Gồm cả hộ đổi loại chỉ do sắp xếp đơn vị hành"
                + " chính (ADMINISTRATIVE_RECLASSIFICATION) hoặc chỉ do áp dụng chuẩn nghèo mới"
                + " (STANDARD_RECLASSIFICATION): không phải thoát nghèo hay phát sinh mới. Danh sách đầu kỳ do nền tảng"
                + " tiếp nhận được tính ở cột (1)." });
        DeprivationStructure d = report.total().deprivation();
        rows.add(new String[] { "Mẫu 7.4, 7.5", "Số hộ thiếu hụt theo kết quả rà soát được công nhận; tỷ lệ so với"
                + " tổng số hộ của danh sách. Hộ chưa có thông tin thiếu hụt (danh sách đầu kỳ, rà soát trước khi nền"
                + " tảng ghi nhận): hộ nghèo " + d.poorNotSurveyed() + ", hộ cận nghèo " + d.nearPoorNotSurveyed()
                + "." });
        List<String> legend = layout.indicators().stream().map(ReviewForms.Indicator::code).toList();
        List<String> outside = d.indicators().stream().filter(l -> !legend.contains(l.code()))
                .map(l -> l.code() + " (hộ nghèo " + l.poor() + ", hộ cận nghèo " + l.nearPoor() + ")").toList();
        if (!outside.isEmpty()) {
            rows.add(new String[] { "Chỉ số ngoài chú giải của bộ biểu", "Hộ được xác định theo chuẩn trước, chưa"
                    + " rà soát lại: " + String.join("; ", outside) });
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(rows.get(r)[0]);
            row.createCell(1).setCellValue(rows.get(r)[1]);
        }
        s.setColumnWidth(0, 36 * 256);
        s.setColumnWidth(1, 120 * 256);
    }

    private void results(PovertyReport report, Layout layout, List<Unit> units) {
        Sheet s = sheets.form(RESULTS, layout.form("results"), null, report, 12);
        sheets.head(s, 7, 10, 0, 0, "TT");
        sheets.head(s, 7, 10, 1, 1, "Khu vực/Địa bàn");
        sheets.head(s, 7, 8, 2, 3, "Tổng số hộ dân cư (tại thời điểm rà soát)");
        sheets.head(s, 9, 9, 2, 2, "Số hộ");
        sheets.head(s, 9, 9, 3, 3, "Nhân khẩu");
        sheets.head(s, 7, 7, 4, 11, "Kết quả rà soát (chính thức)");
        sheets.head(s, 8, 8, 4, 7, "NGHÈO");
        sheets.head(s, 8, 8, 8, 11, "CẬN NGHÈO");
        String[] sub = { "Hộ nghèo", "Khẩu nghèo", "Hộ cận nghèo", "Khẩu cận nghèo" };
        for (int i = 0; i < 4; i++) {
            sheets.head(s, 9, 9, 4 + 2 * i, 4 + 2 * i, sub[i] + ": số " + (i % 2 == 0 ? "hộ" : "khẩu"));
            sheets.head(s, 9, 9, 5 + 2 * i, 5 + 2 * i, "Tỷ lệ (%)");
        }
        sheets.numbers(s, "A", "B", "1", "2", "3", "4=3/1*100", "5", "6=5/2*100", "7", "8=7/1*100", "9", "10=9/2*100");
        figures(s, units, u -> {
            Long total = known(units, u, PovertyReport.Row::residentHouseholds);
            long poor = sum(units, u, r -> r.poor().end());
            long near = sum(units, u, r -> r.nearPoor().end());
            return Arrays.asList(total, null, poor, rate(poor, total), null, null, near, rate(near, total), null, null);
        });
        sheets.signatures(s, units.size(), 11);
    }

    private void changes(String name, String form, String households, PovertyReport report, Layout layout,
            List<Unit> units, boolean poorList) {
        Sheet s = sheets.form(name, layout.form(form), null, report, 12);
        sheets.head(s, 7, 10, 0, 0, "TT");
        sheets.head(s, 7, 10, 1, 1, "Khu vực/Địa bàn");
        sheets.head(s, 7, 10, 2, 2, "Phân tổ");
        sheets.head(s, 7, 10, 3, 3, "Tổng số " + households + " đầu kỳ");
        sheets.head(s, 7, 7, 4, 6, "Diễn biến giảm số " + households);
        sheets.head(s, 7, 7, 7, 10, "Diễn biến tăng số " + households);
        sheets.head(s, 7, 10, 11, 11, "Tổng số " + households + " cuối kỳ");
        if (poorList) {
            sheets.head(s, 8, 8, 4, 5, "Số hộ thoát nghèo");
            sheets.head(s, 9, 10, 4, 4, "Trở thành hộ cận nghèo");
            sheets.head(s, 9, 10, 5, 5, "Vượt chuẩn cận nghèo");
            sheets.head(s, 8, 10, 7, 7, "Số hộ cận nghèo trở thành hộ nghèo");
            sheets.head(s, 8, 8, 8, 9, "Số hộ ngoài danh sách hộ nghèo, hộ cận nghèo gặp khó khăn đột xuất trong năm");
            sheets.head(s, 9, 10, 8, 8, "Tái nghèo");
        } else {
            sheets.head(s, 8, 10, 4, 4, "Số hộ thoát cận nghèo");
            sheets.head(s, 8, 10, 5, 5, "Số hộ cận nghèo trở thành hộ nghèo");
            sheets.head(s, 8, 10, 7, 7, "Số hộ nghèo trở thành hộ cận nghèo");
            sheets.head(s, 8, 8, 8, 9, "Số hộ bổ sung");
            sheets.head(s, 9, 10, 8, 8, "Tái cận nghèo");
        }
        sheets.head(s, 8, 10, 6, 6, "Nguyên nhân khác: thay đổi nhân khẩu, chết, chuyển đi, tách, nhập hộ,…");
        sheets.head(s, 9, 10, 9, 9, "Phát sinh mới");
        sheets.head(s, 8, 10, 10, 10, "Nguyên nhân khác: thay đổi nhân khẩu, chuyển đến, tách, nhập hộ,…");
        sheets.numbers(s, "A", "B", "C", "1", "2", "3", "4", "5", "6", "7", "8", "9=1-2-3-4+5+6+7+8");
        figures(s, units, u -> {
            long[] n = new long[9];
            for (PovertyReport.Row r : rows(units, u)) {
                long[] c = ReviewForms.changes(poorList ? r.poor() : r.nearPoor(), poorList);
                for (int i = 0; i < 9; i++) {
                    n[i] += c[i];
                }
            }
            List<Object> cells = new ArrayList<>();
            cells.add("Hộ");
            for (long v : n) {
                cells.add(v);
            }
            return cells;
        });
        sheets.signatures(s, units.size(), 11);
    }

    private void deprivations(String name, boolean rates, PovertyReport report, Layout layout, List<Unit> units,
            boolean poorList) {
        String households = poorList ? "hộ nghèo" : "hộ cận nghèo";
        ReviewForms.Form form = layout.form(rates ? "deprivationRates" : "deprivations");
        List<ReviewForms.Indicator> legend = layout.indicators();
        int last = 2 + legend.size();
        StringBuilder key = new StringBuilder("(");
        for (int i = 0; i < legend.size(); i++) {
            key.append(i == 0 ? "" : "; ").append(i + 1).append(": ").append(legend.get(i).label());
        }
        Sheet s = sheets.form(name, form, households.toUpperCase(java.util.Locale.forLanguageTag("vi")), report, last + 1);
        sheets.head(s, 7, 10, 0, 0, "TT");
        sheets.head(s, 7, 10, 1, 1, "Khu vực/Đơn vị");
        sheets.head(s, 7, 10, 2, 2, "Tổng số " + households);
        sheets.head(s, 7, 7, 3, last, (rates ? "Tỷ lệ chỉ số thiếu hụt dịch vụ xã hội cơ bản của " + households + " (so với"
                + " tổng số " + households + ", %) " : "Chỉ số thiếu hụt dịch vụ xã hội cơ bản của " + households + " ")
                + key + ")");
        List<String> numbers = new ArrayList<>(List.of("A", "B", "1"));
        for (int i = 0; i < legend.size(); i++) {
            sheets.head(s, 8, 10, 3 + i, 3 + i, String.valueOf(i + 1));
            numbers.add(String.valueOf(i + 2));
        }
        sheets.numbers(s, numbers.toArray(String[]::new));
        figures(s, units, u -> {
            long total = sum(units, u, r -> poorList ? r.poor().end() : r.nearPoor().end());
            List<Object> cells = new ArrayList<>();
            cells.add(total);
            for (ReviewForms.Indicator indicator : legend) {
                long lacking = sum(units, u, r -> lacking(r, indicator.code(), poorList));
                cells.add(rates ? rate(lacking, total) : (Object) lacking);
            }
            return cells;
        });
        sheets.signatures(s, units.size(), last);
    }

    private static long lacking(PovertyReport.Row r, String code, boolean poorList) {
        return r.deprivation().indicators().stream().filter(l -> code.equals(l.code()))
                .mapToLong(l -> poorList ? l.poor() : l.nearPoor()).sum();
    }

    /** The communes a unit of the forms sums: itself, the members of its block, or all for the total. */
    private static List<PovertyReport.Row> rows(List<Unit> units, Unit u) {
        if (u.row() != null && !"III".equals(u.number())) {
            return List.of(u.row());
        }
        List<PovertyReport.Row> rows = new ArrayList<>();
        boolean in = "III".equals(u.number());
        for (Unit x : units) {
            if (x.bold()) {
                in = "III".equals(u.number()) || x == u;
                continue;
            }
            if (in) {
                rows.add(x.row());
            }
        }
        return rows;
    }

    private static long sum(List<Unit> units, Unit u, java.util.function.ToLongFunction<PovertyReport.Row> f) {
        return rows(units, u).stream().mapToLong(f).sum();
    }

    /** The block's resident households, known only when every commune of it reported them. */
    private static Long known(List<Unit> units, Unit u, Function<PovertyReport.Row, Long> f) {
        List<PovertyReport.Row> rows = rows(units, u);
        if (rows.stream().anyMatch(r -> f.apply(r) == null)) {
            return null;
        }
        return rows.stream().mapToLong(f::apply).sum();
    }

    private static BigDecimal rate(long part, Long whole) {
        return whole == null || whole == 0 ? null : Fraction.percent(part, whole).rounded(2);
    }

    private void figures(Sheet s, List<Unit> units, Function<Unit, List<Object>> values) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            int r = FIRST_FIGURE_ROW + i;
            FormSheets.set(s, r, 0, u.number(), u.bold() ? sheets.bold : sheets.text);
            FormSheets.set(s, r, 1, u.name(), u.bold() ? sheets.bold : sheets.text);
            List<Object> cells = values.apply(u);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                Cell cell = s.getRow(r).createCell(2 + c);
                if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(u.bold() ? sheets.percentBold : sheets.percent);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(u.bold() ? sheets.wholeBold : sheets.whole);
                } else {
                    if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                    cell.setCellStyle(sheets.text);
                }
            }
        }
    }

}
