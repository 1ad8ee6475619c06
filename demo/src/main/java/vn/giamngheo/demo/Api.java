package vn.giamngheo.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The four services' public REST APIs, called as their users call them: JSON over HTTP with a bearer token. */
public final class Api {

    /** Where each service listens. */
    public record Services(URI plan, URI household, URI funding, URI reporting) {

        public static Services local(int planPort, int householdPort, int fundingPort, int reportingPort) {
            return new Services(local(planPort), local(householdPort), local(fundingPort), local(reportingPort));
        }

        private static URI local(int port) {
            return URI.create("http://127.0.0.1:" + port);
        }
    }

    /** An answer the caller did not expect: its status and problem body say why. */
    public static final class UnexpectedAnswer extends RuntimeException {
        private final int status;

        UnexpectedAnswer(String request, int status, String body) {
            super(request + " answered " + status + ": " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** An answer: its status, its body as JSON (null when empty) and its ETag. */
    public record Answer(int status, JsonNode body, String etag) {
    }

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Services services;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(Services services) {
        this.services = services;
    }

    public Services services() {
        return services;
    }

    public Answer get(URI base, String path, String token, int... expected) {
        return send(base, "GET", path, token, null, Map.of(), expected);
    }

    public Answer post(URI base, String path, String token, Object body, Map<String, String> headers, int... expected) {
        return send(base, "POST", path, token, body, headers, expected);
    }

    public Answer put(URI base, String path, String token, Object body, int... expected) {
        return send(base, "PUT", path, token, body, Map.of(), expected);
    }

    public Answer send(URI base, String method, String path, String token, Object body, Map<String, String> headers,
            int... expected) {
        String request = method + " " + path;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body instanceof String s
                                    ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body)));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (expected.length > 0 && Arrays.stream(expected).noneMatch(s -> s == response.statusCode())) {
                throw new UnexpectedAnswer(request, response.statusCode(), response.body());
            }
            JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(request + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request + " interrupted", e);
        }
    }
}
