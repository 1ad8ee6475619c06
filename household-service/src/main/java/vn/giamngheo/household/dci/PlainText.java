package vn.giamngheo.household.dci;

import com.fasterxml.jackson.databind.JsonNode;

/** The text of a DCI body, as the registry can keep and compare it. Pure. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Refuses text the registry cannot keep or compare: a control character other than tab, line feed and carriage
     * return (NUL among them, which PostgreSQL cannot store), or half of a surrogate pair; in values and names alike.
     *
     * @return the refusal, or null when every text of the body is plain
     */
    public static Envelopes.Refusal refusal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return plain(node.textValue());
        }
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            java.util.Map.Entry<String, JsonNode> f = it.next();
            Envelopes.Refusal r = plain(f.getKey());
            if (r == null) {
                r = refusal(f.getValue());
            }
            if (r != null) {
                return r;
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Envelopes.Refusal r = refusal(item);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Envelopes.Refusal plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return new Envelopes.Refusal("err.request.bad", "A text holds the control character "
                        + String.format("U+%04X", (int) c) + "; remove it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Envelopes.Refusal("err.request.bad", "A text holds half of a character (U+"
                        + String.format("%04X", (int) c) + "); check the text's encoding");
            }
        }
        return null;
    }

}
