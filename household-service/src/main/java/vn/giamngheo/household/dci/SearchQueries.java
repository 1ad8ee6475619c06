package vn.giamngheo.household.dci;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giamngheo.household.dci.Criterion.Op;

/**
 * Reads a search request's {@code search_criteria} into a {@link Criterion}: the three query types of the
 * specification over the attributes of {@link RegistryAttribute}, the sort and the page. Pure: what the caller may
 * see is judged by the search itself.
 * <ul>
 * <li>{@code idtype-value}: {@code {"type": "UIN", "value": "…"}} (UIN, NIN or IDENTITY_NUMBER: a member's identity
 * number) or {@code {"type": "HOUSEHOLD_ID", "value": "01501-…"}}.</li>
 * <li>{@code expression}: {@code {"type": "ns:org:QueryType:expression", "value": {"expression": {"collection":
 * "Group", "query": {…}}}}}, the query in the operators of the specification's example: {@code $and}, {@code $or},
 * {@code $not}, and per attribute {@code $eq $ne $lt $lte $gt $gte $in} (a bare value is {@code $eq}).</li>
 * <li>{@code predicate}: a list of {@code {seq_num, expression1, condition, expression2}}, each expression an
 * attribute, an operator ({@code gt lt eq ge le in}) and a value; the items hold together (and), in the order of
 * their seq_num; {@code condition: not} reads "expression1 and not expression2".</li>
 * </ul>
 */
public final class SearchQueries {

    /** The largest page: a bigger list is drawn page by page, or through the policy lists' exports. */
    public static final int MOST_PAGE_SIZE = 1000;
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** The last page of the largest pages whose first row's offset is still a whole number a query takes. */
    public static final int MOST_PAGE_NUMBER = Integer.MAX_VALUE / MOST_PAGE_SIZE;

    public static final Set<String> IDENTITY_TYPES = Set.of("UIN", "NIN", "IDENTITY_NUMBER");
    public static final String HOUSEHOLD_ID_TYPE = "HOUSEHOLD_ID";

    private static final Map<String, Op> EXPRESSION_OPS = Map.of("$eq", Op.EQ, "$ne", Op.NE, "$lt", Op.LT, "$lte",
            Op.LE, "$gt", Op.GT, "$gte", Op.GE, "$in", Op.IN);
    private static final Map<String, Op> PREDICATE_OPS = Map.of("eq", Op.EQ, "lt", Op.LT, "le", Op.LE, "gt", Op.GT,
            "ge", Op.GE, "in", Op.IN);

    private SearchQueries() {
    }

    /** A search refused for one of the specification's reason codes, with a message the caller can act on. */
    public static final class Rejection extends RuntimeException {
        public final String reasonCode;

        public Rejection(String reasonCode, String message) {
            super(message, null, false, false);
            this.reasonCode = reasonCode;
        }
    }

    public record Sort(RegistryAttribute attribute, boolean descending) {
    }

    /** What to answer with: Group (households) or Member (the members, found by an identity number). */
    public enum Entity {
        GROUP, MEMBER
    }

    public record Query(Criterion criterion, List<Sort> sort, int pageSize, int pageNumber, Entity entity) {
        /** Whether the query reads personal attributes (an identity number) or asks for members. */
        public boolean personal() {
            Set<RegistryAttribute> read = new java.util.HashSet<>();
            Criterion.attributes(criterion, read);
            return entity == Entity.MEMBER || read.stream().anyMatch(a -> a.personal);
        }
    }

    public static Query read(JsonNode criteria) {
        String type = criteria.path("query_type").asText();
        JsonNode query = criteria.path("query");
        Criterion criterion = switch (type) {
            case "idtype-value" -> idTypeValue(query);
            case "expression" -> expression(query);
            case "predicate" -> predicate(query);
            default -> throw invalid("query_type must be idtype-value, expression or predicate");
        };
        Entity entity = entity(criteria.path("response_entity"), criterion);
        return new Query(criterion, sort(criteria.path("sort")), page(criteria.path("pagination"), "page_size",
                DEFAULT_PAGE_SIZE), page(criteria.path("pagination"), "page_number", 1), entity);
    }

    private static Entity entity(JsonNode responseEntity, Criterion criterion) {
        if (responseEntity.isMissingNode() || responseEntity.isNull() || "Group".equals(responseEntity.asText())) {
            return Entity.GROUP;
        }
        if ("Member".equals(responseEntity.asText())) {
            if (!(criterion instanceof Criterion.Compare c) || c.attribute() != RegistryAttribute.IDENTITY_NUMBER) {
                throw invalid("Members are answered for an idtype-value search by identity number (UIN); other "
                        + "searches answer with households (response_entity Group)");
            }
            return Entity.MEMBER;
        }
        throw invalid("response_entity must be Group or Member");
    }

    static Criterion idTypeValue(JsonNode query) {
        String type = query.path("type").asText("");
        JsonNode value = query.path("value");
        if (!value.isTextual() && !value.isNumber() || value.asText().isBlank()) {
            throw invalid("An idtype-value query needs a value: the identity number, or the household's code");
        }
        if (IDENTITY_TYPES.contains(type)) {
            return new Criterion.Compare(RegistryAttribute.IDENTITY_NUMBER, Op.EQ, List.of(value.asText().strip()));
        }
        if (HOUSEHOLD_ID_TYPE.equals(type)) {
            return new Criterion.Compare(RegistryAttribute.HOUSEHOLD_ID, Op.EQ, List.of(value.asText().strip()));
        }
        throw invalid("idtype-value type " + (type.isEmpty() ? "(none)" : DciMessages.shown(type)) + " is not searched here: use UIN "
                + "(a member's identity number) or HOUSEHOLD_ID (the household's code)");
    }

    static Criterion expression(JsonNode query) {
        JsonNode expression = query.path("value").path("expression");
        if (!expression.isObject()) {
            throw invalid("An expression query is {\"type\": \"ns:org:QueryType:expression\", \"value\": "
                    + "{\"expression\": {\"collection\": \"Group\", \"query\": {…}}}}");
        }
        String collection = expression.path("collection").asText("Group");
        if (!"Group".equals(collection)) {
            throw invalid("Expressions search the collection Group (households), not " + DciMessages.shown(collection));
        }
        JsonNode body = expression.path("query");
        if (!body.isObject() || body.isEmpty()) {
            throw invalid("The expression's query must be an object of conditions, e.g. {\"$and\": "
                    + "[{\"poverty_status\": {\"$eq\": \"POOR\"}}, {\"commune_code\": {\"$eq\": \"01501\"}}]}");
        }
        return conditions(body);
    }

    private static Criterion conditions(JsonNode object) {
        if (object.isEmpty()) {
            throw invalid("A condition must name at least one attribute or operator; {} says nothing");
        }
        List<Criterion> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            switch (f.getKey()) {
                case "$and" -> parts.add(new Criterion.All(list(f.getValue(), "$and")));
                case "$or" -> parts.add(new Criterion.Any(list(f.getValue(), "$or")));
                case "$not" -> {
                    if (!f.getValue().isObject()) {
                        throw invalid("$not takes an object of conditions");
                    }
                    parts.add(new Criterion.Not(conditions(f.getValue())));
                }
                default -> parts.add(attributeConditions(f.getKey(), f.getValue()));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Criterion.All(parts);
    }

    private static List<Criterion> list(JsonNode node, String operator) {
        if (!node.isArray() || node.isEmpty()) {
            throw invalid(operator + " takes a non-empty list of conditions");
        }
        List<Criterion> parts = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw invalid(operator + " takes a list of objects");
            }
            parts.add(conditions(item));
        }
        return parts;
    }

    private static Criterion attributeConditions(String name, JsonNode node) {
        RegistryAttribute attribute = comparable(name);
        if (!node.isObject()) {
            return AttributeValues.compare(attribute, Op.EQ, node);
        }
        List<Criterion> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> ops = node.fields();
        while (ops.hasNext()) {
            Map.Entry<String, JsonNode> op = ops.next();
            Op o = EXPRESSION_OPS.get(op.getKey());
            if (o == null) {
                throw invalid("Operator " + DciMessages.shown(op.getKey()) + " of " + name + " is not one of " + EXPRESSION_OPS.keySet());
            }
            parts.add(o == Op.NE ? new Criterion.Not(AttributeValues.compare(attribute, Op.EQ, op.getValue()))
                    : AttributeValues.compare(attribute, o, op.getValue()));
        }
        if (parts.isEmpty()) {
            throw invalid("The condition on " + name + " names no operator");
        }
        return parts.size() == 1 ? parts.get(0) : new Criterion.All(parts);
    }

    static Criterion predicate(JsonNode query) {
        if (!query.isArray() || query.isEmpty()) {
            throw invalid("A predicate query is a non-empty list of {seq_num, expression1, condition, expression2}");
        }
        List<JsonNode> items = new ArrayList<>();
        query.forEach(items::add);
        items.sort(Comparator.comparingDouble(i -> i.path("seq_num").asDouble(0)));
        List<Criterion> parts = new ArrayList<>();
        for (JsonNode item : items) {
            Criterion first = predicateExpression(item.path("expression1"));
            JsonNode second = item.path("expression2");
            String condition = item.path("condition").asText("");
            if (second.isMissingNode() || second.isNull()) {
                if (!condition.isEmpty()) {
                    throw invalid("condition " + DciMessages.shown(condition) + " needs an expression2");
                }
                parts.add(first);
                continue;
            }
            Criterion other = predicateExpression(second);
            parts.add(switch (condition) {
                case "and" -> new Criterion.All(List.of(first, other));
                case "or" -> new Criterion.Any(List.of(first, other));
                case "not" -> new Criterion.All(List.of(first, new Criterion.Not(other)));
                default -> throw invalid("condition must be and, or or not, not " + DciMessages.shown(condition));
            });
        }
        return parts.size() == 1 ? parts.get(0) : new Criterion.All(parts);
    }

    private static Criterion predicateExpression(JsonNode e) {
        if (!e.isObject()) {
            throw invalid("Each predicate's expression1 is {attribute_name, operator, attribute_value}");
        }
        RegistryAttribute attribute = comparable(e.path("attribute_name").asText(""));
        Op op = PREDICATE_OPS.get(e.path("operator").asText(""));
        if (op == null) {
            throw invalid("operator must be one of gt, lt, eq, ge, le, in");
        }
        return AttributeValues.compare(attribute, op, e.path("attribute_value"));
    }

    private static RegistryAttribute comparable(String name) {
        return RegistryAttribute.named(name).filter(RegistryAttribute::comparable).orElseThrow(() -> invalid(
                "Attribute " + (name.isEmpty() ? "(none)" : DciMessages.shown(name)) + " is not searched here: the attributes are "
                        + String.join(", ", RegistryAttribute.comparableNames())));
    }

    private static List<Sort> sort(JsonNode sort) {
        List<Sort> out = new ArrayList<>();
        if (sort.isMissingNode() || sort.isNull()) {
            return out;
        }
        if (!sort.isArray()) {
            throw new Rejection("rjct.sort.invalid", "sort is a list of {attribute_name, sort_order}");
        }
        for (JsonNode s : sort) {
            String name = s.path("attribute_name").asText("");
            RegistryAttribute attribute = RegistryAttribute.named(name).filter(RegistryAttribute::comparable)
                    .orElseThrow(() -> new Rejection("rjct.sort.invalid", "Households are sorted by "
                            + String.join(", ", RegistryAttribute.comparableNames()) + ", not by "
                            + (name.isEmpty() ? "(none)" : DciMessages.shown(name))));
            String order = s.path("sort_order").asText("asc");
            if (!order.equals("asc") && !order.equals("desc")) {
                throw new Rejection("rjct.sort.invalid", "sort_order is asc or desc");
            }
            out.add(new Sort(attribute, order.equals("desc")));
        }
        return out;
    }

    private static int page(JsonNode pagination, String field, int otherwise) {
        JsonNode v = pagination.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return otherwise;
        }
        int most = "page_size".equals(field) ? MOST_PAGE_SIZE : MOST_PAGE_NUMBER;
        if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue()) || v.doubleValue() < 1
                || v.doubleValue() > most) {
            throw new Rejection("rjct.pagination.invalid", "pagination." + field + " is a whole number from 1 to "
                    + most + ", not " + DciMessages.shown(v));
        }
        return v.intValue();
    }

    static Rejection invalid(String message) {
        return new Rejection("rjct.search_criteria.invalid", message);
    }
}
