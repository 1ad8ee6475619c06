package vn.giamngheo.household.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.giamngheo.household.registry.PolicyLists;

/**
 * A policy list as CSV (UTF-8 with a byte-order mark, which spreadsheet programs need to read Vietnamese) or XLSX
 * (streamed, for a province's list): a title, the legal basis, the area and period, then a header and the rows.
 */
final class PolicyListFormats {

    static final String CSV = "text/csv";

    private PolicyListFormats() {
    }

    static byte[] csv(PolicyLists.Drawn list) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, list.definition().title());
        line(out, "Căn cứ: " + list.definition().legalBasis());
        line(out, "Địa bàn: " + list.area() + period(list));
        out.append(String.join(",", list.columns().stream().map(c -> quote(c.header())).toList())).append("\r\n");
        for (Map<String, Object> row : list.rows()) {
            out.append(String.join(",", list.columns().stream().map(c -> quote(cell(row.get(c.key())))).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(PolicyLists.Drawn list) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            Font bold = wb.createFont();
            bold.setBold(true);
            var header = wb.createCellStyle();
            header.setFont(bold);
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(list.definition().title());
            sheet.createRow(r++).createCell(0).setCellValue("Căn cứ: " + list.definition().legalBasis());
            sheet.createRow(r++).createCell(0).setCellValue("Địa bàn: " + list.area() + period(list));
            Row head = sheet.createRow(r++);
            for (int c = 0; c < list.columns().size(); c++) {
                head.createCell(c).setCellValue(list.columns().get(c).header());
                head.getCell(c).setCellStyle(header);
            }
            for (Map<String, Object> values : list.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < list.columns().size(); c++) {
                    Object v = values.get(list.columns().get(c).key());
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(cell(v));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String period(PolicyLists.Drawn list) {
        return list.listYear() != null ? "; danh sách năm " + list.listYear()
                : "; từ " + list.from() + " đến " + list.to();
    }

    private static String cell(Object v) {
        if (v instanceof Boolean b) {
            return b ? "x" : "";
        }
        return PolicyLists.label(v);
    }

    private static void line(StringBuilder out, String text) {
        out.append(quote(text)).append("\r\n");
    }

    private static String quote(String s) {
        // A cell that starts a formula is quoted as text: a name never runs in the reader's spreadsheet.
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
