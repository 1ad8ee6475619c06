package vn.giamngheo.household.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A system's endpoint for the registry's callbacks and notifications, as the system would run it: it records what it
 * is posted and acknowledges it. It can be down (nothing listening on its port) and come up again on the same port.
 */
final class CallbackReceiver implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A message received: the path it was posted to and its body. */
    record Received(String path, JsonNode body) {
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private CallbackReceiver(int port) {
        this.port = port;
    }

    /** A receiver listening on a port of its own. */
    static CallbackReceiver up() throws IOException {
        CallbackReceiver r = down();
        r.start();
        return r;
    }

    /** A receiver whose port nobody listens on yet. */
    static CallbackReceiver down() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            return new CallbackReceiver(probe.getLocalPort());
        }
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                received.add(new Received(exchange.getRequestURI().getPath(), body));
                byte[] ack = ("{\"message\":{\"ack_status\":\"ACK\",\"timestamp\":\"" + java.time.OffsetDateTime.now()
                        + "\",\"correlation_id\":\"" + body.path("message").path("correlation_id").asText("ack")
                        + "\"}}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ack.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(ack);
                }
            }
        });
        server.start();
    }

    String uri(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<JsonNode> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).map(Received::body).toList();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
