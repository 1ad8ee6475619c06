package vn.giamngheo.reporting.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.giamngheo.reporting.domain.DeprivationStructure;
import vn.giamngheo.reporting.domain.Figures;
import vn.giamngheo.reporting.domain.StandardEffect;
import vn.giamngheo.reporting.report.DistrictReport;
import vn.giamngheo.reporting.report.PovertyReport;
import vn.giamngheo.reporting.report.SpendingReport;

/**
 * The district report as the department opens it: an XLSX workbook with Vietnamese headings and number formats
 * (a sheet for poverty, one for its deprivation structure, one for what a new standard alone moved where it did,
 * one for money by project and fund type, one for money by implementing unit), or CSV of the same tables in UTF-8
 * with a byte-order mark for Excel.
 */
public final class ReportFormats {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    static final List<String> POVERTY_HEADINGS = List.of("Mã đơn vị", "Tên đơn vị", "Tổng số hộ dân cư",
            "Hộ nghèo đầu kỳ", "Hộ nghèo tăng", "Hộ nghèo giảm", "Hộ nghèo cuối kỳ", "Tỷ lệ hộ nghèo (%)",
            "Thay đổi (điểm %)", "Hộ nghèo DTTS", "Hộ cận nghèo đầu kỳ", "Hộ cận nghèo tăng", "Hộ cận nghèo giảm",
            "Hộ cận nghèo cuối kỳ", "Tỷ lệ hộ cận nghèo (%)", "Tỷ lệ nghèo đa chiều (%)");
    static final List<String> MONEY_HEADINGS = List.of("Mã", "Dự án / nguồn vốn", "Kế hoạch đề xuất (đồng)",
            "Kế hoạch vốn giao (đồng)", "Đã giải ngân (đồng)", "Tỷ lệ giải ngân (%)", "Giải ngân so với đề xuất (%)");

    static final List<String> DEPRIVATION_HEADINGS = List.of("Mã chỉ số", "Chỉ số / chiều thiếu hụt", "Chiều",
            "Hộ nghèo thiếu hụt", "Trong số hộ nghèo (%)", "Hộ nghèo DTTS thiếu hụt", "Hộ cận nghèo thiếu hụt",
            "Trong số hộ cận nghèo (%)", "Hộ cận nghèo DTTS thiếu hụt");
    static final List<String> STANDARD_EFFECT_HEADINGS = List.of("Mã đơn vị", "Tên đơn vị",
            "Hộ nghèo tăng do chuẩn mới", "Hộ nghèo giảm do chuẩn mới", "Hộ cận nghèo tăng do chuẩn mới",
            "Hộ cận nghèo giảm do chuẩn mới", "Thay đổi tỷ lệ hộ nghèo do chuẩn mới (điểm %)",
            "Thay đổi tỷ lệ hộ nghèo do biến động thực tế (điểm %)", "Thay đổi tỷ lệ hộ cận nghèo do chuẩn mới (điểm %)",
            "Thay đổi tỷ lệ hộ cận nghèo do biến động thực tế (điểm %)");
    /** The label of the dimension rows' third column: the row counts households lacking any of its indicators. */
    static final String WHOLE_DIMENSION = "(cả chiều)";

    static final List<String> AREA_HEADINGS = List.of("Mã đơn vị", "Đơn vị thực hiện", "Kế hoạch vốn giao (đồng)",
            "Đã giải ngân (đồng)", "Tỷ lệ giải ngân (%)");

    private ReportFormats() {
    }

    static List<List<Object>> areaRows(SpendingReport s) {
        List<List<Object>> rows = new ArrayList<>();
        for (SpendingReport.AreaRow row : s.byImplementingArea()) {
            rows.add(java.util.Arrays.asList(row.code(), row.name(), row.assignedVnd(), row.disbursedVnd(),
                    row.disbursementRatePercent()));
        }
        return rows;
    }

    static List<List<Object>> povertyRows(PovertyReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (PovertyReport.Row row : r.communes()) {
            rows.add(poverty(row));
        }
        rows.add(poverty(r.total()));
        return rows;
    }

    private static List<Object> poverty(PovertyReport.Row row) {
        Figures p = row.poor();
        Figures n = row.nearPoor();
        List<Object> cells = new ArrayList<>();
        cells.add(row.code());
        cells.add(row.name());
        cells.add(row.residentHouseholds());
        cells.add(p.start());
        cells.add(sum(p.inflows()));
        cells.add(sum(p.outflows()));
        cells.add(p.end());
        cells.add(p.ratePercent());
        cells.add(p.changePoints());
        cells.add(p.ethnicMinority().end());
        cells.add(n.start());
        cells.add(sum(n.inflows()));
        cells.add(sum(n.outflows()));
        cells.add(n.end());
        cells.add(n.ratePercent());
        cells.add(row.multidimensionalRatePercent());
        return cells;
    }

    /**
     * The list by what its households lack: the indicators, then the dimensions, then the households whose review
     * said what they lack and those of the list it did not.
     */
    static List<List<Object>> deprivationRows(PovertyReport r) {
        DeprivationStructure d = r.total().deprivation();
        List<List<Object>> rows = new ArrayList<>();
        for (DeprivationStructure.Line line : d.indicators()) {
            rows.add(deprivation(line.code(), line.name(), line.dimension(), line));
        }
        for (DeprivationStructure.Line line : d.dimensions()) {
            rows.add(deprivation(null, line.name(), WHOLE_DIMENSION, line));
        }
        rows.add(java.util.Arrays.asList(null, "Số hộ có thông tin thiếu hụt", null, d.poorSurveyed(), null, null,
                d.nearPoorSurveyed(), null, null));
        rows.add(java.util.Arrays.asList(null, "Số hộ chưa có thông tin thiếu hụt", null, d.poorNotSurveyed(), null,
                null, d.nearPoorNotSurveyed(), null, null));
        return rows;
    }

    private static List<Object> deprivation(String code, String name, String dimension, DeprivationStructure.Line l) {
        return java.util.Arrays.asList(code, name, dimension, l.poor(), l.poorPercent(), l.poorEthnicMinority(),
                l.nearPoor(), l.nearPoorPercent(), l.nearPoorEthnicMinority());
    }

    /** The units whose lists a new standard alone moved, and the unit's total when it did: empty elsewhere. */
    static List<List<Object>> standardEffectRows(PovertyReport r) {
        List<List<Object>> rows = new ArrayList<>();
        List<PovertyReport.Row> units = new ArrayList<>(r.communes());
        units.add(r.total());
        for (PovertyReport.Row row : units) {
            StandardEffect e = row.standardEffect();
            if (e != null) {
                rows.add(java.util.Arrays.asList(row.code(), row.name(), e.poorIn(), e.poorOut(), e.nearPoorIn(),
                        e.nearPoorOut(), e.poorPoints(), e.poorRealPoints(), e.nearPoorPoints(),
                        e.nearPoorRealPoints()));
            }
        }
        return rows;
    }

    static List<List<Object>> moneyRows(SpendingReport s) {
        List<List<Object>> rows = new ArrayList<>();
        for (SpendingReport.Row row : s.byProject()) {
            rows.add(money(row));
        }
        for (SpendingReport.Row row : s.byFundType()) {
            rows.add(money(row));
        }
        rows.add(money(s.total()));
        return rows;
    }

    private static List<Object> money(SpendingReport.Row row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.group());
        cells.add(row.label());
        cells.add(row.proposedVnd());
        cells.add(row.assignedVnd());
        cells.add(row.disbursedVnd());
        cells.add(row.disbursementRatePercent());
        cells.add(row.disbursedOfProposedPercent());
        return cells;
    }

    public static byte[] xlsx(DistrictReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DataFormat format = wb.createDataFormat();
            CellStyle whole = wb.createCellStyle();
            whole.setDataFormat(format.getFormat("#,##0"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(format.getFormat("0.00"));
            CellStyle heading = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setWrapText(true);
            PovertyReport p = report.poverty();
            SpendingReport s = report.spending();
            sheet(wb.createSheet("Nghèo đa chiều"), "Kết quả rà soát hộ nghèo, hộ cận nghèo — " + p.unitName()
                    + ", danh sách năm " + p.listYear(), POVERTY_HEADINGS, povertyRows(p), heading, whole, percent);
            sheet(wb.createSheet("Thiếu hụt"), "Hộ nghèo, hộ cận nghèo theo chỉ số và chiều thiếu hụt — "
                    + p.unitName() + ", danh sách năm " + p.listYear(), DEPRIVATION_HEADINGS, deprivationRows(p),
                    heading, whole, percent);
            List<List<Object>> effect = standardEffectRows(p);
            if (!effect.isEmpty()) {
                sheet(wb.createSheet("Chuẩn nghèo mới"), "Thay đổi do áp dụng chuẩn nghèo mới và do biến động thực tế"
                        + " — " + p.unitName() + ", danh sách năm " + p.listYear() + " so với năm " + (p.listYear() - 1),
                        STANDARD_EFFECT_HEADINGS, effect, heading, whole, percent);
            }
            sheet(wb.createSheet("Kinh phí"), "Kinh phí thực hiện Chương trình — " + s.unitName() + ", năm " + s.year(),
                    MONEY_HEADINGS, moneyRows(s), heading, whole, percent);
            sheet(wb.createSheet("Đơn vị thực hiện"), "Vốn giao và giải ngân theo đơn vị thực hiện — " + s.unitName()
                    + ", năm " + s.year(), AREA_HEADINGS, areaRows(s), heading, whole, percent);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, String title, List<String> headings, List<List<Object>> rows,
            CellStyle heading, CellStyle whole, CellStyle percent) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row head = sheet.createRow(2);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(heading);
            sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 16 * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(3 + r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                Cell cell = row.createCell(c);
                if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(percent);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(whole);
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                }
            }
        }
        sheet.createFreezePane(2, 3);
    }

    public static byte[] csv(DistrictReport report) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        table(sb, POVERTY_HEADINGS, povertyRows(report.poverty()));
        sb.append("\r\n");
        table(sb, DEPRIVATION_HEADINGS, deprivationRows(report.poverty()));
        sb.append("\r\n");
        List<List<Object>> effect = standardEffectRows(report.poverty());
        if (!effect.isEmpty()) {
            table(sb, STANDARD_EFFECT_HEADINGS, effect);
            sb.append("\r\n");
        }
        table(sb, MONEY_HEADINGS, moneyRows(report.spending()));
        sb.append("\r\n");
        table(sb, AREA_HEADINGS, areaRows(report.spending()));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder sb, List<String> headings, List<List<Object>> rows) {
        sb.append(String.join(",", headings.stream().map(ReportFormats::quote).toList())).append("\r\n");
        for (List<Object> row : rows) {
            sb.append(String.join(",", row.stream().map(v -> v == null ? "" : quote(v instanceof BigDecimal d
                    ? d.toPlainString() : v.toString())).toList())).append("\r\n");
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }
}
