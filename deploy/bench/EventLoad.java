import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load harness for reporting-service: publishes household status changes on the real household-events topic, as
 * household-service's relay does, and measures how fast the read models take them in (events applied per second),
 * the freshness lag under that load, and the latency of the district report and the province overview before
 * and after. Run it through deploy/bench/event-load; it only talks to 127.0.0.1.
 */
public class EventLoad {

    static final String REPORTING = "http://127.0.0.1:8084";
    /** reporting-service's management interface: its metrics. */
    static final String REPORTING_MANAGEMENT = "http://127.0.0.1:9084";

    public static void main(String[] args) throws Exception {
        int total = Integer.parseInt(arg(args, "--events", "1000000"));
        int listYear = Integer.parseInt(arg(args, "--list-year", "2090"));
        // 0: a burst, as fast as the producer goes; otherwise a steady pace of that many events per second.
        int rate = Integer.parseInt(arg(args, "--rate", "0"));
        // The communes and wards of today within the unit under load, CODE:AREA_TYPE; since 2025-07-01 under the
        // province directly, with no district.
        String[] communes = arg(args, "--communes", "").split(",");
        String unit = arg(args, "--unit", "04");
        HttpClient http = HttpClient.newHttpClient();
        long before = applied(http);
        double[] reportsBefore = reportLatencies(http, unit, listYear);

        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Instant start = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < total; i++) {
                if (rate > 0 && i % 200 == 0) {
                    long due = start.toEpochMilli() + (long) i * 1000 / rate;
                    long wait = due - System.currentTimeMillis();
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                }
                String household = "bench-" + UUID.randomUUID();
                String[] commune = communes[i % communes.length].split(":");
                boolean opening = i % 4 != 3;
                String data = "{\"householdId\":\"" + household + "\",\"communeCode\":\"" + commune[0]
                        + "\",\"districtCode\":null,\"provinceCode\":\"04\",\"areaType\":\"" + commune[1] + "\",\"listYear\":"
                        + (opening ? listYear - 1 : listYear) + ",\"roundId\":\"bench\",\"roundKind\":\""
                        + (opening ? "OPENING_BALANCE" : "PERIODIC") + "\",\"decisionNumber\":\"1/QĐ-UBND\","
                        + "\"decisionDate\":\"2025-06-01\",\"standardCode\":\"ND-07-2021\",\"statusBefore\":"
                        + (opening ? "null" : "\"NOT_POOR\"") + ",\"statusAfter\":\"" + (i % 3 == 0 ? "NEAR_POOR" : "POOR")
                        + "\",\"movementKind\":\"" + (opening ? "OPENING_BALANCE" : "NEW") + "\",\"ethnicMinority\":"
                        + (i % 5 != 0) + ",\"memberCount\":4}";
                String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                        + "\",\"source\":\"/giamngheo/household-service\",\"type\":\"vn.giamngheo.household.status-changed.v1\""
                        + ",\"subject\":\"" + household + "\",\"time\":\"" + Instant.now()
                        + "\",\"datacontenttype\":\"application/json\",\"sequence\":1,\"data\":" + data + "}";
                producer.send(new ProducerRecord<>("household-events", household, envelope));
            }
            producer.flush();
        }
        double published = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        long target = before + total;
        long now;
        while ((now = applied(http)) < target) {
            Thread.sleep(500);
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        String metrics = get(http, REPORTING_MANAGEMENT + "/q/metrics");
        double[] reportsAfter = reportLatencies(http, unit, listYear);
        System.out.printf("events published:    %d in %.1f s (%.0f/s%s)%n", total, published, total / published,
                rate > 0 ? ", paced at " + rate + "/s" : ", a burst");
        System.out.printf("events applied:      %d in %.1f s from the first send: %.0f events/s%n", now - before,
                seconds, total / seconds);
        System.out.printf("freshness lag:       p50 %.0f ms, p99 %.0f ms (last minutes of the run)%n",
                1000 * quantile(metrics, "0.5"), 1000 * quantile(metrics, "0.99"));
        System.out.printf("poverty report (%s):  median %.1f ms before, %.1f ms after%n", unit, reportsBefore[0], reportsAfter[0]);
        System.out.printf("province overview:   median %.1f ms before, %.1f ms after%n", reportsBefore[1], reportsAfter[1]);
    }

    static double[] reportLatencies(HttpClient http, String unit, int listYear) throws Exception {
        return new double[] { median(http, REPORTING + "/api/v1/reports/poverty?unit=" + unit + "&listYear=" + listYear),
                median(http, REPORTING + "/api/v1/reports/province?unit=04&year=" + (listYear - 1)) };
    }

    static double median(HttpClient http, String url) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long t0 = System.nanoTime();
            get(http, url);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    static long applied(HttpClient http) throws Exception {
        Matcher m = Pattern.compile("(?m)^giamngheo_reporting_events_applied_total(?:\\{[^}]*\\})? ([0-9.E+]+)")
                .matcher(get(http, REPORTING_MANAGEMENT + "/q/metrics"));
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    static double quantile(String metrics, String q) {
        Matcher m = Pattern.compile("(?m)^giamngheo_reporting_freshness_seconds\\{[^}]*quantile=\"" + Pattern.quote(q)
                + "\"[^}]*\\} ([0-9.E+-]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
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
