package vn.giamngheo.reporting.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import vn.giamngheo.reporting.domain.Reconciliation;
import vn.giamngheo.reporting.domain.Reconciliation.Cell;
import vn.giamngheo.reporting.domain.Reconciliation.Difference;

/**
 * Compares, on a schedule, every commune's movement table in the read models with household-service's own counts
 * (aggregates only), and reports a difference that persists from one comparison to the next as a finding: in the
 * log, in the gauge {@code giamngheo_reconciliation_findings} and at {@code /api/v1/admin/reconciliation}. A lost or
 * unapplied event shows here even where the report's own figures look consistent.
 */
@ApplicationScoped
@Startup
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    /** What a comparison found: the list years compared, every difference now, and those found twice (findings). */
    @Schema(name = "ReconciliationResult")
    public record Result(
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true) List<Integer> listYears,
            @Schema(required = true) List<Difference> differences,
            @Schema(required = true) List<Difference> findings,
            @Schema(description = "why nothing could be compared; null when the comparison ran") String error) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "giamngheo.reconciliation.household-url")
    Optional<String> householdUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<Result> last = new AtomicReference<>();

    @Inject
    Reconciler(MeterRegistry registry) {
        Gauge.builder("giamngheo.reconciliation.findings", last, l -> l.get() == null ? 0 : l.get().findings().size())
                .description("cells of the movement table where the read models and the registry still disagree")
                .register(registry);
    }

    @Scheduled(every = "${giamngheo.reconciliation.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (householdUrl.isPresent()) {
            run();
        }
    }

    /** The last comparison, if one ran. */
    public Optional<Result> last() {
        return Optional.ofNullable(last.get());
    }

    /** Compares now; a difference is a finding when the comparison before found it too. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public synchronized Result run() {
        Result previous = last.get();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        if (householdUrl.isEmpty()) {
            Result r = new Result(at, List.of(), List.of(), List.of(),
                    "giamngheo.reconciliation.household-url is not set: nothing to compare with");
            last.set(r);
            return r;
        }
        List<Integer> years = listYears();
        List<Difference> differences = new ArrayList<>();
        try {
            for (int year : years) {
                differences.addAll(Reconciliation.differences(registry(year), report(year)));
            }
        } catch (Exception e) {
            Result r = new Result(at, years, List.of(), previous == null ? List.of() : previous.findings(),
                    "household-service could not be asked: " + e.getMessage());
            LOG.warnf("reconciliation: %s", r.error());
            last.set(r);
            return r;
        }
        List<Difference> findings = Reconciliation.persisting(previous == null ? List.of() : previous.differences(),
                differences);
        findings.forEach(f -> LOG.warnf("reconciliation finding: commune %s, list %d, %s %s %s: registry %d, report %d",
                f.cell().communeCode(), f.cell().listYear(), f.cell().status(), f.cell().direction(), f.cell().kind(),
                f.registry(), f.report()));
        Result r = new Result(at, years, differences, findings, null);
        last.set(r);
        return r;
    }

    // The years the read models hold, and the list being reviewed now and the one in force.
    private List<Integer> listYears() {
        TreeSet<Integer> years = new TreeSet<>();
        for (Object y : em.createNativeQuery("SELECT DISTINCT list_year FROM poverty_movement").getResultList()) {
            years.add(((Number) y).intValue());
        }
        int now = LocalDate.now().getYear();
        years.add(now);
        years.add(now + 1);
        return List.copyOf(years);
    }

    private Map<Cell, Long> report(int year) {
        Map<Cell, Long> cells = new HashMap<>();
        for (jakarta.persistence.Tuple row : ReadModelRows.of(em.createNativeQuery("""
                SELECT commune_code, status, direction, kind, sum(households) AS households FROM poverty_movement
                WHERE list_year = :year GROUP BY commune_code, status, direction, kind""", jakarta.persistence.Tuple.class)
                .setParameter("year", year))) {
            cells.put(new Cell(ReadModelRows.text(row, "commune_code"), year, ReadModelRows.text(row, "status"),
                    ReadModelRows.text(row, "direction"), ReadModelRows.text(row, "kind")),
                    ReadModelRows.whole(row, "households"));
        }
        return cells;
    }

    private Map<Cell, Long> registry(int year) throws Exception {
        URI uri = URI.create(householdUrl.get().replaceAll("/+$", "") + "/api/v1/registry/movement-counts?listYear="
                + year);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode());
        }
        Map<Cell, Long> cells = new HashMap<>();
        for (JsonNode n : mapper.readTree(answer.body())) {
            cells.put(new Cell(n.path("communeCode").asText(), year, n.path("status").asText(),
                    n.path("direction").asText(), n.path("kind").asText()), n.path("households").asLong());
        }
        return cells;
    }
}
