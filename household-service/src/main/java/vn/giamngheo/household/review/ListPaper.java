package vn.giamngheo.household.review;

import java.util.List;

/**
 * A list to print, post or annex: the administrative heading, the title and the lines under it, the columns, the
 * sections (poor, near-poor, out of poverty, out of near-poverty) with their households, and the signatures.
 * The same paper is written as XLSX and as PDF.
 *
 * @param fileName the file's name without its extension
 */
public record ListPaper(String issuer, String title, List<String> subtitle, List<String> columns,
        List<Section> sections, List<String> notes, String signature, String fileName) {

    /** A section of the list: its heading and one row of cells per household. */
    public record Section(String heading, List<List<String>> rows) {
    }

    /** Every household of the paper, once, by its code (the second column). */
    public long households() {
        return sections.stream().flatMap(s -> s.rows().stream()).map(r -> r.get(1)).distinct().count();
    }
}
