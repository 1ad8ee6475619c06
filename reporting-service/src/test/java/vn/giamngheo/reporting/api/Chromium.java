package vn.giamngheo.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A headless Chromium for the tests: a page's DOM, a screenshot, and a workbook's sheet drawn as a page. */
final class Chromium {

    private Chromium() {
    }

    /** Runs Chromium on a page with an action (--dump-dom, --screenshot=…); what it printed. */
    static String run(String action, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(System.getenv().getOrDefault("GIAMNGHEO_CHROMIUM", "chromium"),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--virtual-time-budget=15000", action, url));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }

    /**
     * A sheet as an HTML table (merged cells spanned, numbers as Excel shows them) screenshotted to {@code png}: what
     * a person sees of the form, for the README.
     */
    static void picture(Sheet sheet, Path png) throws IOException, InterruptedException {
        DataFormatter format = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><meta charset=\"utf-8\"><style>body{font:12px"
                + " 'Liberation Serif',serif;margin:12px}table{border-collapse:collapse}td{padding:2px 4px;"
                + "vertical-align:middle}td.b{border:1px solid #444}</style><table>");
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            html.append("<tr>");
            Row row = sheet.getRow(r);
            for (int c = 0; c < columns; c++) {
                CellRangeAddress merged = mergedAt(sheet, r, c);
                if (merged != null && (merged.getFirstRow() != r || merged.getFirstColumn() != c)) {
                    continue;
                }
                Cell cell = row == null ? null : row.getCell(c);
                String text = cell == null ? "" : format.formatCellValue(cell);
                boolean border = cell != null && cell.getCellStyle().getBorderTop() != org.apache.poi.ss.usermodel.BorderStyle.NONE;
                boolean bold = cell != null && sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
                html.append("<td").append(border ? " class=\"b\"" : "");
                if (merged != null) {
                    html.append(" rowspan=\"").append(merged.getLastRow() - merged.getFirstRow() + 1).append("\" colspan=\"")
                            .append(merged.getLastColumn() - merged.getFirstColumn() + 1).append("\" align=\"center\"");
                }
                html.append(">").append(bold ? "<b>" : "").append(text.replace("&", "&amp;").replace("<", "&lt;"))
                        .append(bold ? "</b>" : "").append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        Path page = Files.createTempFile("form", ".html");
        Files.writeString(page, html);
        Files.deleteIfExists(png);
        Files.createDirectories(png.getParent());
        run("--screenshot=" + png, page.toUri().toString());
    }

    private static CellRangeAddress mergedAt(Sheet sheet, int r, int c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(r, c)) {
                return m;
            }
        }
        return null;
    }
}
