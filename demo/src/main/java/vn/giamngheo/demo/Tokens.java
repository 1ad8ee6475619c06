package vn.giamngheo.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bearer tokens as the local stack's `platform token` mints them: RS256, signed with the stack's private key, with
 * the role in {@code groups} and the administrative unit in {@code area}. Each role acts as a real user would.
 */
public final class Tokens {

    private final PrivateKey key;
    private final String issuer;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> minted = new LinkedHashMap<>();

    public Tokens(String privateKeyPem, String issuer) {
        this.key = privateKey(privateKeyPem);
        this.issuer = issuer;
    }

    /** A token for a role in an area, valid for eight hours; the same one is reused for the same pair. */
    public synchronized String of(String role, String area) {
        return of(role, area, "demo-" + role + "-" + area);
    }

    /** A token of a named user: two officers of the same role and area, where one checks the other's work. */
    public synchronized String of(String role, String area, String user) {
        return minted.computeIfAbsent(role + "@" + area + "@" + user, k -> mint(role, area, user));
    }

    private String mint(String role, String area, String user) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("groups", List.of(role));
        claims.put("area", area);
        claims.put("iat", now);
        claims.put("exp", now + 8 * 3600);
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String unsigned = base64(json.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT"))) + "."
                    + base64(json.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + base64(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey privateKey(String pem) {
        if (!pem.contains("BEGIN PRIVATE KEY")) {
            throw new IllegalArgumentException("the private key must be PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key", e);
        }
    }
}
