package vn.giamngheo.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.deploy.DeploymentFiles.ROOT;
import static vn.giamngheo.deploy.DeploymentFiles.SERVICES;
import static vn.giamngheo.deploy.DeploymentFiles.at;
import static vn.giamngheo.deploy.ReadmeText.DEPLOY_README;
import static vn.giamngheo.deploy.ReadmeText.claim;
import static vn.giamngheo.deploy.ReadmeText.number;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What deploy/README.md says of the Kubernetes base and its overlays holds for the objects `kubectl apply -k` would
 * send: each overlay rendered by `kubectl kustomize`, with its patches applied, compared with the README's words.
 */
class KustomizeOverlaysTests {

    private static final String BASE = "deploy/k8s/base";
    private static final String OVERLAYS = "deploy/k8s/overlays/";

    @Test
    void shouldRenderEveryObjectOfTheBaseInTheReadmesNamespaceFromEachOverlay() throws IOException {
        String readme = ReadmeText.whole(DEPLOY_README);
        List<String> overlays = List.of(claim(readme, "`k8s/overlays/\\{([\\w,]+)\\}`").group(1).split(","));
        try (Stream<Path> dirs = Files.list(ROOT.resolve(OVERLAYS))) {
            assertThat(dirs.map(d -> d.getFileName().toString()).toList()).as("the overlays the README lists")
                    .containsExactlyInAnyOrderElementsOf(overlays);
        }
        // The command the README gives renders here as it would be applied there.
        String applied = claim(readme, "`kubectl apply -k (deploy/k8s/overlays/[\\w-]+)`").group(1);
        assertThat(overlays).contains(applied.substring(OVERLAYS.length()));
        // The namespace the operators create the signing key's secret in must be the one the services run in.
        String namespace = claim(readme, "kubectl -n (\\S+) create secret generic household-dci-signing-key").group(1);

        Set<String> base = DeploymentFiles.manifests().stream()
                .filter(o -> ((String) o.get("__file")).startsWith(BASE + "/") && !"Kustomization".equals(o.get("kind")))
                .map(KustomizeOverlaysTests::kindAndName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(base).as("objects in the base's files").hasSizeGreaterThan(20);
        for (String overlay : overlays) {
            List<Map<String, Object>> rendered = Kustomize.render(OVERLAYS + overlay);
            assertThat(rendered.stream().map(KustomizeOverlaysTests::kindAndName).toList()).as(overlay)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(base);
            for (Map<String, Object> o : rendered) {
                Object where = "Namespace".equals(o.get("kind")) ? at(o, "metadata", "name") : at(o, "metadata", "namespace");
                assertThat(where).as(overlay + ": namespace of " + kindAndName(o)).isEqualTo(namespace);
            }
        }
    }

    @Test
    void shouldRunOneReplicaOfEachServiceAndSingleInstanceDatabasesInDev() {
        String dev = OVERLAYS + "dev";
        Matcher said = claim(ReadmeText.whole(DEPLOY_README), "The `dev` overlay runs (\\w+) replica of each service and"
                + " single-instance databases \\(Kafka keeps its (\\w+) nodes");
        int replicas = (int) number(said.group(1));
        assertThat(values(dev, "Deployment", "spec", "replicas")).as("replicas of the Deployments in dev")
                .hasSize(SERVICES.size()).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(replicas));
        assertThat(values(dev, "HorizontalPodAutoscaler", "spec", "minReplicas")).as("minReplicas of the HPAs in dev")
                .hasSize(SERVICES.size()).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(replicas));
        assertThat(Kustomize.values(databases(dev), "spec", "instances")).as("instances of the databases in dev")
                .hasSize(SERVICES.size()).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(1));
        // The topics are replicated three times with two in sync: fewer brokers could not take a write.
        assertThat(at(Kustomize.named(dev, "KafkaNodePool", "dual-role"), "spec", "replicas")).as("Kafka nodes in dev")
                .isEqualTo((int) number(said.group(2)));
    }

    @Test
    void shouldKeepTheBasesReplicasAndEnlargeOnlyHouseholdDbInProduction() {
        String production = OVERLAYS + "production";
        Matcher said = claim(ReadmeText.whole(DEPLOY_README),
                "`production` keeps (\\w+) replicas and gives (household-db) (\\w+) instances and (\\d+ ?Gi)");
        int replicas = (int) number(said.group(1));
        assertThat(values(production, "Deployment", "spec", "replicas")).as("replicas of the Deployments in production")
                .hasSize(SERVICES.size()).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(replicas));
        assertThat(values(production, "HorizontalPodAutoscaler", "spec", "minReplicas"))
                .as("minReplicas of the HPAs in production")
                .hasSize(SERVICES.size()).allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(replicas));
        assertThat(Kustomize.ofKind(production, "PodDisruptionBudget")).hasSize(SERVICES.size())
                .containsExactlyInAnyOrderElementsOf(Kustomize.ofKind(BASE, "PodDisruptionBudget"));

        Map<String, Object> enlarged = Kustomize.named(production, "Cluster", said.group(2));
        assertThat(at(enlarged, "spec", "instances")).isEqualTo((int) number(said.group(3)));
        assertThat(ReadmeText.bytes((String) at(enlarged, "spec", "storage", "size")))
                .isEqualTo(ReadmeText.bytes(said.group(4)));
        List<Map<String, Object>> others = databases(production).stream()
                .filter(c -> !said.group(2).equals(at(c, "metadata", "name"))).toList();
        assertThat(others).hasSize(SERVICES.size() - 1)
                .containsExactlyInAnyOrderElementsOf(databases(BASE).stream()
                        .filter(c -> !said.group(2).equals(at(c, "metadata", "name"))).toList());

        // The tag `docker compose build` gives the images, which a release pushes.
        for (String svc : SERVICES) {
            assertThat(at(Kustomize.named(production, "Deployment", svc + "-service"), "spec", "template", "spec",
                    "containers", "0", "image"))
                    .isEqualTo(at(DeploymentFiles.compose(), "services", svc + "-service", "image"));
        }
    }

    @Test
    void shouldSizeAndScaleEachServiceAndKafkaAsTheKubernetesSectionSays() {
        String k8s = ReadmeText.section(DEPLOY_README, "Kubernetes");
        Matcher resources = claim(k8s, "requests (\\w+)/(\\w+), limits (\\d+) CPU/(\\w+), heap (\\d+) % of the limit");
        Matcher scaling = claim(k8s, "`HorizontalPodAutoscaler` on CPU \\((\\d+) to (\\d+)–(\\d+) replicas\\)");
        Matcher budget = claim(k8s, "`PodDisruptionBudget` \\(`minAvailable: (\\d+)`\\)");
        assertThat(Kustomize.ofKind(BASE, "Deployment")).hasSize(SERVICES.size());
        for (Map<String, Object> d : Kustomize.ofKind(BASE, "Deployment")) {
            Object container = at(d, "spec", "template", "spec", "containers", "0");
            assertThat(at(container, "resources", "requests", "cpu")).as(kindAndName(d)).isEqualTo(resources.group(1));
            assertThat(ReadmeText.bytes((String) at(container, "resources", "requests", "memory")))
                    .isEqualTo(ReadmeText.bytes(resources.group(2)));
            assertThat(at(container, "resources", "limits", "cpu")).isEqualTo(resources.group(3));
            assertThat(ReadmeText.bytes((String) at(container, "resources", "limits", "memory")))
                    .isEqualTo(ReadmeText.bytes(resources.group(4)));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> env = (List<Map<String, Object>>) at(container, "env");
            assertThat(env).filteredOn(e -> "JAVA_OPTS_APPEND".equals(e.get("name"))).singleElement()
                    .satisfies(e -> assertThat((String) e.get("value")).contains("-XX:MaxRAMPercentage=" + resources.group(5) + " "));
        }
        assertThat(values(BASE, "HorizontalPodAutoscaler", "spec", "minReplicas")).as("minReplicas of the HPAs")
                .hasSize(SERVICES.size())
                .allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(Integer.parseInt(scaling.group(1))));
        assertThat(values(BASE, "HorizontalPodAutoscaler", "spec", "metrics", "0", "resource", "name"))
                .as("what the HPAs scale on").allSatisfy((name, metric) -> assertThat(metric).as(name).isEqualTo("cpu"));
        Set<Object> max = new TreeSet<>(values(BASE, "HorizontalPodAutoscaler", "spec", "maxReplicas").values());
        assertThat(List.copyOf(max)).as("the smallest and largest maxReplicas")
                .startsWith(Integer.parseInt(scaling.group(2))).endsWith(Integer.parseInt(scaling.group(3)));
        assertThat(values(BASE, "PodDisruptionBudget", "spec", "minAvailable")).as("minAvailable of the PDBs")
                .hasSize(SERVICES.size())
                .allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(Integer.parseInt(budget.group(1))));

        Matcher nodes = claim(k8s, "`KafkaNodePool` of (\\w+) KRaft nodes");
        Matcher replication = claim(k8s, "replication (\\d+) / min ISR (\\d+)");
        assertThat(at(Kustomize.named(BASE, "KafkaNodePool", "dual-role"), "spec", "replicas"))
                .isEqualTo((int) number(nodes.group(1)));
        Object config = at(Kustomize.named(BASE, "Kafka", "giamngheo"), "spec", "kafka", "config");
        assertThat(at(config, "default.replication.factor")).isEqualTo(Integer.parseInt(replication.group(1)));
        assertThat(at(config, "min.insync.replicas")).isEqualTo(Integer.parseInt(replication.group(2)));
        assertThat(values(BASE, "KafkaTopic", "spec", "replicas")).as("replicas of the topics").isNotEmpty()
                .allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(Integer.parseInt(replication.group(1))));
        assertThat(values(BASE, "KafkaTopic", "spec", "config", "min.insync.replicas")).as("min ISR of the topics")
                .allSatisfy((name, n) -> assertThat(n).as(name).isEqualTo(Integer.parseInt(replication.group(2))));
    }

    private static Map<String, Object> values(String directory, String kind, String... path) {
        return Kustomize.values(Kustomize.ofKind(directory, kind), path);
    }

    private static List<Map<String, Object>> databases(String directory) {
        return Kustomize.ofKind(directory, "Cluster").stream()
                .filter(c -> String.valueOf(c.get("apiVersion")).startsWith("postgresql.cnpg.io/")).toList();
    }

    private static String kindAndName(Map<String, Object> o) {
        return o.get("kind") + "/" + at(o, "metadata", "name");
    }
}
