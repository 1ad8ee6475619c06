package vn.giamngheo.household.standard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.giamngheo.household.domain.PovertyStandard;
import vn.giamngheo.household.domain.PovertyStandards;
import vn.giamngheo.platform.refdata.AreaType;

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

    /**
     * Reads a standards file; public for the tests of the rules, which need no container. Each standard gets the
     * version of its entry (a digest of its JSON), and a provisional figure must name a figure the standard has.
     */
    public static PovertyStandards read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<PovertyStandard> all = new ArrayList<>();
        for (JsonNode entry : mapper.readTree(in)) {
            PovertyStandard standard = mapper.treeToValue(entry, PovertyStandard.class).withVersion(digest(mapper, entry));
            for (String figure : standard.provisionalFigures()) {
                if (!has(entry, figure)) {
                    throw new IllegalStateException("standard " + standard.code() + " marks as provisional a figure it"
                            + " does not have: " + figure);
                }
            }
            // An operator's correction must leave a standard that classifies: both lines, and a dated worker line.
            for (AreaType area : AreaType.values()) {
                if (standard.incomeLineVnd() == null || standard.incomeLineVnd().get(area) == null) {
                    throw new IllegalStateException("standard " + standard.code() + " has no income line for " + area);
                }
            }
            if (standard.lowIncomeWorkerLineVnd() != null && standard.lowIncomeWorkerFrom() == null) {
                throw new IllegalStateException("standard " + standard.code() + " gives a low-income-worker line"
                        + " without the day it applies from (lowIncomeWorkerFrom)");
            }
            all.add(standard);
        }
        return new PovertyStandards(all);
    }

    /** Whether the entry has the figure a dotted path names; an indicator is named by its code. */
    private static boolean has(JsonNode entry, String figure) {
        JsonNode node = entry;
        for (String step : figure.split("\\.")) {
            if (node.isArray()) {
                JsonNode found = null;
                for (JsonNode item : node) {
                    found = step.equals(item.path("code").asText()) ? item : found;
                }
                node = found;
            } else {
                node = node.has(step) ? node.get(step) : null;
            }
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** The first 12 hex digits of the SHA-256 of the entry's JSON as written by Jackson (key order kept). */
    private static String digest(ObjectMapper mapper, JsonNode entry) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(entry));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PovertyStandards shipped() {
        try (InputStream in = StandardsLoader.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
