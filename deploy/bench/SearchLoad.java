import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load harness for the officers' name search (GET /api/v1/households/search): commune officers search their own
 * commune and province officers the whole province, as they type — without diacritics, a surname with a given name,
 * or a given name alone — from several threads, and it prints the searches per second and their latency (p50, p95,
 * max) for each kind. Run it through deploy/bench/search-load, which mints the tokens; it only talks to 127.0.0.1.
 */
public class SearchLoad {

    /** Names as the review-load harness and the demo register them, typed without diacritics. */
    static final String[] SURNAMES = { "nong van", "hoang thi", "nong thi", "be van", "luong thi", "dam van" };
    static final String[] GIVEN = { "an", "binh", "cuong", "dung", "ha", "hanh", "khanh", "lan", "minh", "nga", "phuc",
            "quy", "son", "thao", "tuan", "xuan" };

    record Result(String kind, long nanos, int status, int households) {
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--url", "http://127.0.0.1:8082");
        int searches = Integer.parseInt(arg(args, "--searches", "2000"));
        int threads = Integer.parseInt(arg(args, "--threads", "4"));
        String[] communes = arg(args, "--communes", "").split(",");
        List<String> tokens = java.nio.file.Files.readAllLines(java.nio.file.Path.of(arg(args, "--tokens", null)));
        String province = arg(args, "--province", "04");
        String provinceToken = arg(args, "--province-token", null);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // Warm the service (JIT, connection pool) before measuring.
        for (int i = 0; i < 50; i++) {
            search(http, base, communes[i % communes.length], tokens.get(i % communes.length), "nong van an", "warm");
        }
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Random random = new Random(7919L * (thread + 1));
                for (int i = thread; i < searches; i += threads) {
                    String name = switch (i % 3) {
                        case 0 -> SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
                        case 1 -> GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)]
                                .split(" ")[0];
                        default -> SURNAMES[random.nextInt(SURNAMES.length)];
                    };
                    if (i % 10 == 9) {
                        results.add(search(http, base, province, provinceToken, name, "province"));
                    } else {
                        int c = random.nextInt(communes.length);
                        results.add(search(http, base, communes[c], tokens.get(c), name, "commune"));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long failed = results.stream().filter(r -> r.status() != 200).count();
        System.out.printf("%d searches in %.1f s: %.0f searches/s, %d failed%n", results.size(), seconds,
                results.size() / seconds, failed);
        for (String kind : List.of("commune", "province")) {
            List<Long> ms = results.stream().filter(r -> r.kind().equals(kind)).map(r -> r.nanos() / 1_000_000)
                    .sorted().toList();
            double found = results.stream().filter(r -> r.kind().equals(kind)).mapToInt(Result::households).average()
                    .orElse(0);
            if (!ms.isEmpty()) {
                System.out.printf("%-8s %5d searches: p50 %d ms, p95 %d ms, max %d ms (%.1f households a page on"
                        + " average)%n", kind, ms.size(), ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)),
                        ms.get(ms.size() - 1), found);
            }
        }
        if (failed > 0) {
            System.exit(1);
        }
    }

    static Result search(HttpClient http, String base, String area, String token, String name, String kind) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/households/search?area=" + area + "&name=" + URLEncoder.encode(name,
                            StandardCharsets.UTF_8) + "&size=50"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            int households = r.statusCode() == 200 ? r.body().split("\"code\":").length - 1 : 0;
            if (r.statusCode() != 200) {
                System.err.println(kind + " search '" + name + "' in " + area + ": " + r.statusCode() + " " + r.body());
            }
            return new Result(kind, System.nanoTime() - t0, r.statusCode(), households);
        } catch (Exception e) {
            System.err.println(kind + " search failed: " + e);
            return new Result(kind, System.nanoTime() - t0, 0, 0);
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return fallback;
    }
}
