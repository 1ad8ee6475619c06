package vn.giamngheo.platform.web.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as an officer types it on a keyboard without diacritics: marks dropped, đ as d, lower case,
 * single spaces. "Xã Đàm Thủy" and "Đàm Thuỷ" (the older accent placement) both read "xa dam thuy", so "dam thuy"
 * finds either.
 */
public final class Unaccented {

    private Unaccented() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }
}
