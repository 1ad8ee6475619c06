package vn.giamngheo.household.api;

import static io.restassured.RestAssured.given;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.giamngheo.household.dci.Ed25519Keys;
import vn.giamngheo.household.dci.MessageSignatures;
import vn.giamngheo.platform.events.testing.TestKeys;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * A government system as it calls the DCI API: registered by the province's officer with a key pair of its own,
 * signing its envelopes, posting them with its token. Each run's systems have ids of their own.
 */
final class DciClient {

    static final String BASE = "/dci/sr/v1/registry";
    static final String REGISTRY_ID = "giamngheo-sr-04";
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final String senderId;
    final String clientId;
    final String keyId;
    final KeyPair keys;

    private DciClient(String senderId, String clientId, String keyId, KeyPair keys) {
        this.senderId = senderId;
        this.clientId = clientId;
        this.keyId = keyId;
        this.keys = keys;
    }

    static DciClient create() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        try {
            return new DciClient("sys-" + id, "client-" + id, "key-" + id,
                    KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> registration(List<String> areas, List<String> attributes, String legalBasis,
            List<String> callbackUris, String notifyUri) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", "Hệ thống thử nghiệm " + senderId);
        r.put("clientId", clientId);
        r.put("publicKeyJwk", Map.of("kty", "OKP", "crv", "Ed25519", "kid", keyId, "x",
                Ed25519Keys.x(keys.getPublic())));
        r.put("areas", areas);
        r.put("attributes", attributes);
        r.put("legalBasis", legalBasis);
        r.put("callbackUris", callbackUris);
        r.put("notifyUri", notifyUri);
        return r;
    }

    /** Registers the system as the test province's officer would. */
    DciClient register(List<String> areas, List<String> attributes, String legalBasis, List<String> callbackUris,
            String notifyUri) {
        asProvince().body(registration(areas, attributes, legalBasis, callbackUris, notifyUri)).when()
                .put("/api/v1/dci/systems/" + senderId).then().statusCode(200);
        return this;
    }

    static io.restassured.specification.RequestSpecification asProvince() {
        return given().auth().oauth2(TestTokens.token("province-officer", TestKeys.PROVINCE))
                .contentType(ContentType.JSON);
    }

    static ObjectNode header(String action, String senderId, String senderUri) {
        ObjectNode h = JSON.objectNode();
        h.put("version", "1.0.0");
        h.put("message_id", "msg-" + UUID.randomUUID());
        h.put("message_ts", OffsetDateTime.now().toString());
        h.put("action", action);
        h.put("sender_id", senderId);
        h.put("receiver_id", REGISTRY_ID);
        h.put("total_count", 1);
        if (senderUri != null) {
            h.put("sender_uri", senderUri);
        }
        return h;
    }

    /** A signed envelope of this system. */
    ObjectNode envelope(String action, JsonNode message, String senderUri) {
        return signed(header(action, senderId, senderUri), message);
    }

    ObjectNode signed(ObjectNode header, JsonNode message) {
        ObjectNode e = JSON.objectNode();
        e.put("signature", MessageSignatures.sign(senderId, keyId, keys.getPrivate(), header, message, Instant.now()));
        e.set("header", header);
        e.set("message", message);
        return e;
    }

    Response post(String path, JsonNode envelope) {
        return given().auth().oauth2(TestTokens.token("system", TestKeys.PROVINCE, clientId))
                .contentType(ContentType.JSON).body(envelope.toString()).when().post(BASE + path);
    }

    static JsonNode json(Response response) {
        try {
            return MAPPER.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(response.asString(), e);
        }
    }

    static ObjectNode searchMessage(ObjectNode... criteria) {
        ObjectNode m = JSON.objectNode();
        m.put("transaction_id", "txn-" + UUID.randomUUID());
        var items = m.putArray("search_request");
        int i = 0;
        for (ObjectNode c : criteria) {
            ObjectNode item = items.addObject();
            item.put("reference_id", "ref-" + (++i) + "-" + UUID.randomUUID().toString().substring(0, 8));
            item.put("timestamp", OffsetDateTime.now().toString());
            item.set("search_criteria", c);
        }
        return m;
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
