import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for household-service's batch review API: opens a regular review round in each commune of the unit
 * under load (its codes in --communes, a token for each in --tokens), then sends
 * province-sized batches of reviews of new households (a head, a spouse and a child each) from several threads,
 * as the commune apps would, and prints reviews per second and the latency of a batch. Run it through
 * deploy/bench/review-load, which mints the tokens; it only talks to 127.0.0.1.
 */
public class ReviewLoad {

    static final String[] DEPRIVATIONS = { "EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE",
            "ADULT_EDUCATION", "CHILD_SCHOOLING", "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITATION",
            "TELECOM", "INFO_ACCESS" };

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--url", "http://127.0.0.1:8082");
        int total = Integer.parseInt(arg(args, "--reviews", "100000"));
        int batchSize = Integer.parseInt(arg(args, "--batch", "1000"));
        int threads = Integer.parseInt(arg(args, "--threads", "4"));
        String tokenFile = arg(args, "--tokens", null);
        // The communes (today's codes) of the unit under load, one token each in the same order.
        String[] communes = arg(args, "--communes", "").split(",");
        List<String> tokens = java.nio.file.Files.readAllLines(java.nio.file.Path.of(tokenFile));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // One regular round per commune, in a year and month not used by an earlier run of this harness.
        String[] rounds = new String[communes.length];
        int[] months = new int[communes.length];
        int[] years = new int[communes.length];
        for (int c = 0; c < communes.length; c++) {
            search:
            for (int year = 2022; year <= 2024; year++) {
                for (int month = 1; month <= 12; month++) {
                    HttpResponse<String> r = post(http, base + "/api/v1/rounds", tokens.get(c), null,
                            "{\"communeCode\":\"" + communes[c] + "\",\"kind\":\"REGULAR\",\"heldYear\":" + year
                                    + ",\"month\":" + month + "}");
                    if (r.statusCode() == 201) {
                        rounds[c] = field(r.body(), "id");
                        months[c] = month;
                        years[c] = year;
                        break search;
                    }
                    if (r.statusCode() != 409) {
                        throw new IllegalStateException("cannot open a round: " + r.statusCode() + " " + r.body());
                    }
                }
            }
            if (rounds[c] == null) {
                throw new IllegalStateException("no free month left for commune " + communes[c]);
            }
        }

        int batches = (total + batchSize - 1) / batchSize;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            int c = b % communes.length;
            int size = Math.min(batchSize, total - b * batchSize);
            long seed = b;
            results.add(pool.submit(() -> {
                String body = batch(size, years[c], months[c], new Random(seed ^ System.nanoTime()));
                long t0 = System.nanoTime();
                HttpResponse<String> r = post(http, base + "/api/v1/rounds/" + rounds[c] + "/reviews", tokens.get(c),
                        UUID.randomUUID().toString(), body);
                long elapsed = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("batch refused: " + r.statusCode() + " " + r.body());
                }
                return new long[] { elapsed, Long.parseLong(field(r.body(), "accepted")),
                        Long.parseLong(field(r.body(), "returned")), Long.parseLong(field(r.body(), "rejected")) };
            }));
        }
        List<Long> latencies = new ArrayList<>();
        long accepted = 0;
        long returned = 0;
        long rejected = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            latencies.add(r[0]);
            accepted += r[1];
            returned += r[2];
            rejected += r[3];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(latencies);
        System.out.printf("reviews sent:        %d in %d batches of %d, %d threads%n", total, batches, batchSize, threads);
        System.out.printf("accepted/returned/rejected: %d / %d / %d%n", accepted, returned, rejected);
        System.out.printf("wall time:           %.1f s%n", seconds);
        System.out.printf("throughput:          %.0f reviews/s%n", total / seconds);
        System.out.printf("batch latency (ms):  p50 %d  p95 %d  max %d%n", ms(latencies, 0.50), ms(latencies, 0.95),
                latencies.get(latencies.size() - 1) / 1_000_000);
    }

    static String batch(int size, int year, int month, Random random) {
        StringBuilder sb = new StringBuilder(size * 700).append("{\"reviews\":[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(',');
            }
            long income = 600_000 + random.nextInt(3_000_000);
            int deprived = random.nextInt(6);
            sb.append("{\"newHousehold\":{\"village\":\"Bản ").append(1 + random.nextInt(20)).append("\",\"members\":[");
            member(sb, "Nông Văn " + name(random), 1970 + random.nextInt(30), "MALE", "HEAD", random).append(',');
            member(sb, "Hoàng Thị " + name(random), 1972 + random.nextInt(30), "FEMALE", "SPOUSE", random).append(',');
            member(sb, "Nông Thị " + name(random), 2005 + random.nextInt(15), "FEMALE", "CHILD", random);
            sb.append("]},\"surveyDate\":\"").append(String.format("%d-%02d-%02d", year, month, 1 + random.nextInt(28)))
                    .append("\",\"incomePerPersonMonthlyVnd\":").append(income).append(",\"deprivedIndicators\":[");
            for (int d = 0; d < deprived; d++) {
                sb.append(d > 0 ? "," : "").append('"').append(DEPRIVATIONS[(d * 5 + i) % DEPRIVATIONS.length]).append('"');
            }
            sb.append("],\"meetingAgreeShare\":").append(random.nextInt(10) == 0 ? "0.45" : "0.8").append('}');
        }
        return sb.append("]}").toString();
    }

    static StringBuilder member(StringBuilder sb, String name, int born, String sex, String relation, Random random) {
        return sb.append("{\"fullName\":\"").append(name).append("\",\"birthYear\":").append(born)
                .append(",\"sex\":\"").append(sex).append("\",\"ethnicity\":\"").append(random.nextBoolean() ? "Tày" : "Nùng")
                .append("\",\"relation\":\"").append(relation).append("\",\"healthInsurance\":").append(random.nextBoolean())
                .append(",\"personalId\":\"").append(String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L)))
                .append("\"}");
    }

    static String name(Random random) {
        String[] names = { "An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Khánh", "Lan", "Minh", "Nga", "Phúc", "Quý",
                "Sơn", "Thảo", "Tuấn", "Vân" };
        return names[random.nextInt(names.length)];
    }

    static HttpResponse<String> post(HttpClient http, String url, String token, String key, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    static long ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1_000_000;
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
