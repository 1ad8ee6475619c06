package vn.giamngheo.household.standard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;

/**
 * Loads the poverty standards from data: the file shipped with the service, or a corrected copy named by
 * {@code giamngheo.standards.file}, so that an unverified figure is corrected without a code change.
 */
@ApplicationScoped
public class StandardsLoader {

    static final String SHIPPED = "standards/poverty-standards.json";

    @ConfigProperty(name = "giamngheo.standards.file")
    Optional<String> override;

    @Produces
    @Singleton
    PovertyStandards standards() {
        try (InputStream in = override.isPresent() ? Files.newInputStream(Path.of(override.get()))
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the poverty standards cannot be read", e);
        }
    }

    /** Reads a standards file; public for the tests of the rules, which need no container. */
    public static PovertyStandards read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<PovertyStandard> all = mapper.readValue(in, new TypeReference<List<PovertyStandard>>() {
        });
        return new PovertyStandards(all);
    }

    public static PovertyStandards shipped() {
        try (InputStream in = StandardsLoader.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
