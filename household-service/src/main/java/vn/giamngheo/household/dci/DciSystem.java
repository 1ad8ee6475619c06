package vn.giamngheo.household.dci;

import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A government system registered to call the DCI Social Registry API: the DCI sender_id it writes in its headers,
 * the token user it authenticates as, the Ed25519 key its messages are signed with, the areas and attributes it may
 * see (personal ones on a stated legal basis), and the URIs answers may be sent to. Lists are kept as JSON.
 */
@Entity
@Table(name = "dci_system")
public class DciSystem extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @Column(name = "sender_id")
    public String senderId;

    public String name;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "public_key_jwk")
    public String publicKeyJwk;

    @Column(name = "key_id")
    public String keyId;

    public String areas;

    public String attributes;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "callback_uris")
    public String callbackUris;

    @Column(name = "notify_uri")
    public String notifyUri;

    public boolean active;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /** The lists read from their JSON once per text (a search asks for them per attribute and per request). */
    private transient Map<String, List<String>> read = new HashMap<>();

    private transient PublicKey key;
    private transient String keyRead;

    public List<String> areaList() {
        return read.computeIfAbsent(areas, DciSystem::list);
    }

    public List<String> attributeList() {
        return read.computeIfAbsent(attributes, DciSystem::list);
    }

    public List<String> callbackUriList() {
        return read.computeIfAbsent(callbackUris, DciSystem::list);
    }

    /** The key the system's messages are signed with, read from its JWK once. */
    public PublicKey publicKey() {
        if (key == null || !publicKeyJwk.equals(keyRead)) {
            key = Ed25519Keys.fromJwk(jwk());
            keyRead = publicKeyJwk;
        }
        return key;
    }

    public JsonNode jwk() {
        try {
            return JSON.readTree(publicKeyJwk);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dci_system holds a key that is not JSON", e);
        }
    }

    public boolean sees(RegistryAttribute attribute) {
        return attributeList().contains(attribute.apiName);
    }

    public static Optional<DciSystem> active(String senderId) {
        return DciSystem.<DciSystem>findByIdOptional(senderId).filter(s -> s.active);
    }

    static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list as the table keeps it. */
    static List<String> list(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dci_system holds a list that is not JSON: " + json, e);
        }
    }
}
