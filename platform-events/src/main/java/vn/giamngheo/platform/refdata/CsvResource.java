package vn.giamngheo.platform.refdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference data files: comma-separated, '#' comments, a header line, the last column free text. */
final class CsvResource {

    private CsvResource() {
    }

    static List<String[]> read(String path, int columns) {
        InputStream in = CsvResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("reference data " + path + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", columns);
                if (cells.length != columns) {
                    throw new IllegalStateException(path + ": expected " + columns + " columns in: " + line);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
