package vn.giamngheo.household.dci;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

/** Ed25519 keys as JWKs (RFC 8037: kty OKP, crv Ed25519, x) and PEM files, with the JDK's own provider. */
public final class Ed25519Keys {

    /** What the DER of an X.509 Ed25519 public key holds before its 32 raw bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519Keys() {
    }

    /**
     * The public key of a JWK.
     *
     * @throws IllegalArgumentException with a message for the officer who registers it, when it is not one
     */
    public static PublicKey fromJwk(JsonNode jwk) {
        if (jwk == null || !jwk.isObject()) {
            throw new IllegalArgumentException("publicKeyJwk must be a JSON Web Key object");
        }
        if (!"OKP".equals(jwk.path("kty").asText()) || !"Ed25519".equals(jwk.path("crv").asText())) {
            throw new IllegalArgumentException("publicKeyJwk must be an Ed25519 key: {\"kty\":\"OKP\","
                    + "\"crv\":\"Ed25519\",\"x\":\"…\"} (RFC 8037)");
        }
        if (jwk.has("d")) {
            throw new IllegalArgumentException("publicKeyJwk holds a private key (\"d\"): register the public key only,"
                    + " and keep the private key with the system");
        }
        byte[] x;
        try {
            x = Base64.getUrlDecoder().decode(jwk.path("x").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("publicKeyJwk.x must be the key's 32 bytes in base64url");
        }
        if (x.length != 32) {
            throw new IllegalArgumentException("publicKeyJwk.x must be the key's 32 bytes in base64url");
        }
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(x, 0, der, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("publicKeyJwk is not a valid Ed25519 key");
        }
    }

    /** The JWK's {@code x}: the raw 32 bytes of the public key, base64url without padding. */
    public static String x(PublicKey key) {
        byte[] der = key.getEncoded();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(der, der.length - 32,
                der.length));
    }

    public static PrivateKey privateFromPem(String pem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PKCS#8 Ed25519 private key", e);
        }
    }

    public static PublicKey publicFromPem(String pem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an X.509 Ed25519 public key", e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
