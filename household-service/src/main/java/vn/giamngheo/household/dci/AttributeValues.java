package vn.giamngheo.household.dci;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.household.dci.Criterion.Op;

/**
 * A query's values read as their attribute's type (whole numbers, dates, true or false, a status, a unit's code,
 * text), from JSON values or text as the specification allows both, and the comparisons each type takes. Pure.
 */
final class AttributeValues {

    private AttributeValues() {
    }

    static Criterion.Compare compare(RegistryAttribute attribute, Op op, JsonNode value) {
        List<Object> values = new ArrayList<>();
        if (op == Op.IN) {
            if (value.isArray()) {
                value.forEach(v -> values.add(typed(attribute, v)));
            } else if (value.isTextual()) {
                for (String part : value.asText().split(",")) {
                    values.add(typed(attribute, com.fasterxml.jackson.databind.node.TextNode.valueOf(part.strip())));
                }
            } else {
                throw SearchQueries.invalid("in takes a list of values for " + attribute.apiName);
            }
            if (values.isEmpty()) {
                throw SearchQueries.invalid("in takes at least one value for " + attribute.apiName);
            }
        } else {
            values.add(typed(attribute, value));
        }
        boolean ordered = attribute.type == RegistryAttribute.Type.INTEGER
                || attribute.type == RegistryAttribute.Type.DATE;
        if (!ordered && op != Op.EQ && op != Op.IN) {
            throw SearchQueries.invalid(attribute.apiName + " is compared with eq, in (or $ne) only");
        }
        return new Criterion.Compare(attribute, op, List.copyOf(values));
    }

    private static Object typed(RegistryAttribute attribute, JsonNode v) {
        String text = v.asText("").strip();
        switch (attribute.type) {
            case INTEGER -> {
                if (v.isIntegralNumber()) {
                    return v.longValue();
                }
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw SearchQueries.invalid(attribute.apiName + " is a whole number, not " + DciMessages.shown(v));
                }
            }
            case BOOLEAN -> {
                if (v.isBoolean() || "true".equals(text) || "false".equals(text)) {
                    return v.isBoolean() ? v.booleanValue() : Boolean.parseBoolean(text);
                }
                throw SearchQueries.invalid(attribute.apiName + " is true or false, not " + DciMessages.shown(v));
            }
            case DATE -> {
                try {
                    return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw SearchQueries.invalid(attribute.apiName + " is a date (2026-11-27), not " + DciMessages.shown(v));
                }
            }
            case STATUS -> {
                if (Set.of("POOR", "NEAR_POOR", "NOT_POOR").contains(text)) {
                    return text;
                }
                throw SearchQueries.invalid("poverty_status is POOR, NEAR_POOR or NOT_POOR, not " + DciMessages.shown(v));
            }
            case AREA -> {
                if (text.matches("\\d{2}|\\d{3}|\\d{5}")) {
                    return text;
                }
                throw SearchQueries.invalid("commune_code is an administrative unit's code (01501, or 04 for the province), not "
                        + DciMessages.shown(v));
            }
            default -> {
                if (!v.isTextual() || text.isEmpty() || text.length() > 50) {
                    throw SearchQueries.invalid(attribute.apiName + " is a text of 1 to 50 characters, not " + DciMessages.shown(v));
                }
                return text;
            }
        }
    }

}
