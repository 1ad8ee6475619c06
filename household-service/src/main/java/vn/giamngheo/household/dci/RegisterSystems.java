package vn.giamngheo.household.dci;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.giamngheo.household.security.AccessPolicy;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.audit.AuditTrail;
import vn.giamngheo.platform.web.problem.Problem;
import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/** The province's officer registers, changes and ends the systems that call the DCI API; every step is audited. */
@ApplicationScoped
@Transactional
public class RegisterSystems {

    static final int MOST_URIS = 10;

    @Inject
    AccessPolicy access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Deliveries deliveries;

    /** A registration as it is shown, with the id of its key. */
    @Schema(name = "DciSystem", description = "A government system's registration for the DCI Social Registry API")
    public record SystemView(
            @Schema(required = true, description = "Its DCI sender_id") String senderId,
            @Schema(required = true) String name,
            @Schema(required = true) String clientId,
            @Schema(required = true, description = "The kid of its key") String keyId,
            @Schema(required = true, implementation = DciSchemas.Jwk.class)
            Map<String, Object> publicKeyJwk,
            @Schema(required = true) List<String> areas,
            @Schema(required = true) List<String> attributes,
            String legalBasis,
            @Schema(required = true) List<String> callbackUris,
            String notifyUri,
            @Schema(required = true, description = "false once its registration ended")
            boolean active,
            @Schema(required = true, description = "The officer who registered it, or last"
                    + " changed it") String registeredBy,
            @Schema(required = true) OffsetDateTime registeredAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    public SystemView register(String senderId, SystemRegistration r) {
        access.require(AccessPolicy.Operation.REGISTER_DCI_SYSTEMS);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (senderId.isBlank() || senderId.length() > Envelopes.MOST_ID_LENGTH || !senderId.matches("[A-Za-z0-9._:-]+")) {
            errors.add(new Problem.FieldError("senderId", "a DCI sender_id of 1 to 99 letters, digits and . _ : -"));
        }
        if (r == null) {
            throw ProblemException.badRequest("The registration is required.", List.of());
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            errors.add(new Problem.FieldError("name", "the system's name, 1 to 200 characters"));
        }
        if (r.clientId() == null || !r.clientId().matches("[A-Za-z0-9._@-]{1,200}")) {
            errors.add(new Problem.FieldError("clientId", "the user its tokens are issued to: letters, digits and"
                    + " . _ @ -"));
        }
        String keyId = null;
        try {
            Ed25519Keys.fromJwk(r.publicKeyJwk());
            keyId = r.publicKeyJwk().path("kid").asText("");
            if (keyId.isBlank() || keyId.length() > Envelopes.MOST_ID_LENGTH || keyId.contains("|")) {
                errors.add(new Problem.FieldError("publicKeyJwk.kid", "the key's id, 1 to 99 characters without |,"
                        + " as the system's signatures name it"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("publicKeyJwk", e.getMessage()));
        }
        LocalDate today = LocalDate.now();
        List<String> areas = r.areas() == null ? List.of() : r.areas();
        if (areas.isEmpty()) {
            errors.add(new Problem.FieldError("areas", "at least one unit: a commune's code, or 04 for the province"));
        }
        for (String area : areas) {
            if (area == null || AdministrativeUnits.get().find(area, today).isEmpty()) {
                errors.add(new Problem.FieldError("areas", "no administrative unit has code " + DciMessages.shown(area) + " today"));
            } else if (!caller.covers(area, today)) {
                errors.add(new Problem.FieldError("areas", "unit " + area + " lies outside your area " + caller.area()));
            }
        }
        List<String> attributes = r.attributes() == null ? List.of() : r.attributes();
        boolean personal = false;
        for (String name : attributes) {
            var attribute = RegistryAttribute.named(name);
            if (attribute.isEmpty()) {
                errors.add(new Problem.FieldError("attributes", DciMessages.shown(name) + " is not an attribute of the registry; they are "
                        + java.util.Arrays.stream(RegistryAttribute.values()).map(a -> a.apiName).toList()));
            } else {
                personal |= attribute.get().personal;
            }
        }
        if (!attributes.contains(RegistryAttribute.HOUSEHOLD_ID.apiName)) {
            errors.add(new Problem.FieldError("attributes", "household_id is always included: a record is known by it"));
        }
        if (personal && (r.legalBasis() == null || r.legalBasis().strip().length() < 10)) {
            errors.add(new Problem.FieldError("legalBasis", "personal attributes are given only on a legal basis: cite"
                    + " the law and article that allow this system personal data"));
        }
        List<String> uris = r.callbackUris() == null ? List.of() : r.callbackUris();
        if (uris.size() > MOST_URIS) {
            errors.add(new Problem.FieldError("callbackUris", "at most " + MOST_URIS + " URIs"));
        }
        uris.forEach(uri -> checkUri(uri, "callbackUris", errors));
        if (r.notifyUri() != null) {
            checkUri(r.notifyUri(), "notifyUri", errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The registration is not complete: correct the fields listed.", errors);
        }
        DciSystem existing = DciSystem.findById(senderId);
        DciSystem other = DciSystem.find("clientId = ?1 and senderId <> ?2", r.clientId(), senderId).firstResult();
        if (other != null) {
            throw ProblemException.conflict("Client " + r.clientId() + " is registered already, as sender "
                    + other.senderId + ": one token user speaks for one system.");
        }
        SystemView before = existing == null ? null : view(existing);
        DciSystem s = existing == null ? new DciSystem() : existing;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (existing == null) {
            s.senderId = senderId;
            s.registeredAt = now;
        }
        s.name = r.name().strip();
        s.clientId = r.clientId();
        s.publicKeyJwk = r.publicKeyJwk().toString();
        s.keyId = keyId;
        s.areas = DciSystem.json(List.copyOf(areas));
        s.attributes = DciSystem.json(List.copyOf(attributes));
        s.legalBasis = r.legalBasis() == null ? null : r.legalBasis().strip();
        s.callbackUris = DciSystem.json(List.copyOf(uris));
        s.notifyUri = r.notifyUri();
        s.active = true;
        s.registeredBy = caller.user();
        s.updatedAt = now;
        if (existing == null) {
            s.persist();
        }
        DciSystem.getEntityManager().flush();
        audit.record(existing == null ? "DCI_SYSTEM_REGISTERED" : "DCI_SYSTEM_CHANGED", "dci_system", senderId,
                caller.area(), today, before, view(s));
        return view(s);
    }

    public SystemView deregister(String senderId) {
        access.require(AccessPolicy.Operation.REGISTER_DCI_SYSTEMS);
        DciSystem s = find(senderId);
        SystemView before = view(s);
        s.active = false;
        s.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        // Its subscriptions end with it: nothing more is owed to a system that no longer calls.
        DciSystem.getEntityManager().createNativeQuery("UPDATE dci_subscription SET status = 'unsubscribe',"
                + " unsubscribed_at = now() WHERE sender_id = :s AND status = 'subscribe'").setParameter("s", senderId)
                .executeUpdate();
        deliveries.abandonAll(senderId);
        audit.record("DCI_SYSTEM_DEREGISTERED", "dci_system", senderId, caller.area(), LocalDate.now(), before,
                view(s));
        return view(s);
    }

    public SystemView read(String senderId) {
        access.require(AccessPolicy.Operation.REGISTER_DCI_SYSTEMS);
        return view(find(senderId));
    }

    public List<SystemView> list() {
        access.require(AccessPolicy.Operation.REGISTER_DCI_SYSTEMS);
        return DciSystem.<DciSystem>listAll(io.quarkus.panache.common.Sort.by("senderId")).stream()
                .map(RegisterSystems::view).toList();
    }

    /** What is owed to the systems, or was: the province's officer watches undelivered callbacks here. */
    public List<Map<String, Object>> deliveries(String senderId, String status, int most) {
        access.require(AccessPolicy.Operation.REGISTER_DCI_SYSTEMS);
        return deliveries.list(senderId, status, most);
    }

    private static DciSystem find(String senderId) {
        return DciSystem.<DciSystem>findByIdOptional(senderId).orElseThrow(() -> ProblemException.notFound(
                "No system is registered as sender " + senderId + "."));
    }

    static SystemView view(DciSystem s) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        s.jwk().fields().forEachRemaining(f -> jwk.put(f.getKey(), f.getValue().asText()));
        return new SystemView(s.senderId, s.name, s.clientId, s.keyId, jwk, s.areaList(), s.attributeList(),
                s.legalBasis, s.callbackUriList(), s.notifyUri, s.active, s.registeredBy, s.registeredAt, s.updatedAt);
    }

    private static void checkUri(String value, String field, List<Problem.FieldError> errors) {
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || value.length() > 2000 || uri.getFragment() != null) {
                errors.add(new Problem.FieldError(field, DciMessages.shown(value) + " is not an absolute http(s) URI of at"
                        + " most 2000 characters without fragment"));
            }
        } catch (URISyntaxException | NullPointerException e) {
            errors.add(new Problem.FieldError(field, DciMessages.shown(value) + " is not an absolute http(s) URI"));
        }
    }
}
