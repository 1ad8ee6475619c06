package vn.giamngheo.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.platform.events.testing.Schemas;
import com.networknt.schema.ValidationMessage;

/** The JSON Schema of every event type accepts what the code produces, and refuses what breaks the contract. */
class EventSchemasTests {

    // The same settings as the services' ObjectMapper: ISO dates, not timestamps.
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Map<String, Object> SAMPLES = Map.of(
            EventTypes.PLAN_APPROVED, SampleEvents.planApproved(),
            EventTypes.PLAN_REVISED, SampleEvents.planRevised(),
            EventTypes.PLAN_PROGRESS_REPORTED, SampleEvents.planProgress(),
            EventTypes.HOUSEHOLD_STATUS_CHANGED, SampleEvents.householdStatusChanged(),
            EventTypes.TOTAL_HOUSEHOLDS_REPORTED, SampleEvents.totalHouseholds(),
            EventTypes.FUNDS_ALLOCATED, SampleEvents.fundsAllocated(),
            EventTypes.FUNDS_DISBURSED, SampleEvents.fundsDisbursed(),
            EventTypes.DISBURSEMENT_REVERSED, SampleEvents.disbursementReversed());

    @Test
    void shouldHaveASampleAndASchemaForEveryEventType() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
        EventTypes.ALL.forEach(type -> assertThat(Schemas.load(EventTypes.schemaPath(type))).as(type).isNotNull());
    }

    @Test
    void shouldValidateEveryPayloadTheCodeProduces() {
        SAMPLES.forEach((type, payload) -> assertThat(errors(type, MAPPER.valueToTree(payload))).as(type).isEmpty());
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED, MAPPER.valueToTree(SampleEvents.householdAfterReform())))
                .isEmpty();
    }

    @Test
    void shouldRefuseAFractionOfADong() {
        ObjectNode line = (ObjectNode) MAPPER.valueToTree(SampleEvents.fundsDisbursed());
        line.put("amountVnd", 1250.5);
        assertThat(errors(EventTypes.FUNDS_DISBURSED, line)).isNotEmpty();
    }

    @Test
    void shouldRefuseAnUnknownEnumValueAndAnUndeclaredField() {
        ObjectNode household = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdStatusChanged());
        household.put("statusAfter", "VERY_POOR");
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED, household)).isNotEmpty();
        ObjectNode withName = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdStatusChanged());
        withName.put("headName", "Nông Văn A");
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED, withName)).isNotEmpty();
    }

    @Test
    void shouldRefuseAReversalThatNamesNoDisbursement() {
        ObjectNode reversal = (ObjectNode) MAPPER.valueToTree(SampleEvents.disbursementReversed());
        reversal.putNull("reversedDisbursementId");
        assertThat(errors(EventTypes.DISBURSEMENT_REVERSED, reversal)).isNotEmpty();
    }

    private static Set<ValidationMessage> errors(String type, JsonNode payload) {
        return Schemas.payloadErrors(type, payload);
    }
}
