package vn.giamngheo.reporting.api;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.giamngheo.reporting.domain.ReviewForms;
import vn.giamngheo.reporting.report.PovertyReport;

/**
 * How a form sheet is drawn: the heading of an administrative paper (the issuing committee, the national motto, the
 * place and date), the title, bordered header cells merged over their columns, the row of column numbers, the
 * signatures; and the styles of its cells.
 */
final class FormSheets {

    final XSSFWorkbook wb = new XSSFWorkbook();
    final CellStyle text;
    final CellStyle bold;
    final CellStyle head;
    final CellStyle whole;
    final CellStyle wholeBold;
    final CellStyle percent;
    final CellStyle percentBold;
    final CellStyle title;

    FormSheets() {
        Font b = wb.createFont();
        b.setBold(true);
        text = bordered(false);
        bold = bordered(false);
        bold.setFont(b);
        head = bordered(false);
        head.setFont(b);
        head.setWrapText(true);
        head.setAlignment(HorizontalAlignment.CENTER);
        head.setVerticalAlignment(VerticalAlignment.CENTER);
        whole = bordered(true);
        whole.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        wholeBold = bordered(true);
        wholeBold.cloneStyleFrom(whole);
        wholeBold.setFont(b);
        percent = bordered(true);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        percentBold = bordered(true);
        percentBold.cloneStyleFrom(percent);
        percentBold.setFont(b);
        title = wb.createCellStyle();
        title.setFont(b);
        title.setAlignment(HorizontalAlignment.CENTER);
    }

    private CellStyle bordered(boolean number) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (number) {
            s.setAlignment(HorizontalAlignment.RIGHT);
        }
        return s;
    }

    /** A form's sheet with the heading of an administrative paper and its title; the header rows are 7–10. */
    Sheet form(String name, ReviewForms.Form form, String households, PovertyReport report, int columns) {
        Sheet s = wb.createSheet(name);
        int right = Math.max(columns - 5, 3);
        set(s, 0, 0, "UBND " + report.unitName(), title);
        set(s, 0, right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", title);
        set(s, 1, right, "Độc lập - Tự do - Hạnh phúc", title);
        set(s, 2, right, "……, ngày … tháng … năm …", null);
        set(s, 3, 0, "Mẫu " + form.number(), null);
        set(s, 4, 0, households == null ? form.title() : String.format(form.title(), households), title);
        s.addMergedRegion(new CellRangeAddress(4, 4, 0, columns - 1));
        set(s, 5, 0, "Danh sách năm " + report.listYear() + " (rà soát định kỳ cuối năm " + report.planYear() + ")",
                title);
        s.addMergedRegion(new CellRangeAddress(5, 5, 0, columns - 1));
        s.setColumnWidth(1, 30 * 256);
        for (int c = 2; c < columns; c++) {
            s.setColumnWidth(c, 12 * 256);
        }
        return s;
    }

    void head(Sheet s, int r1, int r2, int c1, int c2, String value) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                set(s, r, c, r == r1 && c == c1 ? value : null, head);
            }
        }
        if (r1 != r2 || c1 != c2) {
            s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** The row of column numbers (and formulas) under the headers. */
    void numbers(Sheet s, String... numbers) {
        for (int c = 0; c < numbers.length; c++) {
            set(s, ReviewFormsWorkbook.FIRST_FIGURE_ROW - 1, c, numbers[c], head);
        }
    }

    void signatures(Sheet s, int units, int lastColumn) {
        int r = ReviewFormsWorkbook.FIRST_FIGURE_ROW + units + 1;
        int right = Math.max(lastColumn - 4, 3);
        set(s, r, 1, "Người lập biểu", title);
        set(s, r, right, "……, ngày … tháng … năm …", null);
        set(s, r + 1, right, "CHỦ TỊCH UBND", title);
        set(s, r + 2, 1, "(Ký, ghi rõ họ tên) [U]", null);
        set(s, r + 2, right, "(Ký, ghi rõ họ tên, đóng dấu) [U]", null);
    }

    static void set(Sheet s, int r, int c, String value, CellStyle style) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
