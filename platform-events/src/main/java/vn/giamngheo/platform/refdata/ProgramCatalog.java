package vn.giamngheo.platform.refdata;

import java.util.List;
import java.util.Optional;

/** The program's 7 projects and their sub-projects (QĐ 90/QĐ-TTg), matched by code, never by title. */
public final class ProgramCatalog {

    private static final ProgramCatalog INSTANCE = new ProgramCatalog(
            CsvResource.read("refdata/program-catalog.csv", 4));

    private final List<Entry> entries;

    private ProgramCatalog(List<String[]> rows) {
        this.entries = rows.stream()
                .map(c -> new Entry(c[0], c[1], c[2].isEmpty() ? null : c[2], c[3]))
                .toList();
    }

    public static ProgramCatalog get() {
        return INSTANCE;
    }

    /**
     * A project ({@code subProjectCode} null) or one of its sub-projects.
     *
     * @param code {@code DA1} for a project, {@code DA1.TDA2} for a sub-project
     */
    public record Entry(String code, String projectCode, String subProjectCode, String name) {

        public boolean isProject() {
            return subProjectCode == null;
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> projects() {
        return entries.stream().filter(Entry::isProject).toList();
    }

    public List<Entry> subProjectsOf(String projectCode) {
        return entries.stream().filter(e -> !e.isProject() && e.projectCode().equals(projectCode)).toList();
    }

    public Optional<Entry> find(String projectCode, String subProjectCode) {
        return entries.stream()
                .filter(e -> e.projectCode().equals(projectCode)
                        && java.util.Objects.equals(e.subProjectCode(), subProjectCode))
                .findFirst();
    }
}
