package vn.giamngheo.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.deploy.DeploymentFiles.ROOT;
import static vn.giamngheo.deploy.DeploymentFiles.SERVICES;
import static vn.giamngheo.deploy.DeploymentFiles.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.giamngheo.platform.events.Topics;
import vn.giamngheo.platform.refdata.AdministrativeUnits;
import vn.giamngheo.platform.web.security.Roles;

/**
 * docker-compose.yml, the Keycloak realm and the Kubernetes manifests name only what the services and scripts
 * define: their images and Dockerfiles, their ports, settings they read, the platform's topics and roles. Nothing
 * here needs Docker or a cluster; a drift between the files and the code fails here instead of at a roll-out.
 */
class DeploymentConsistencyTests {

    private static final List<String> TOPICS = List.of(Topics.PLAN_EVENTS, Topics.HOUSEHOLD_EVENTS, Topics.FUNDING_EVENTS);

    /** Read by the container image's run script or by Quarkus itself, not from the services' files. */
    private static final Set<String> RUNTIME_SETTINGS = Set.of("JAVA_OPTS_APPEND", "QUARKUS_HTTP_HOST");

    @Test
    void shouldBuildEachServiceImageFromItsOwnDockerfile() {
        for (String svc : SERVICES) {
            Object service = at(DeploymentFiles.compose(), "services", svc + "-service");
            assertThat(service).as(svc + "-service in docker-compose.yml").isNotNull();
            assertThat(at(service, "image")).isEqualTo(image(svc));
            Path dockerfile = ROOT.resolve((String) at(service, "build", "context"))
                    .resolve((String) at(service, "build", "dockerfile")).normalize();
            assertThat(dockerfile).exists().startsWith(ROOT.resolve(svc + "-service"));
        }
        List<String> k8sImages = DeploymentFiles.ofKind("Deployment").stream()
                .map(d -> (String) at(d, "spec", "template", "spec", "containers", "0", "image")).sorted().toList();
        assertThat(k8sImages).containsExactlyElementsOf(SERVICES.stream().map(DeploymentConsistencyTests::image).sorted().toList());
    }

    @Test
    void shouldPublishEachServiceOnItsOwnPort() throws Exception {
        for (String svc : SERVICES) {
            int port = Integer.parseInt(DeploymentFiles.serviceProperties(svc).getProperty("quarkus.http.port"));
            int management = Integer.parseInt(DeploymentFiles.serviceProperties(svc).getProperty("quarkus.management.port"));
            // Health and metrics: the management interface, the API port + 1000, for the host machine only.
            assertThat(management).isEqualTo(port + 1000);
            assertThat(at(DeploymentFiles.compose(), "services", svc + "-service", "ports"))
                    .asList().containsExactly(port + ":" + port, "127.0.0.1:" + management + ":" + management);
            assertThat(Files.readString(ROOT.resolve(svc + "-service/src/main/docker/Dockerfile.jvm")))
                    .contains("EXPOSE " + port);
            Map<String, Object> deployment = named("Deployment", svc + "-service");
            assertThat(at(deployment, "spec", "template", "spec", "containers", "0", "ports", "0", "containerPort"))
                    .isEqualTo(port);
            assertThat(at(named("Service", svc + "-service"), "spec", "ports", "0", "port")).isEqualTo(port);
            assertThat(Files.readString(ROOT.resolve("deploy/local/platform"))).contains("[" + svc + "]=" + port);
        }
    }

    @Test
    void shouldConfigureServicesOnlyWithSettingsTheyRead() {
        Map<String, Object> config = named("ConfigMap", "giamngheo-config");
        @SuppressWarnings("unchecked")
        Set<String> shared = ((Map<String, Object>) config.get("data")).keySet();
        for (String svc : SERVICES) {
            Set<String> known = new HashSet<>(RUNTIME_SETTINGS);
            for (Properties p : List.of(DeploymentFiles.serviceProperties(svc), DeploymentFiles.sharedProperties())) {
                p.stringPropertyNames().forEach(k -> known.add(DeploymentFiles.envOf(k)));
            }
            @SuppressWarnings("unchecked")
            Set<String> composeEnv = ((Map<String, Object>) at(DeploymentFiles.compose(), "services", svc + "-service",
                    "environment")).keySet();
            assertThat(composeEnv).as("docker-compose settings of " + svc).isSubsetOf(known);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> env = (List<Map<String, Object>>) at(named("Deployment", svc + "-service"),
                    "spec", "template", "spec", "containers", "0", "env");
            assertThat(env.stream().map(e -> (String) e.get("name")).toList()).as("Kubernetes settings of " + svc)
                    .isSubsetOf(known);
            assertThat(shared).isSubsetOf(known);
        }
    }

    @Test
    void shouldCreateExactlyThePlatformsTopicsKeptForever() throws Exception {
        Set<String> expected = TOPICS.stream().flatMap(t -> Stream.of(t, Topics.deadLetterOf(t)))
                .collect(Collectors.toCollection(TreeSet::new));
        List<Map<String, Object>> kafkaTopics = DeploymentFiles.ofKind("KafkaTopic");
        Set<String> declared = kafkaTopics.stream().map(t -> (String) at(t, "spec", "topicName"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).isEqualTo(expected);
        for (Map<String, Object> t : kafkaTopics) {
            assertThat(at(t, "spec", "partitions")).isEqualTo(6);
            assertThat(at(t, "spec", "config", "retention.ms")).isEqualTo(-1);
            assertThat(at(t, "metadata", "labels", "strimzi.io/cluster")).isEqualTo(at(named("Kafka", "giamngheo"), "metadata", "name"));
        }
        String composeTopics = (String) ((List<?>) at(DeploymentFiles.compose(), "services", "kafka-topics", "command")).get(0);
        TOPICS.forEach(t -> assertThat(composeTopics).contains(t));
        assertThat(composeTopics).contains("--partitions 6").contains("retention.ms=-1");
        String script = Files.readString(ROOT.resolve("deploy/local/platform"));
        assertThat(script).contains("EVENT_TOPICS=(" + String.join(" ", TOPICS) + ")");
        assertThat(at(named("Kafka", "giamngheo"), "spec", "kafka", "config", "auto.create.topics.enable")).isEqualTo(false);
        assertThat(at(DeploymentFiles.compose(), "services", "kafka", "environment", "KAFKA_AUTO_CREATE_TOPICS_ENABLE"))
                .isEqualTo("false");
    }

    @Test
    void shouldDefineExactlyThePlatformsRolesAndValidAreas() {
        Map<String, Object> realm = realm();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> roles = (List<Map<String, Object>>) at(realm, "roles", "realm");
        assertThat(roles.stream().map(r -> (String) r.get("name")).collect(Collectors.toSet())).isEqualTo(Roles.ALL);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
        for (Map<String, Object> user : users) {
            List<String> userRoles = castList(user.get("realmRoles")).stream().map(String::valueOf).toList();
            assertThat(Roles.ALL).as("roles of " + user.get("username")).containsAll(userRoles);
            String area = (String) castList(at(user, "attributes", "area")).get(0);
            boolean unit = AdministrativeUnits.get().find(area, LocalDate.of(2025, 6, 30)).isPresent()
                    || AdministrativeUnits.get().find(area, LocalDate.now()).isPresent();
            assertThat(unit).as("area " + area + " of " + user.get("username")).isTrue();
        }
        // The claims the services read: the role in "groups", the unit in "area".
        String mappers = String.valueOf(realm.get("clientScopes"));
        assertThat(mappers).contains("claim.name=groups").contains("claim.name=area");
        assertThat((String) at(DeploymentFiles.compose(), "x-service-env", "MP_JWT_VERIFY_ISSUER"))
                .endsWith("/realms/" + realm.get("realm"));
    }

    @Test
    void shouldProbeTheHealthEndpointsTheServicesServe() {
        for (Map<String, Object> d : DeploymentFiles.ofKind("Deployment")) {
            Object container = at(d, "spec", "template", "spec", "containers", "0");
            assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
            // Health is on the management interface (the API port + 1000), as each service configures it.
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertThat(at(container, probe, "httpGet", "port")).isEqualTo("management");
            }
            int api = ((Number) at(container, "ports", "0", "containerPort")).intValue();
            assertThat(at(container, "ports", "1", "name")).isEqualTo("management");
            int management = ((Number) at(container, "ports", "1", "containerPort")).intValue();
            assertThat(management).isEqualTo(api + 1000);
            String svc = ((String) at(d, "metadata", "name")).replace("-service", "");
            assertThat(DeploymentFiles.serviceProperties(svc).getProperty("quarkus.management.port"))
                    .isEqualTo(String.valueOf(management));
            assertThat(at(d, "spec", "template", "metadata", "annotations", "prometheus.io/port"))
                    .isEqualTo(String.valueOf(management));
            assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
            assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
            assertThat(at(container, "resources", "limits", "memory")).isNotNull();
        }
        Set<String> scaled = DeploymentFiles.ofKind("HorizontalPodAutoscaler").stream()
                .map(h -> (String) at(h, "spec", "scaleTargetRef", "name")).collect(Collectors.toSet());
        Set<String> protectedByPdb = DeploymentFiles.ofKind("PodDisruptionBudget").stream()
                .map(p -> (String) at(p, "spec", "selector", "matchLabels", "app.kubernetes.io/name")).collect(Collectors.toSet());
        Set<String> deployments = SERVICES.stream().map(s -> s + "-service").collect(Collectors.toSet());
        assertThat(scaled).isEqualTo(deployments);
        assertThat(protectedByPdb).isEqualTo(deployments);
    }

    @Test
    void shouldGiveEachServiceItsOwnDatabase() throws Exception {
        String init = Files.readString(ROOT.resolve("deploy/compose/postgres-init.sql"));
        for (String svc : SERVICES) {
            String url = DeploymentFiles.serviceProperties(svc).getProperty("quarkus.datasource.jdbc.url");
            assertThat(url).contains("/" + svc + "?");
            Map<String, Object> cluster = named("Cluster", svc + "-db");
            assertThat(at(cluster, "spec", "bootstrap", "initdb", "database")).isEqualTo(svc);
            assertThat((String) at(DeploymentFiles.compose(), "services", svc + "-service", "environment",
                    "QUARKUS_DATASOURCE_JDBC_URL")).contains("/" + svc + "?");
            assertThat(init).contains("CREATE DATABASE " + svc + " OWNER " + svc);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> env = (List<Map<String, Object>>) at(named("Deployment", svc + "-service"),
                    "spec", "template", "spec", "containers", "0", "env");
            assertThat(env.stream().filter(e -> "QUARKUS_DATASOURCE_PASSWORD".equals(e.get("name")))
                    .map(e -> at(e, "valueFrom", "secretKeyRef", "name")).toList()).containsExactly(svc + "-db-app");
        }
    }

    @Test
    void shouldListEveryBaseManifestInTheKustomization() throws Exception {
        Path base = ROOT.resolve("deploy/k8s/base");
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) ((Map<String, Object>) DeploymentFiles.load(base.resolve("kustomization.yaml")).get(0))
                .get("resources");
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                    .forEach(p -> files.add(base.relativize(p).toString()));
        }
        assertThat(resources).containsExactlyInAnyOrderElementsOf(files);
        for (String overlay : List.of("dev", "production")) {
            assertThat(DeploymentFiles.load(ROOT.resolve("deploy/k8s/overlays/" + overlay + "/kustomization.yaml")).get(0).toString())
                    .contains("../../base");
        }
    }

    private static String image(String svc) {
        return "giamngheo/" + svc + "-service:1.0.0";
    }

    private static Map<String, Object> named(String kind, String name) {
        return DeploymentFiles.ofKind(kind).stream().filter(d -> name.equals(at(d, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " under deploy/k8s"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> realm() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    ROOT.resolve("deploy/compose/keycloak/giamngheo-realm.json").toFile(), Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<?> castList(Object o) {
        return (List<?>) o;
    }
}
