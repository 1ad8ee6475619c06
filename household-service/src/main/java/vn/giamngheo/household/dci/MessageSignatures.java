package vn.giamngheo.household.dci;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The envelope's {@code signature}, in the form the Social Registry specification shows for {@code MsgSignature}:
 * <pre>
 * namespace="spdci", kidId="{sender_id}|{key_id}|ed25519", algorithm="ed25519", created="1606970629",
 * expires="1607030629", headers="(created) (expires) digest", signature="{base64}"
 * </pre>
 * The signature is Ed25519 over the lines {@code (created): …}, {@code (expires): …} and
 * {@code digest: SHA-256=…}, the digest being of the canonical JSON (RFC 8785) of
 * {@code {"header": …, "message": …}}. The specification leaves the digest algorithm and the canonical form open;
 * these are this registry's choices, stated in the README for the systems that connect.
 */
public final class MessageSignatures {

    public static final String ALGORITHM = "ed25519";
    /** The longest a signature may be valid for: a captured message cannot be replayed for longer. */
    public static final Duration MOST_VALIDITY = Duration.ofHours(1);
    /** Clocks of two systems disagree by this much at most. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private static final Pattern PARAM = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    private MessageSignatures() {
    }

    /** Why a signature was refused; {@code missing} when there was none. */
    public record Refusal(boolean missing, String reason) {
    }

    /** The parts of a signature that name its signer. */
    public record Signer(String senderId, String keyId) {
    }

    public static String sign(String senderId, String keyId, PrivateKey key, JsonNode header, JsonNode message,
            Instant now) {
        long created = now.getEpochSecond();
        long expires = now.plus(MOST_VALIDITY).getEpochSecond();
        String content = signingContent(created, expires, header, message);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(content.getBytes(StandardCharsets.UTF_8));
            String value = Base64.getEncoder().encodeToString(signer.sign());
            return "namespace=\"spdci\", kidId=\"" + senderId + "|" + keyId + "|" + ALGORITHM + "\", algorithm=\""
                    + ALGORITHM + "\", created=\"" + created + "\", expires=\"" + expires
                    + "\", headers=\"(created) (expires) digest\", signature=\"" + value + "\"";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Who the signature says signed it, or empty when it is not a signature of this form. */
    public static java.util.Optional<Signer> signer(String signature) {
        Map<String, String> params = params(signature);
        String[] kid = params.getOrDefault("kidId", "").split("\\|", -1);
        if (kid.length != 3 || kid[0].isEmpty() || kid[1].isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Signer(kid[0], kid[1]));
    }

    /**
     * Checks the signature against the sender's key and the envelope's header and message.
     *
     * @return the refusal, or null when the signature holds
     */
    public static Refusal verify(String signature, String senderId, String keyId, PublicKey key, JsonNode header,
            JsonNode message, Instant now) {
        if (signature == null || signature.isBlank()) {
            return new Refusal(true, "The message is not signed: sign the header and message with the key "
                    + "registered for sender " + senderId + ".");
        }
        Map<String, String> params = params(signature);
        String[] kid = params.getOrDefault("kidId", "").split("\\|", -1);
        if (kid.length != 3 || !params.containsKey("signature") || !params.containsKey("created")
                || !params.containsKey("expires")) {
            return invalid("The signature is not of the form namespace=\"spdci\", kidId=\"{sender_id}|{key_id}|"
                    + "ed25519\", algorithm, created, expires, headers, signature.");
        }
        if (!kid[0].equals(senderId)) {
            return invalid("The signature's kidId names sender " + DciMessages.shown(kid[0]) + ", not the header's "
                    + senderId + ".");
        }
        if (!kid[1].equals(keyId)) {
            return invalid("The signature's key " + DciMessages.shown(kid[1]) + " is not the key " + keyId + " registered for sender "
                    + senderId + ".");
        }
        if (!ALGORITHM.equals(kid[2]) || !ALGORITHM.equals(params.getOrDefault("algorithm", ALGORITHM))) {
            return invalid("Messages are signed with ed25519.");
        }
        if (!"(created) (expires) digest".equals(params.getOrDefault("headers", "(created) (expires) digest"))) {
            return invalid("The signature covers \"(created) (expires) digest\".");
        }
        long created;
        long expires;
        try {
            created = Long.parseLong(params.get("created"));
            expires = Long.parseLong(params.get("expires"));
        } catch (NumberFormatException e) {
            return invalid("created and expires are seconds since 1970-01-01T00:00:00Z.");
        }
        if (created > now.plus(CLOCK_SKEW).getEpochSecond()) {
            return invalid("The signature was created in the future (created=" + created + ").");
        }
        if (expires <= now.minus(CLOCK_SKEW).getEpochSecond()) {
            return invalid("The signature expired at " + Instant.ofEpochSecond(expires) + ".");
        }
        if (expires - created > MOST_VALIDITY.getSeconds() || expires <= created) {
            return invalid("A signature is valid for at most " + MOST_VALIDITY.toMinutes() + " minutes.");
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(params.get("signature"));
        } catch (IllegalArgumentException e) {
            return invalid("The signature value is not base64.");
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signingContent(created, expires, header, message).getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(value)) {
                return invalid("The signature does not match the header and message with the key " + keyId
                        + " registered for sender " + senderId + ".");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return invalid("The signature value is not an Ed25519 signature.");
        }
        return null;
    }

    static String signingContent(long created, long expires, JsonNode header, JsonNode message) {
        ObjectNode signed = JsonNodeFactory.instance.objectNode();
        signed.set("header", header);
        signed.set("message", message);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CanonicalJson.of(signed).getBytes(StandardCharsets.UTF_8));
            return "(created): " + created + "\n(expires): " + expires + "\ndigest: SHA-256="
                    + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> params(String signature) {
        Map<String, String> params = new LinkedHashMap<>();
        if (signature != null) {
            Matcher m = PARAM.matcher(signature);
            while (m.find()) {
                params.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return params;
    }

    private static Refusal invalid(String reason) {
        return new Refusal(false, reason);
    }
}
