package vn.giamngheo.household.dci;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

/**
 * Sends what {@link Deliveries} holds owed, off the request path: each due delivery is claimed, its answer made if it
 * is an async search's, signed afresh, and posted to its URI. A 2xx answer delivers it; anything else, or no answer,
 * plans another attempt. Receivers recognise a message sent again by its unchanged {@code header.message_id}.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** A claimed delivery is not claimed again for this long: longer than one attempt can take. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Claimed together: each attempt takes 15 s at most, so a batch ends well within its lease. */
    private static final int BATCH = 5;
    private static final Duration ATTEMPT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    ObjectMapper mapper;

    @Inject
    Deliveries deliveries;

    @Inject
    DciGateway gateway;

    @Scheduled(every = "${giamngheo.dci.delivery.poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        List<Deliveries.Due> due;
        do {
            due = deliveries.claim(BATCH, LEASE);
            for (Deliveries.Due d : due) {
                try {
                    send(d);
                } catch (RuntimeException e) {
                    // Its lease ends and it is tried again; the others of the batch go on.
                    LOG.errorf(e, "delivery %s of %s: its attempt could not be recorded", d.id(), d.kind());
                }
            }
        } while (due.size() == BATCH);
    }

    void send(Deliveries.Due due) {
        try {
            DciSystem system = DciSystem.active(due.senderId()).orElse(null);
            if (system == null || !system.callbackUriList().contains(due.targetUri())
                    && !due.targetUri().equals(system.notifyUri)) {
                deliveries.abandon(due, system == null ? "the system is no longer registered"
                        : "the URI is no longer one the system registered");
                return;
            }
            String envelope = due.body() != null ? due.body() : gateway.answerSearch(due);
            if (envelope == null) {
                deliveries.abandon(due, "the system is no longer registered");
                return;
            }
            JsonNode unsigned = mapper.readTree(envelope);
            String body = mapper.writeValueAsString(gateway.sign(unsigned));
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.targetUri())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            // A receiver that answers slowly, or sends its answer slowly, is a failed attempt.
            HttpResponse<String> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .get(ATTEMPT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(due, receiverNote(response.body()));
            } else {
                deliveries.failed(due, "HTTP " + response.statusCode() + " from " + due.targetUri());
            }
        } catch (IOException e) {
            deliveries.failed(due, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (java.util.concurrent.ExecutionException e) {
            deliveries.failed(due, e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (java.util.concurrent.TimeoutException e) {
            deliveries.failed(due, "no answer from " + due.targetUri() + " within " + ATTEMPT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deliveries.failed(due, "interrupted");
        } catch (RuntimeException e) {
            LOG.errorf(e, "delivery %s of %s could not be made", due.id(), due.kind());
            deliveries.failed(due, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** What the receiver's acknowledgement said, when it refused the message (ack_status ERR). */
    private String receiverNote(String body) {
        try {
            JsonNode ack = mapper.readTree(body == null || body.isBlank() ? "{}" : body).path("message");
            return "ERR".equals(ack.path("ack_status").asText()) ? "the receiver answered ERR: "
                    + ack.path("error").path("code").asText() + " " + ack.path("error").path("message").asText()
                    : null;
        } catch (IOException e) {
            return null;
        }
    }
}
