package vn.giamngheo.household.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.giamngheo.platform.web.testing.TestTokens;

/**
 * A small OpenID provider for the commune app's sign-in: discovery, an authorization endpoint that signs in the user
 * the test names (no login form), and a token endpoint that gives the code back only for the PKCE verifier whose
 * S256 challenge came with it. Its access tokens are the platform's test tokens. The service is started with its
 * address as the app's issuer; the tests drive it over HTTP ({@code /test/sign-in-as}, {@code /test/exchanges}).
 */
public class StubAuthorizationServer implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT = "giamngheo-commune-app";

    private HttpServer server;
    private volatile String[] user = { "commune-officer", "99001", "can-bo" };
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();
    private final AtomicInteger exchanges = new AtomicInteger();

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", x -> answer(x, 200, "{\"issuer\":\"" + issuer()
                + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\",\"token_endpoint\":\"" + issuer()
                + "/token\",\"code_challenge_methods_supported\":[\"S256\"]}"));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        // The test, from its own class loader, says who signs in next and reads how many codes were traded.
        server.createContext("/test/sign-in-as", x -> {
            Map<String, String> q = form(x.getRequestURI().getRawQuery());
            user = new String[] { q.get("role"), q.get("area"), q.get("user") };
            answer(x, 200, "{}");
        });
        server.createContext("/test/exchanges", x -> answer(x, 200, String.valueOf(exchanges.get())));
        server.start();
        return Map.of("giamngheo.app.oidc.issuer", issuer());
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        if (!CLIENT.equals(q.get("client_id")) || !"S256".equals(q.get("code_challenge_method"))
                || q.get("code_challenge") == null || !"code".equals(q.get("response_type"))) {
            answer(x, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        String[] who = user;
        codes.put(code, new String[] { q.get("code_challenge"), q.get("redirect_uri"), who[0], who[1], who[2] });
        x.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8));
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void token(HttpExchange x) throws IOException {
        if ("OPTIONS".equals(x.getRequestMethod())) {
            answer(x, 204, null);
            return;
        }
        Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] grant = codes.remove(f.getOrDefault("code", ""));
        if (grant == null || !grant[0].equals(s256(f.getOrDefault("code_verifier", "")))
                || !grant[1].equals(f.get("redirect_uri")) || !CLIENT.equals(f.get("client_id"))) {
            answer(x, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        exchanges.incrementAndGet();
        String token = TestTokens.token(grant[2], grant[3], grant[4]);
        answer(x, 200, "{\"access_token\":\"" + token + "\",\"id_token\":\"" + token
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    private static void answer(HttpExchange x, int status, String json) throws IOException {
        // The app calls it from its own origin.
        x.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        x.getResponseHeaders().add("Access-Control-Allow-Headers", "content-type");
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        if (json != null) {
            x.getResponseHeaders().add("Content-Type", "application/json");
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        x.getResponseBody().write(body);
        x.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
