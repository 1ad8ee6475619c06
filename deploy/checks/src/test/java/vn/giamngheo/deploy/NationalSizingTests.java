package vn.giamngheo.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.deploy.ReadmeText.DEPLOY_README;
import static vn.giamngheo.deploy.ReadmeText.ROOT_README;
import static vn.giamngheo.deploy.ReadmeText.assertRoundsTo;
import static vn.giamngheo.deploy.ReadmeText.bytes;
import static vn.giamngheo.deploy.ReadmeText.claim;
import static vn.giamngheo.deploy.ReadmeText.number;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * deploy/README.md's "Sizing for a national roll-out" does its arithmetic in the open: each stated result follows
 * from its stated inputs, the measured inputs are the root README's benchmark figures, and the volumes and limits it
 * reasons about are those of the manifests. A new benchmark or manifest that changes an input fails here until the
 * conclusion is redone.
 */
class NationalSizingTests {

    private static final String SIZING = ReadmeText.section(DEPLOY_README, "Sizing for a national roll-out");
    private static final double SECONDS_PER_HOUR = 3_600;
    /** Every rate in the section is per second, so a count divided by one is a number of seconds. */
    private static final double SECONDS_PER_MINUTE = 60;
    private static final String NUMBER = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final String MILLION = "(" + NUMBER + " million)";
    /** `27,000,000 / 14,516 ≈ 31 minutes`, `4,000,000 / (10 × 8 × 3,600) ≈ 14 reviews/s`. */
    private static final Pattern FORMULA = Pattern.compile(
            "(" + NUMBER + "(?: [/×] (?:" + NUMBER + "|\\([^)]*\\)))+) ≈ (" + NUMBER + ") ([\\w/]+)");

    @Test
    void shouldStateTheResultOfEveryFormulaInTheSizingSection() {
        List<String> checked = new ArrayList<>();
        Matcher m = FORMULA.matcher(SIZING);
        while (m.find()) {
            double exact = evaluate(m.group(1));
            assertThat(m.group(3)).as("a unit this check converts to: " + m.group()).matches("minutes|\\w+/s");
            assertRoundsTo(m.group(), m.group(3).equals("minutes") ? exact / SECONDS_PER_MINUTE : exact, m.group(2));
            checked.add(m.group());
        }
        assertThat(checked).as("formulas found").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldSizeReviewIngestFromTheMeasuredThroughputOfOneInstance() {
        double households = number(claim(SIZING, "Việt Nam has about " + MILLION + " households").group(1));
        double reviewsAYear = number(claim(SIZING, "say up to " + MILLION + " reviews a year").group(1));
        Matcher measured = claim(SIZING, "took (" + NUMBER + ") reviews of new households \\((" + NUMBER
                + ") rows\\) at (" + NUMBER + ") reviews/s");
        double perInstance = number(measured.group(3));
        assertThat(latestMeasurement(" reviews/s**")).as("the root README's latest review-load figure")
                .contains("**" + measured.group(3) + " reviews/s**").contains(measured.group(1) + " reviews");

        Matcher lastDays = claim(SIZING, "whole year's " + MILLION + " reviews arrived in the last (\\w+) working days,"
                + " (\\w+) hours a day, that is (" + NUMBER + ") / \\((" + NUMBER + ") × (" + NUMBER + ") × (" + NUMBER
                + ")\\) ≈ (" + NUMBER + ") reviews/s — about 1/(" + NUMBER + ") of one instance");
        assertThat(number(lastDays.group(1))).isEqualTo(reviewsAYear).isEqualTo(number(lastDays.group(4)));
        assertThat(number(lastDays.group(5))).as("working days").isEqualTo(number(lastDays.group(2)));
        assertThat(number(lastDays.group(6))).as("hours a day").isEqualTo(number(lastDays.group(3)));
        assertThat(number(lastDays.group(7))).as("seconds an hour").isEqualTo(SECONDS_PER_HOUR);
        double peak = reviewsAYear / (number(lastDays.group(2)) * number(lastDays.group(3)) * SECONDS_PER_HOUR);
        assertRoundsTo("share of one instance", perInstance / peak, lastDays.group(9));

        Matcher oneDay = claim(SIZING, "All " + MILLION + " households in one (\\w+)-hour day would be (" + NUMBER
                + ") / (" + NUMBER + ") ≈ (" + NUMBER + ") reviews/s, still a (\\w+) of one instance");
        assertThat(number(oneDay.group(1))).isEqualTo(households).isEqualTo(number(oneDay.group(3)));
        assertThat(number(oneDay.group(4))).as("seconds in the day").isEqualTo(number(oneDay.group(2)) * SECONDS_PER_HOUR);
        double allInADay = households / (number(oneDay.group(2)) * SECONDS_PER_HOUR);
        assertRoundsTo("a " + oneDay.group(6) + " of one instance", perInstance / allInADay,
                String.valueOf(ReadmeText.denominator(oneDay.group(6))));

        // Two replicas are for availability: the base's Deployments and the PDB that spreads them.
        int replicas = Integer.parseInt(claim(SIZING, "Replicas are for availability \\((\\d+), spread over nodes by the PDB")
                .group(1));
        assertThat(Kustomize.values(Kustomize.ofKind("deploy/k8s/overlays/production", "Deployment"), "spec", "replicas"))
                .as("replicas in production").isNotEmpty().allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(replicas));
    }

    @Test
    void shouldSizeTheEventRebuildFromTheMeasuredThroughputOfOneConsumer() {
        double households = number(claim(SIZING, "Việt Nam has about " + MILLION + " households").group(1));
        double reviewsAYear = number(claim(SIZING, "say up to " + MILLION + " reviews a year").group(1));
        int provincePartitions = Integer.parseInt(claim(SIZING, "(\\d+) partitions is ample for a province").group(1));
        assertThat(Kustomize.values(Kustomize.ofKind("deploy/k8s/base", "KafkaTopic"), "spec", "partitions"))
                .as("partitions of the topics").isNotEmpty()
                .allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(provincePartitions));

        Matcher measured = claim(SIZING, "One reporting-service instance applied (" + NUMBER + ") household events/s");
        double perConsumer = number(measured.group(1));
        assertThat(latestMeasurement(" events/s**")).as("the root README's latest event-load figure")
                .contains("**" + measured.group(1) + " events/s**").contains("1,000,000 events");

        Matcher rebuild = claim(SIZING, "rebuild of " + MILLION + " opening-balance events takes (" + NUMBER + ") / ("
                + NUMBER + ") ≈ (" + NUMBER + ") minutes on one consumer; (\\d+) partitions for `household-events` let"
                + " up to (\\d+) consumers");
        assertThat(number(rebuild.group(1))).as("one opening balance a household").isEqualTo(households)
                .isEqualTo(number(rebuild.group(2)));
        assertThat(number(rebuild.group(3))).isEqualTo(perConsumer);
        assertRoundsTo("the national rebuild", households / perConsumer / SECONDS_PER_MINUTE, rebuild.group(4));
        assertThat(rebuild.group(6)).as("one consumer a partition at most").isEqualTo(rebuild.group(5));

        Matcher season = claim(SIZING, "A review season's " + MILLION + " changes are under (\\d+) minutes of one consumer's work");
        assertThat(number(season.group(1))).isEqualTo(reviewsAYear);
        assertThat(reviewsAYear / perConsumer).as("a review season, in seconds")
                .isLessThan(number(season.group(2)) * SECONDS_PER_MINUTE);
    }

    @Test
    void shouldFitTenYearsOfHouseholdEventsInTheBrokersVolumes() {
        Matcher broker = claim(SIZING, "An event is about (" + NUMBER + " KB)\\. With ~" + MILLION + " status changes and"
                + " totals a year, `household-events` grows ~(" + NUMBER + ") GB a year per replica; with replication"
                + " (\\d+) and retention forever, (\\w+) years are ~(" + NUMBER + ") GB on each of (\\w+) brokers,"
                + " within the (\\d+ Gi) volumes");
        double aYear = bytes(broker.group(1)) * number(broker.group(2));
        assertRoundsTo("household-events a year, GB", aYear / 1e9, broker.group(3));
        double years = number(broker.group(5));
        assertRoundsTo("household-events over the years, GB", years * aYear / 1e9, broker.group(6));
        assertThat(years * aYear).as("within the volumes").isLessThanOrEqualTo(bytes(broker.group(8)));

        Map<String, Object> pool = Kustomize.named("deploy/k8s/overlays/production", "KafkaNodePool", "dual-role");
        assertThat(bytes((String) DeploymentFiles.at(pool, "spec", "storage", "size"))).isEqualTo(bytes(broker.group(8)));
        assertThat(DeploymentFiles.at(pool, "spec", "replicas")).isEqualTo((int) number(broker.group(7)));
        // Each of three brokers holds a copy only when replication equals the brokers.
        assertThat(DeploymentFiles.at(Kustomize.named("deploy/k8s/overlays/production", "KafkaTopic", "household-events"),
                "spec", "replicas")).isEqualTo(Integer.parseInt(broker.group(4))).isEqualTo((int) number(broker.group(7)));
    }

    @Test
    void shouldFitADecadeOfHouseholdDataInProductionsHouseholdDb() {
        double households = number(claim(SIZING, "Việt Nam has about " + MILLION + " households").group(1));
        double reviewsAYear = number(claim(SIZING, "say up to " + MILLION + " reviews a year").group(1));
        double changesAYear = number(claim(SIZING, "With ~" + MILLION + " status changes").group(1));
        Matcher db = claim(SIZING, "is about (" + NUMBER + " KB) of rows and indexes: " + MILLION + " households ≈ ("
                + NUMBER + ") GB, plus ~(" + NUMBER + ") GB of reviews and ~(" + NUMBER + ") GB of status history a year"
                + " \\(" + MILLION + " reviews at ~(" + NUMBER + " KB), " + MILLION + " changes at ~(" + NUMBER + " KB)\\)\\."
                + " household-db at (\\d+ Gi) with (\\w+) instances covers a decade nationally; a province such as"
                + " Cao Bằng \\(on the order of (" + NUMBER + " thousand) households\\) fits in the base's (\\d+ Gi)");
        assertThat(number(db.group(2))).isEqualTo(households);
        assertThat(number(db.group(6))).isEqualTo(reviewsAYear);
        assertThat(number(db.group(8))).isEqualTo(changesAYear);
        double registry = bytes(db.group(1)) * households;
        double reviews = bytes(db.group(7)) * reviewsAYear;
        double history = bytes(db.group(9)) * changesAYear;
        assertRoundsTo("the households, GB", registry / 1e9, db.group(3));
        assertRoundsTo("reviews a year, GB", reviews / 1e9, db.group(4));
        assertRoundsTo("status history a year, GB", history / 1e9, db.group(5));

        double decade = registry + 10 * (reviews + history);
        assertThat(decade).as("a decade nationally").isLessThanOrEqualTo(bytes(db.group(10)));
        // A province reviews and changes in proportion to its households.
        double province = decade * number(db.group(12)) / households;
        assertThat(province).as("a decade of a province").isLessThanOrEqualTo(bytes(db.group(13)));

        Map<String, Object> production = Kustomize.named("deploy/k8s/overlays/production", "Cluster", "household-db");
        assertThat(bytes((String) DeploymentFiles.at(production, "spec", "storage", "size"))).isEqualTo(bytes(db.group(10)));
        assertThat(DeploymentFiles.at(production, "spec", "instances")).isEqualTo((int) number(db.group(11)));
        Map<String, Object> base = Kustomize.named("deploy/k8s/base", "Cluster", "household-db");
        assertThat(bytes((String) DeploymentFiles.at(base, "spec", "storage", "size"))).isEqualTo(bytes(db.group(13)));
    }

    @Test
    void shouldNameTheMemoryLimitAndTheLargestBatchTheFilesSet() throws IOException {
        Matcher memory = claim(SIZING, "A service ran at about (\\d+)–(\\d+) MB RSS here; the (\\d+ Mi) limit leaves"
                + " room for batches of (" + NUMBER + ") reviews \\(the largest the API accepts\\)");
        assertThat(bytes(memory.group(2) + " MB")).isLessThan(bytes(memory.group(3)));
        assertThat(Kustomize.values(Kustomize.ofKind("deploy/k8s/overlays/production", "Deployment"), "spec", "template",
                "spec", "containers", "0", "resources", "limits", "memory")).as("memory limits in production").isNotEmpty()
                .allSatisfy((name, limit) -> assertThat(bytes((String) limit)).as(name).isEqualTo(bytes(memory.group(3))));
        String batch = Files.readString(DeploymentFiles.ROOT.resolve(
                "household-service/src/main/java/vn/giamngheo/household/review/ReviewBatch.java"));
        assertThat(claim(batch, "@Size\\(min = 1, max = (\\d+)").group(1))
                .isEqualTo(String.valueOf((long) number(memory.group(4))));
    }

    /**
     * The root README's Benchmarks section from its last figure of a kind (re-measurements follow the tables): the
     * sizing stands on the newest measurement of the code as it is.
     */
    private static String latestMeasurement(String figure) {
        String benchmarks;
        try {
            String text = Files.readString(ROOT_README);
            int start = text.indexOf("\n## Benchmarks\n");
            assertThat(start).as("the root README's Benchmarks section").isNotNegative();
            int end = text.indexOf("\n## ", start + 1);
            benchmarks = text.substring(start, end < 0 ? text.length() : end);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int last = benchmarks.lastIndexOf(figure);
        assertThat(last).as("the root README's benchmarks state a figure ending " + figure).isNotNegative();
        int sentence = Math.max(benchmarks.lastIndexOf(". ", last), benchmarks.lastIndexOf("\n\n", last));
        return benchmarks.substring(sentence + 1, last + figure.length()).replaceAll("\\s+", " ");
    }

    /** Numbers, ×, / and parentheses, left to right. */
    private static double evaluate(String formula) {
        Matcher tokens = Pattern.compile(NUMBER + "|[()×/]").matcher(formula);
        List<String> list = new ArrayList<>();
        while (tokens.find()) {
            list.add(tokens.group());
        }
        int[] at = { 0 };
        return product(list, at);
    }

    private static double product(List<String> tokens, int[] at) {
        double value = operand(tokens, at);
        while (at[0] < tokens.size() && !tokens.get(at[0]).equals(")")) {
            String op = tokens.get(at[0]++);
            double right = operand(tokens, at);
            value = op.equals("×") ? value * right : value / right;
        }
        return value;
    }

    private static double operand(List<String> tokens, int[] at) {
        String token = tokens.get(at[0]++);
        if (!token.equals("(")) {
            return number(token);
        }
        double inner = product(tokens, at);
        at[0]++;
        return inner;
    }
}
