package vn.giamngheo.household.dci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The key this registry signs its callbacks and notifications with, and the DCI identity it signs as. Its public half
 * is published ({@code GET /api/v1/dci/registry-key}) for receivers to verify with.
 */
@ApplicationScoped
public class RegistryKey {

    private static final Logger LOG = Logger.getLogger(RegistryKey.class);

    private final String registryId;
    private final String keyId;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public RegistryKey(@ConfigProperty(name = "giamngheo.dci.registry-id") String registryId,
            @ConfigProperty(name = "giamngheo.dci.signing-key.id") String keyId,
            @ConfigProperty(name = "giamngheo.dci.signing-key.location") Optional<String> location,
            @ConfigProperty(name = "giamngheo.dci.signing-key.required") boolean required) {
        this.registryId = registryId;
        this.keyId = keyId;
        boolean readable = location.map(Path::of).filter(Files::isReadable).isPresent();
        if (required && !readable) {
            // Several replicas must sign with one key: none may fall back to a key of its own.
            throw new IllegalStateException("the DCI signing key is required and " + location.orElse("no location")
                    + " cannot be read: mount the secret household-dci-signing-key (deploy/README.md)");
        }
        KeyPair pair = location.map(Path::of).filter(Files::isReadable).map(RegistryKey::read).orElseGet(() -> {
            // Without a configured key the callbacks are still signed, with a key that lives as long as the process;
            // receivers then fetch it again from the published key after a restart.
            LOG.warnf("no DCI signing key at %s: signing callbacks with a key made at start", location.orElse("(none)"));
            return generate();
        });
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    public String registryId() {
        return registryId;
    }

    public String keyId() {
        return keyId;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as a JWK, with the kidId a signature of this registry names. */
    public Map<String, Object> jwk() {
        return Map.of("kty", "OKP", "crv", "Ed25519", "x", Ed25519Keys.x(publicKey), "kid", keyId, "use", "sig",
                "alg", "EdDSA");
    }

    private static KeyPair read(Path path) {
        try {
            String pem = Files.readString(path, StandardCharsets.US_ASCII);
            PrivateKey key = Ed25519Keys.privateFromPem(pem);
            // The public half is kept beside it (signing.pub.pem), as the local stack's key command writes it.
            Path pub = path.resolveSibling(path.getFileName().toString().replace(".pem", ".pub.pem"));
            KeyPair pair = new KeyPair(Ed25519Keys.publicFromPem(Files.readString(pub, StandardCharsets.US_ASCII)), key);
            requireAPair(pair, path, pub);
            return pair;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the DCI signing key at " + path, e);
        }
    }

    /** The published half must verify what the private half signs, or receivers would refuse every message. */
    private static void requireAPair(KeyPair pair, Path key, Path pub) {
        try {
            byte[] probe = "giamngheo".getBytes(StandardCharsets.US_ASCII);
            java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(probe);
            byte[] signature = signer.sign();
            java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
            verifier.initVerify(pair.getPublic());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException(pub + " is not the public half of " + key);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot check the DCI signing key " + key, e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
