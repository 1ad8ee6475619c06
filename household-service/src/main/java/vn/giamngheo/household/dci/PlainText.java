package vn.giamngheo.household.dci;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.platform.web.problem.StrictJson;

/** The text of a DCI body, as the platform keeps text ({@link StrictJson#refusalOf}), in its values and names. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Refuses a body with a text that is not plain, in a value or a member's name.
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
        String refusal = StrictJson.refusalOf(text);
        return refusal == null ? null
                : new Envelopes.Refusal("err.request.bad", "A " + refusal.substring("the ".length()));
    }
}
