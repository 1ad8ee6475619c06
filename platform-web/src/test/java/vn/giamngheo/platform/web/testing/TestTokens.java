package vn.giamngheo.platform.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Mints the bearer tokens the tests send, signed with the test key pair whose public half the {@code %test}
 * profile trusts. The same claims as {@code deploy/local/platform token}: groups (the role), area, upn.
 */
public final class TestTokens {

    public static final String ISSUER = "giamngheo-local";

    private static final PrivateKey KEY = loadKey();

    private TestTokens() {
    }

    public static String token(String role, String area) {
        return token(role, area, role + "-" + area);
    }

    public static String token(String role, String area, String user) {
        return sign(ISSUER, role, area, user, Instant.now().plus(Duration.ofHours(1)));
    }

    /** The value of an Authorization header carrying a token for this role and area. */
    public static String bearer(String role, String area) {
        return "Bearer " + token(role, area);
    }

    /** A token holding the groups as they are (none, several, or some no role of the platform's). */
    public static String withGroups(String area, String user, String... groups) {
        return sign(ISSUER, List.of(groups), area, user, Instant.now().plus(Duration.ofHours(1)));
    }

    public static String expired(String role, String area) {
        return sign(ISSUER, role, area, role + "-" + area, Instant.now().minus(Duration.ofHours(1)));
    }

    public static String fromIssuer(String issuer, String role, String area) {
        return sign(issuer, role, area, role + "-" + area, Instant.now().plus(Duration.ofHours(1)));
    }

    private static String sign(String issuer, String role, String area, String user, Instant expiry) {
        return sign(issuer, List.of(role), area, user, expiry);
    }

    private static String sign(String issuer, List<String> groups, String area, String user, Instant expiry) {
        String groupArray = groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",", "[", "]"));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = String.format(
                "{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":%s,\"area\":\"%s\",\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}",
                issuer, user, user, groupArray, area, now - 5, expiry.getEpochSecond(), UUID.randomUUID());
        String unsigned = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(KEY);
            s.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + b64(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/META-INF/giamngheo-test-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the test key pair is missing from platform-web's test resources", e);
        }
    }
}
