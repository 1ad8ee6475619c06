package vn.giamngheo.platform.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.giamngheo.platform.web.problem.ProblemException;
import vn.giamngheo.platform.web.security.Caller;

/**
 * Makes a retried write harmless: the first request with a given {@code Idempotency-Key} runs and its result is
 * stored in the same transaction; a later request with the same key and the same body gets that result again
 * without running; a concurrent one waits for the first to commit. The same key with another body is refused.
 *
 * <p>A key is scoped by the caller's whole identity (user, roles and area: two accounts that share a user name do
 * not share keys) and by the operation and its target (the same key on another allocation or plan is another
 * request). The caller's permission is checked before {@link #once} is asked, so a replay is never a way around it.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    /** A write's result: its status and body, and whether it is the stored answer to an earlier request. */
    public record Result<T>(int status, T body, boolean replayed) {

        /** The answer as the first request got it, marked as a replay or not ({@value #REPLAYED_HEADER}). */
        public jakarta.ws.rs.core.Response.ResponseBuilder response() {
            return jakarta.ws.rs.core.Response.status(status).entity(body).header(REPLAYED_HEADER, replayed);
        }
    }

    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    /**
     * Runs {@code write} once per key, caller and operation.
     *
     * @param key the request's Idempotency-Key, or null when the client sent none (then the write simply runs)
     * @param operation what the write does, e.g. {@code "disbursements.create"}: the same key may serve several
     * @param request the request body, compared with the first request's
     * @param status the status a fresh result is answered with
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Result<T> once(String key, String operation, Object request, int status, Class<T> type,
            Supplier<T> write) {
        if (key == null) {
            return new Result<>(status, write.get(), false);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER,
                    "use 1 to 200 letters, digits, '.', '_', ':' or '-', for example a UUID");
        }
        String hash = hash(request);
        String scope = scope();
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_key (caller, operation, idempotency_key, request_hash, created_at)
                VALUES (:caller, :operation, :key, :hash, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("caller", scope)
                .setParameter("operation", operation)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (claimed == 1) {
            T body = write.get();
            em.createNativeQuery("""
                    UPDATE idempotency_key SET response_status = :status, response_body = CAST(:body AS jsonb)
                    WHERE caller = :caller AND operation = :operation AND idempotency_key = :key""")
                    .setParameter("status", status)
                    .setParameter("body", json(body))
                    .setParameter("caller", scope)
                    .setParameter("operation", operation)
                    .setParameter("key", key)
                    .executeUpdate();
            return new Result<>(status, body, false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, response_status, response_body::text FROM idempotency_key
                WHERE caller = :caller AND operation = :operation AND idempotency_key = :key""")
                .setParameter("caller", scope)
                .setParameter("operation", operation)
                .setParameter("key", key)
                .getResultList();
        Object[] first = rows.get(0);
        if (!hash.equals(first[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key already used",
                    "This Idempotency-Key was already used for a different request. Send a new key for a new request;"
                            + " resend the same body to get the first answer again.");
        }
        try {
            return new Result<>(((Number) first[1]).intValue(), mapper.readValue((String) first[2], type), true);
        } catch (Exception e) {
            throw new IllegalStateException("stored answer for idempotency key " + key + " cannot be read", e);
        }
    }

    /** The caller's identity as keys are scoped by it: user, roles and area, hashed when longer than the column. */
    private String scope() {
        String scope = caller.user() + "|" + String.join(",", caller.roles()) + "|" + caller.area();
        return scope.length() <= 200 ? scope : "sha256:" + sha256(scope);
    }

    private String hash(Object request) {
        return sha256(json(request));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot be written as JSON: " + value, e);
        }
    }
}
