package vn.giamngheo.household.dci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The three query types read into one condition, and the queries refused with the specification's reason codes. */
class SearchQueriesTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String expression(String query) {
        return "{\"query_type\": \"expression\", \"query\": {\"type\": \"ns:org:QueryType:expression\", \"value\":"
                + " {\"expression\": {\"collection\": \"Group\", \"query\": " + query + "}}}}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "identity number   | {\"query_type\": \"idtype-value\", \"query\": {\"type\": \"UIN\", \"value\": \"004185012345\"}} | h.id IN (SELECT m.household_id FROM household_member m WHERE m.personal_id = :p1) | true",
        "household code    | {\"query_type\": \"idtype-value\", \"query\": {\"type\": \"HOUSEHOLD_ID\", \"value\": \"01501-ABC\"}} | h.code = :p1 | false",
        "and of two        | EXPR{\"$and\": [{\"poverty_status\": {\"$eq\": \"POOR\"}}, {\"list_year\": {\"$gte\": 2027}}]} | (h.current_status = :p1 AND h.current_list_year >= :p2) | false",
        "bare value, or    | EXPR{\"$or\": [{\"ethnic_minority\": true}, {\"group_size\": {\"$lt\": 3, \"$gt\": 1}}]} | (h.ethnic_minority = :p1 OR (h.member_count < :p2 AND h.member_count > :p3)) | false",
        "not equal         | EXPR{\"poverty_status\": {\"$ne\": \"NOT_POOR\"}} | NOT COALESCE(h.current_status = :p1, false) | false",
        "in a list         | EXPR{\"poverty_status\": {\"$in\": [\"POOR\", \"NEAR_POOR\"]}} | h.current_status IN (:p1) | false",
        "exit dates        | EXPR{\"exit_date\": {\"$gte\": \"2025-01-01\", \"$lte\": \"2026-12-31T00:00:00+07:00\"}} | (EXIT >= :p1 AND EXIT <= :p2) | false",
        "predicate and/not | [{\"seq_num\": 2, \"expression1\": {\"attribute_name\": \"group_size\", \"operator\": \"ge\", \"attribute_value\": \"4\"}}, {\"seq_num\": 1, \"expression1\": {\"attribute_name\": \"poverty_status\", \"operator\": \"in\", \"attribute_value\": \"POOR, NEAR_POOR\"}, \"condition\": \"not\", \"expression2\": {\"attribute_name\": \"ethnic_minority\", \"operator\": \"eq\", \"attribute_value\": \"false\"}}] | ((h.current_status IN (:p1) AND NOT COALESCE(h.ethnic_minority = :p2, false)) AND h.member_count >= :p3) | false"})
    void shouldReadEachQueryTypeIntoOneCondition(String why, String criteria, String sql, boolean personal)
            throws Exception {
        String json = criteria.startsWith("EXPR") ? expression(criteria.substring(4))
                : criteria.startsWith("[") ? "{\"query_type\": \"predicate\", \"query\": " + criteria + "}" : criteria;
        SearchQueries.Query q = SearchQueries.read(MAPPER.readTree(json));
        Map<String, Object> params = new HashMap<>();
        params.put("communes", Set.of());
        assertThat(CriterionSql.where(q.criterion(), params, java.time.LocalDate.now())
                .replace(CriterionSql.EXIT_DATE, "EXIT")).isEqualTo(sql);
        assertThat(q.personal()).isEqualTo(personal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the suite's sample attributes | EXPR{\"$and\": [{\"poverty_score\": {\"$lt\": 5}}, {\"location\": {\"$eq\": \"central_region\"}}]} | rjct.search_criteria.invalid | poverty_score is not searched here",
        "a person's attribute          | [{\"seq_num\": 1, \"expression1\": {\"attribute_name\": \"age\", \"operator\": \"lt\", \"attribute_value\": \"25\"}}] | rjct.search_criteria.invalid | age is not searched here",
        "a status that is none         | EXPR{\"poverty_status\": \"RICH\"} | rjct.search_criteria.invalid | POOR, NEAR_POOR or NOT_POOR",
        "an order on a status          | EXPR{\"poverty_status\": {\"$lt\": \"POOR\"}} | rjct.search_criteria.invalid | eq, in",
        "a year that is no number      | EXPR{\"list_year\": \"năm nay\"} | rjct.search_criteria.invalid | whole number",
        "a date that is none           | EXPR{\"exit_date\": {\"$gt\": \"30/11/2026\"}} | rjct.search_criteria.invalid | is a date",
        "another collection            | {\"query_type\": \"expression\", \"query\": {\"type\": \"x\", \"value\": {\"expression\": {\"collection\": \"Member\", \"query\": {\"a\": 1}}}}} | rjct.search_criteria.invalid | collection Group",
        "an identifier of another kind | {\"query_type\": \"idtype-value\", \"query\": {\"type\": \"MOBILE\", \"value\": \"0912345678\"}} | rjct.search_criteria.invalid | UIN",
        "members of an area            | {\"query_type\": \"idtype-value\", \"response_entity\": \"Member\", \"query\": {\"type\": \"HOUSEHOLD_ID\", \"value\": \"01501-ABC\"}} | rjct.search_criteria.invalid | by identity number",
        "sorted by a name              | {\"query_type\": \"idtype-value\", \"query\": {\"type\": \"HOUSEHOLD_ID\", \"value\": \"x\"}, \"sort\": [{\"attribute_name\": \"head_name\"}]} | rjct.sort.invalid | not by head_name",
        "a page too large              | {\"query_type\": \"idtype-value\", \"query\": {\"type\": \"HOUSEHOLD_ID\", \"value\": \"x\"}, \"pagination\": {\"page_size\": 5000}} | rjct.pagination.invalid | 1 to 1000",
        "an empty condition            | EXPR{\"$and\": [{}]} | rjct.search_criteria.invalid | {} says nothing",
        "an empty negation             | EXPR{\"$not\": {}, \"list_year\": 2027} | rjct.search_criteria.invalid | {} says nothing",
        "a page beyond any offset      | {\"query_type\": \"idtype-value\", \"query\": {\"type\": \"HOUSEHOLD_ID\", \"value\": \"x\"}, \"pagination\": {\"page_size\": 10, \"page_number\": 1000000000000}} | rjct.pagination.invalid | 1 to 2147483",
        "an unknown condition          | [{\"seq_num\": 1, \"expression1\": {\"attribute_name\": \"list_year\", \"operator\": \"eq\", \"attribute_value\": 2027}, \"condition\": \"xor\", \"expression2\": {\"attribute_name\": \"list_year\", \"operator\": \"eq\", \"attribute_value\": 2026}}] | rjct.search_criteria.invalid | and, or or not"})
    void shouldRefuseWhatItCannotAnswerWithTheReasonCode(String why, String criteria, String code, String message) {
        String json = criteria.startsWith("EXPR") ? expression(criteria.substring(4))
                : criteria.startsWith("[") ? "{\"query_type\": \"predicate\", \"query\": " + criteria + "}" : criteria;
        assertThatThrownBy(() -> SearchQueries.read(MAPPER.readTree(json)))
                .isInstanceOfSatisfying(SearchQueries.Rejection.class, r -> {
                    assertThat(r.reasonCode).isEqualTo(code);
                    assertThat(r.getMessage()).contains(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "household code     | HOUSEHOLD_ID | household_id",
        "identity number    | UIN          | identity_number"})
    void shouldNameTheAttributesAQueryReads(String why, String type, String attribute) throws Exception {
        SearchQueries.Query q = SearchQueries.read(MAPPER.readTree("{\"query_type\": \"idtype-value\", \"query\":"
                + " {\"type\": \"" + type + "\", \"value\": \"v\"}}"));
        Set<RegistryAttribute> read = EnumSet.noneOf(RegistryAttribute.class);
        Criterion.attributes(q.criterion(), read);
        assertThat(read).extracting(a -> a.apiName).containsExactly(attribute);
    }
}
