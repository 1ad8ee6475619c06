package vn.giamngheo.household.dci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The envelope's signature: verified against one made by another implementation (Node.js's crypto and a canonical
 * JSON of its own, deploy/dci/dci-sign.mjs, kept as signature-vector.json), and refused for each way it can be wrong.
 */
class MessageSignaturesTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Within the vector's validity (created 2026-11-30T02:00:00Z, valid one hour). */
    private static final Instant DURING = Instant.parse("2026-11-30T02:10:00Z");

    private static JsonNode vector() throws Exception {
        try (InputStream in = MessageSignaturesTests.class.getResourceAsStream("/dci/signature-vector.json")) {
            return MAPPER.readTree(in);
        }
    }

    @Test
    void shouldWriteTheSameCanonicalJsonAsAnotherImplementation() throws Exception {
        JsonNode v = vector();
        ObjectNode signed = MAPPER.createObjectNode();
        signed.set("header", v.path("envelope").path("header"));
        signed.set("message", v.path("envelope").path("message"));
        assertThat(CanonicalJson.of(signed)).isEqualTo(v.path("canonical").asText());
    }

    @Test
    void shouldVerifyASignatureMadeByAnotherImplementation() throws Exception {
        JsonNode v = vector();
        JsonNode e = v.path("envelope");
        assertThat(MessageSignatures.verify(e.path("signature").asText(), "bhxh-caobang", "k1",
                Ed25519Keys.fromJwk(v.path("jwk")), e.path("header"), e.path("message"), DURING)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "another sender in kidId    | sys-b         | k1 | 2026-11-30T02:10:00Z | kidId names sender bhxh-caobang",
        "another key id             | bhxh-caobang  | k2 | 2026-11-30T02:10:00Z | not the key k2",
        "expired                    | bhxh-caobang  | k1 | 2026-11-30T03:05:00Z | expired",
        "created in the future      | bhxh-caobang  | k1 | 2026-11-30T01:50:00Z | future"})
    void shouldRefuseASignatureOfAnotherSenderKeyOrTime(String why, String sender, String keyId, String now,
            String reason) throws Exception {
        JsonNode v = vector();
        JsonNode e = v.path("envelope");
        MessageSignatures.Refusal refusal = MessageSignatures.verify(e.path("signature").asText(), sender, keyId,
                Ed25519Keys.fromJwk(v.path("jwk")), e.path("header"), e.path("message"), Instant.parse(now));
        assertThat(refusal).isNotNull();
        assertThat(refusal.missing()).isFalse();
        assertThat(refusal.reason()).contains(reason);
    }

    @Test
    void shouldRefuseAChangedMessageAMissingSignatureAndAStub() throws Exception {
        JsonNode v = vector();
        JsonNode e = v.path("envelope");
        ObjectNode changed = e.path("message").deepCopy();
        changed.put("transaction_id", "t-2");
        var key = Ed25519Keys.fromJwk(v.path("jwk"));
        assertThat(MessageSignatures.verify(e.path("signature").asText(), "bhxh-caobang", "k1", key,
                e.path("header"), changed, DURING).reason()).contains("does not match");
        assertThat(MessageSignatures.verify(null, "bhxh-caobang", "k1", key, e.path("header"), changed, DURING)
                .missing()).isTrue();
        assertThat(MessageSignatures.verify("unsigned-stub", "bhxh-caobang", "k1", key, e.path("header"), changed,
                DURING).reason()).contains("not of the form");
    }

    @Test
    void shouldVerifyWhatItSignsWhateverTheMemberOrderAndSpacing() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        JsonNode header = MAPPER.readTree("{\"b\": 1, \"a\": \"Cao Bằng\"}");
        JsonNode message = MAPPER.readTree("{\"x\": [1, 2.5, {\"z\": null, \"y\": true}]}");
        Instant now = Instant.now();
        String signature = MessageSignatures.sign("giamngheo-sr-04", "k", keys.getPrivate(), header, message, now);
        JsonNode reordered = MAPPER.readTree("{ \"x\" : [ 1 , 2.5 , { \"y\" : true , \"z\" : null } ] }");
        assertThat(MessageSignatures.verify(signature, "giamngheo-sr-04", "k", keys.getPublic(),
                MAPPER.readTree("{\"a\":\"Cao Bằng\",\"b\":1}"), reordered, now)).isNull();
    }
}
