package vn.giamngheo.household.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.librepdf.openpdf.fonts.Liberation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.giamngheo.household.review.ListPaper;

/**
 * A list paper as the commune prints or opens it: an XLSX workbook, or an A4 PDF in Liberation Serif (metric-compatible
 * with Times New Roman, the administrative papers' face), embedded so that every Vietnamese letter prints anywhere.
 */
public final class PaperFormats {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private PaperFormats() {
    }

    public static byte[] xlsx(ListPaper paper) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = bordered(wb);
            head.setFont(bold);
            head.setWrapText(true);
            head.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = bordered(wb);
            Sheet s = wb.createSheet("Danh sách");
            int last = paper.columns().size() - 1;
            int r = 0;
            put(s, r, 0, paper.issuer(), title);
            put(s, r, Math.max(last - 2, 2), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", title);
            put(s, ++r, Math.max(last - 2, 2), "Độc lập - Tự do - Hạnh phúc", title);
            r += 2;
            put(s, r, 0, paper.title(), title);
            s.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            for (String line : paper.subtitle()) {
                put(s, ++r, 0, line, null);
                s.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            }
            r += 2;
            for (int c = 0; c <= last; c++) {
                put(s, r, c, paper.columns().get(c), head);
            }
            for (ListPaper.Section section : paper.sections()) {
                put(s, ++r, 0, section.heading() + " (" + section.rows().size() + " hộ)", head);
                s.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                for (List<String> row : section.rows()) {
                    r++;
                    for (int c = 0; c < row.size(); c++) {
                        put(s, r, c, row.get(c), cell);
                    }
                }
            }
            for (String note : paper.notes()) {
                put(s, ++r, 0, note, null);
            }
            put(s, r + 2, Math.max(last - 2, 2), paper.signature(), title);
            s.setColumnWidth(1, 18 * 256);
            s.setColumnWidth(2, 28 * 256);
            s.setColumnWidth(3, 20 * 256);
            s.setColumnWidth(last, 26 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void put(Sheet s, int r, int c, String value, CellStyle style) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    public static byte[] pdf(ListPaper paper) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(paper.title());
            doc.open();
            com.lowagie.text.Font regular = Liberation.SERIF.create(11);
            com.lowagie.text.Font bold = Liberation.SERIF_BOLD.create(11);
            com.lowagie.text.Font heading = Liberation.SERIF_BOLD.create(13);
            PdfPTable top = new PdfPTable(2);
            top.setWidthPercentage(100);
            top.addCell(plain(paper.issuer(), bold, Element.ALIGN_LEFT));
            top.addCell(plain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold,
                    Element.ALIGN_CENTER));
            doc.add(top);
            Paragraph title = new Paragraph(paper.title(), heading);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(12);
            doc.add(title);
            for (String line : paper.subtitle()) {
                Paragraph p = new Paragraph(line, regular);
                p.setAlignment(Element.ALIGN_CENTER);
                doc.add(p);
            }
            int columns = paper.columns().size();
            PdfPTable table = new PdfPTable(columns);
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            float[] widths = new float[columns];
            for (int c = 0; c < columns; c++) {
                // Wide enough for a household's code (16 characters) on one line.
                widths[c] = c == 0 ? 0.5f : c == 1 ? 2.1f : c == 2 ? 2.6f : c == columns - 1 ? 2.4f : 1.2f;
            }
            table.setWidths(widths);
            for (String column : paper.columns()) {
                table.addCell(boxed(column, bold, Element.ALIGN_CENTER, 1));
            }
            for (ListPaper.Section section : paper.sections()) {
                table.addCell(boxed(section.heading() + " (" + section.rows().size() + " hộ)", bold, Element.ALIGN_LEFT,
                        columns));
                for (List<String> row : section.rows()) {
                    for (String value : row) {
                        table.addCell(boxed(value, regular, Element.ALIGN_LEFT, 1));
                    }
                }
            }
            doc.add(table);
            for (String note : paper.notes()) {
                doc.add(new Paragraph(note, regular));
            }
            Paragraph signature = new Paragraph(paper.signature(), bold);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(18);
            doc.add(signature);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell plain(String text, com.lowagie.text.Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static PdfPCell boxed(String text, com.lowagie.text.Font font, int align, int span) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setColspan(span);
        cell.setPadding(3);
        return cell;
    }
}
