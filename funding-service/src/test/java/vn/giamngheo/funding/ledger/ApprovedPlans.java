package vn.giamngheo.funding.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.giamngheo.platform.events.EventTypes;
import vn.giamngheo.platform.events.payload.FundSource;
import vn.giamngheo.platform.events.payload.FundType;
import vn.giamngheo.platform.events.payload.PlanApproved;

/** Publishes approved plans on the real plan topic, as plan-service's relay does, for the funding tests. */
final class ApprovedPlans {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ApprovedPlans() {
    }

    static PlanApproved plan(UUID planId, String unit, int year, int version, long... amounts) {
        List<PlanApproved.BudgetLine> lines = List.of(
                new PlanApproved.BudgetLine("DA1.TDA1.INVESTMENT.UNSPECIFIED", "DA1", "TDA1", FundType.INVESTMENT,
                        FundSource.UNSPECIFIED, amounts[0]),
                new PlanApproved.BudgetLine("DA1.TDA1.RECURRENT.UNSPECIFIED", "DA1", "TDA1", FundType.RECURRENT,
                        FundSource.UNSPECIFIED, amounts[1]),
                new PlanApproved.BudgetLine("DA2.UNSPECIFIED.UNSPECIFIED", "DA2", null, FundType.UNSPECIFIED,
                        FundSource.UNSPECIFIED, amounts[2]));
        return new PlanApproved(planId, PlanApproved.planKey(unit, year), version, version == 1 ? null : version - 1,
                version == 1 ? null : "Điều chỉnh", unit, year, null, null, LocalDate.of(year - 1, 12, 20),
                "district-chair-" + unit, List.of(), List.of(), lines);
    }

    static void publish(String bootstrap, PlanApproved plan) throws Exception {
        String envelope = MAPPER.writeValueAsString(java.util.Map.of(
                "specversion", "1.0",
                "id", UUID.randomUUID().toString(),
                "source", "/giamngheo/plan-service",
                "type", plan.version() == 1 ? EventTypes.PLAN_APPROVED : EventTypes.PLAN_REVISED,
                "subject", plan.planKey() + "/" + plan.planId(),
                "time", OffsetDateTime.now().toString(),
                "datacontenttype", "application/json",
                "sequence", plan.version(),
                "data", plan));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>("test.plan-events", plan.planKey(), envelope)).get();
        }
    }
}
