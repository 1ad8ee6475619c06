package vn.giamngheo.household.review;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A list to print, post or annex: the administrative heading, the title and the lines under it, the columns, the
 * sections (poor, near-poor, out of poverty, out of near-poverty) with their households, and the signatures.
 * The same paper is written as XLSX and as PDF.
 *
 * @param fileName the file's name without its extension
 */
public record ListPaper(@Schema(required = true) String issuer,
        @Schema(required = true) String title,
        @Schema(required = true) List<String> subtitle,
        @Schema(required = true) List<String> columns,
        @Schema(required = true) List<Section> sections,
        @Schema(required = true) List<String> notes,
        @Schema(required = true) String signature,
        @Schema(required = true) String fileName) {

    /** A section of the list: its heading and one row of cells per household. */
    @Schema(name = "ListPaperSection")
    public record Section(@Schema(required = true) String heading,
            @Schema(required = true) List<List<String>> rows) {
    }

    /** Every household of the paper, once, by its code (the second column). */
    public long households() {
        return sections.stream().flatMap(s -> s.rows().stream()).map(r -> r.get(1)).distinct().count();
    }
}
