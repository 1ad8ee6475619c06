package vn.giamngheo.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.giamngheo.platform.events.payload.MovementKind;
import vn.giamngheo.platform.events.testing.Schemas;
import com.networknt.schema.ValidationMessage;

/** The JSON Schema of every event type accepts what the code produces, and refuses what breaks the contract. */
class EventSchemasTests {

    // The same settings as the services' ObjectMapper: ISO dates, not timestamps.
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final Map<String, Object> SAMPLES = Map.ofEntries(
            Map.entry(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, SampleEvents.householdStatusChangedV2()),
            Map.entry(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, SampleEvents.householdDeprivationsRecognised()),
            Map.entry(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2, SampleEvents.householdDeprivationsRecognised()),
            Map.entry(EventTypes.PLAN_APPROVED, SampleEvents.planApproved()),
            Map.entry(EventTypes.PLAN_REVISED, SampleEvents.planRevised()),
            Map.entry(EventTypes.PLAN_PROGRESS_REPORTED, SampleEvents.planProgress()),
            Map.entry(EventTypes.HOUSEHOLD_STATUS_CHANGED, SampleEvents.householdStatusChanged()),
            Map.entry(EventTypes.TOTAL_HOUSEHOLDS_REPORTED, SampleEvents.totalHouseholds()),
            Map.entry(EventTypes.FUNDS_ALLOCATED, SampleEvents.fundsAllocated()),
            Map.entry(EventTypes.FUNDS_DISBURSED, SampleEvents.fundsDisbursed()),
            Map.entry(EventTypes.DISBURSEMENT_REVERSED, SampleEvents.disbursementReversed()));

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
    void shouldKeepVersionOneForTheEventsPublishedBeforeAndRefuseWhatOnlyVersionTwoCarries() {
        // The events already on the topic still validate against version 1, which is not changed.
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED, MAPPER.valueToTree(SampleEvents.householdStatusChanged())))
                .isEmpty();
        // A version-2 movement kind or field is no part of version 1.
        ObjectNode reclassified = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdStatusChanged());
        reclassified.put("movementKind", "STANDARD_RECLASSIFICATION");
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED, reclassified)).isNotEmpty();
        ObjectNode deprived = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdStatusChanged());
        deprived.putArray("deprivedIndicators").add("WASTE");
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED, deprived)).isNotEmpty();
        // Version 2 carries codes only, never a name, and says what caused the change.
        ObjectNode named = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdStatusChangedV2());
        named.putArray("deprivedIndicators").add("Nông Văn A");
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, named)).isNotEmpty();
        ObjectNode noCause = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdStatusChangedV2());
        noCause.remove("cause");
        assertThat(errors(EventTypes.HOUSEHOLD_STATUS_CHANGED_V2, noCause)).isNotEmpty();
        // What version 1 said, version 2 says too.
        assertThat(SampleEvents.householdStatusChangedV2().v1Facts().roundKind())
                .isEqualTo(vn.giamngheo.platform.events.payload.ReviewRoundKind.PERIODIC);
    }

    @Test
    void shouldCarryDeprivationsAsCodesWithTheirLabelsAndNothingOfAPerson() {
        ObjectNode first = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdDeprivationsRecognised());
        first.putNull("before");
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, first)).isEmpty();
        ObjectNode unsaid = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdDeprivationsRecognised());
        ((ObjectNode) unsaid.get("after")).putNull("deprivations");
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, unsaid)).isEmpty();
        ObjectNode named = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdDeprivationsRecognised());
        ((ObjectNode) named.get("after")).put("headName", "Nông Văn A");
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, named)).isNotEmpty();
        ObjectNode lowerCase = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdDeprivationsRecognised());
        ((ObjectNode) lowerCase.get("after").get("deprivations").get(0)).put("indicator", "rác thải");
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, lowerCase)).isNotEmpty();
        ObjectNode noAfter = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdDeprivationsRecognised());
        noAfter.remove("after");
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, noAfter)).isNotEmpty();
    }

    @Test
    void shouldLetOnlyVersion2TakeAStandingOutOfACommuneWithoutPuttingOneIn() {
        ObjectNode movedAway = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdDeprivationsRecognised());
        movedAway.putNull("after");
        movedAway.put("cause", "CHANGE_REQUEST");
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2, movedAway)).isEmpty();
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED, movedAway)).isNotEmpty();
        ObjectNode noAfter = (ObjectNode) MAPPER.valueToTree(SampleEvents.householdDeprivationsRecognised());
        noAfter.remove("after");
        assertThat(errors(EventTypes.HOUSEHOLD_DEPRIVATIONS_RECOGNISED_V2, noAfter)).isNotEmpty();
    }

    @Test
    void shouldCountAMoveOnlyOnTheSideOfTheCommuneItConcerns() {
        assertThat(MovementKind.OTHER_DECREASE.leavesListBefore()).isTrue();
        assertThat(MovementKind.OTHER_DECREASE.entersListAfter()).isFalse();
        assertThat(MovementKind.OTHER_INCREASE.leavesListBefore()).isFalse();
        assertThat(MovementKind.OTHER_INCREASE.entersListAfter()).isTrue();
        assertThat(MovementKind.EXIT.leavesListBefore()).isTrue();
        assertThat(MovementKind.EXIT.entersListAfter()).isTrue();
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
