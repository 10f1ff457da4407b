package org.mrc.casework.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment definitions under {@code deploy/} parsed into typed objects and held to the installation policy: every
 * manifest listed by the kustomization, probes on the health endpoints, bounded resources, non-root and read-only
 * containers, pinned images, no inline secrets, a default-deny network, a synchronous database replica with backups,
 * and one realm definition. A new manifest is covered because every document in the folder is checked.
 */
class DeploymentManifestTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path BASE = DEPLOY.resolve("kubernetes/base");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|private|credential).*");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final List<HasMetadata> RESOURCES = new ArrayList<>();

    @BeforeAll
    static void parseEveryManifest() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY.resolve("kubernetes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                for (JsonNode document : documents(file)) {
                    KubernetesResource resource = YAML.treeToValue(document, KubernetesResource.class);
                    assertTrue(resource instanceof HasMetadata, file + " holds a document without kind/metadata");
                    RESOURCES.add((HasMetadata) resource);
                }
            }
        }
        assertFalse(RESOURCES.isEmpty());
    }

    @Test
    void theKustomizationListsEveryManifestOfTheBase() throws IOException {
        JsonNode kustomization =
                YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        Set<String> listed = new java.util.TreeSet<>();
        kustomization.get("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(BASE)) {
            Set<String> present = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            assertEquals(present, listed);
        }
    }

    @Test
    void everyWorkloadProbesTheHealthEndpointsAndBoundsItsResources() {
        List<Deployment> deployments = typed(Deployment.class);
        assertFalse(deployments.isEmpty());
        for (Deployment deployment : deployments) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = deployment.getMetadata().getName() + "/" + container.getName();
                assertEquals("/q/health/ready", path(container.getReadinessProbe(), where + " readiness"));
                assertEquals("/q/health/live", path(container.getLivenessProbe(), where + " liveness"));
                assertEquals("/q/health/started", path(container.getStartupProbe(), where + " startup"));
                assertNotNull(container.getResources(), where + " resources");
                for (String resource : List.of("cpu", "memory")) {
                    assertNotNull(container.getResources().getLimits().get(resource), where + " limit " + resource);
                    assertNotNull(container.getResources().getRequests().get(resource), where + " request " + resource);
                }
            }
        }
    }

    @Test
    void everyContainerRunsAsNonRootOnAReadOnlyFileSystemWithoutPrivileges() {
        for (Deployment deployment : typed(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
            assertTrue(pod.getSecurityContext().getRunAsUser() > 0);
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());
            for (Container container : pod.getContainers()) {
                var security = container.getSecurityContext();
                assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), container.getName());
                assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), container.getName());
                assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), container.getName());
            }
        }
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        List<String> images = new ArrayList<>();
        for (HasMetadata resource : RESOURCES) {
            collect(YAML.valueToTree(resource), Set.of("image", "imageName"), images);
        }
        assertTrue(images.size() >= 4, "images found: " + images);
        for (String image : images) {
            assertPinned(image);
        }
    }

    @Test
    void noSecretIsWrittenInline() {
        assertTrue(typed(Secret.class).isEmpty(), "Secrets are created by the operator, never committed");
        for (Deployment deployment : typed(Deployment.class)) {
            for (Container container :
                    deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (SECRET_NAME.matcher(env.getName()).matches()) {
                        assertNotNull(env.getValueFrom(), env.getName() + " must come from a Secret");
                        assertNotNull(env.getValueFrom().getSecretKeyRef(), env.getName() + " must come from a Secret");
                    }
                }
            }
        }
        for (HasMetadata resource : RESOURCES) {
            if (resource.getKind().equals("ConfigMap")) {
                JsonNode data = YAML.valueToTree(resource).path("data");
                data.fieldNames()
                        .forEachRemaining(key -> assertFalse(
                                SECRET_NAME.matcher(key).matches(), "ConfigMap key " + key + " looks secret"));
            }
        }
    }

    @Test
    void disruptionBudgetAndAutoscalerKeepTwoInstancesOfTheService() {
        Deployment service = one(Deployment.class, "mrc-casework");
        Map<String, String> labels = service.getSpec().getSelector().getMatchLabels();
        PodDisruptionBudget budget = one(PodDisruptionBudget.class, "mrc-casework");
        assertEquals(labels, budget.getSpec().getSelector().getMatchLabels());
        HorizontalPodAutoscaler scaler = one(HorizontalPodAutoscaler.class, "mrc-casework");
        assertEquals("mrc-casework", scaler.getSpec().getScaleTargetRef().getName());
        assertTrue(scaler.getSpec().getMinReplicas()
                > budget.getSpec().getMinAvailable().getIntVal());
        assertTrue(service.getSpec().getReplicas() >= scaler.getSpec().getMinReplicas());
    }

    @Test
    void networkTrafficIsDeniedUnlessAllowed() {
        NetworkPolicy deny = one(NetworkPolicy.class, "default-deny");
        assertTrue(deny.getSpec().getPodSelector().getMatchLabels() == null
                || deny.getSpec().getPodSelector().getMatchLabels().isEmpty());
        assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
        assertTrue(deny.getSpec().getIngress().isEmpty()
                && deny.getSpec().getEgress().isEmpty());
    }

    @Test
    void theDatabaseHasASynchronousReplicaBackupsAndTheOwnerServiceSplit() {
        JsonNode cluster = generic("Cluster", "mrc-db");
        assertTrue(cluster.at("/spec/instances").asInt() >= 2);
        assertTrue(cluster.at("/spec/postgresql/synchronous/number").asInt() >= 1);
        assertEquals(
                "required",
                cluster.at("/spec/postgresql/synchronous/dataDurability").asText());
        assertFalse(cluster.at("/spec/backup/barmanObjectStore/destinationPath")
                .asText()
                .isEmpty());
        assertEquals("mrc_owner", cluster.at("/spec/bootstrap/initdb/owner").asText());
        JsonNode app = cluster.at("/spec/managed/roles/0");
        assertEquals("mrc_app", app.path("name").asText());
        assertFalse(app.path("superuser").asBoolean(true));
        JsonNode config = YAML.valueToTree(one(io.fabric8.kubernetes.api.model.ConfigMap.class, "mrc-casework"));
        assertEquals("mrc_app", config.at("/data/MRC_DB_USER").asText());
        assertEquals("mrc_owner", config.at("/data/MRC_DB_MIGRATION_USER").asText());
    }

    @Test
    void theOperatorsRealmImportIsTheRealmDefinition() throws IOException {
        JsonNode imported = generic("KeycloakRealmImport", "mrc-realm");
        JsonNode realm = JsonMapper.builder()
                .build()
                .readTree(DEPLOY.resolve("keycloak/mrc-realm.json").toFile());
        assertEquals(realm, imported.at("/spec/realm"), "regenerate: python3 deploy/kubernetes/realm-import.py");
        List<String> placeholders = new ArrayList<>();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z_]+)}");
        placeholder.matcher(realm.toString()).results().forEach(m -> placeholders.add(m.group(1)));
        placeholders.forEach(
                name -> assertTrue(imported.at("/spec/placeholders").has(name), name + " has no Secret placeholder"));
    }

    @Test
    void theRealmDeclaresTheScopeClaimsSingleValuedAdminOnlyAndHoldsNoSecret() throws IOException {
        JsonNode realm = JsonMapper.builder()
                .build()
                .readTree(DEPLOY.resolve("keycloak/mrc-realm.json").toFile());
        Set<String> roles = new java.util.TreeSet<>();
        realm.at("/roles/realm").forEach(r -> roles.add(r.path("name").asText()));
        assertEquals(Set.of("caseworker", "coordinator", "partner", "analyst", "auditor", "admin"), roles);
        JsonNode profile = JsonMapper.builder()
                .build()
                .readTree(realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config")
                        .path("kc.user.profile.config")
                        .get(0)
                        .asText());
        for (String claim : List.of("office_code", "partner_id")) {
            JsonNode attribute = null;
            for (JsonNode a : profile.path("attributes")) {
                if (a.path("name").asText().equals(claim)) {
                    attribute = a;
                }
            }
            assertNotNull(attribute, claim + " is not declared: Keycloak would drop it silently");
            assertEquals("[\"admin\"]", attribute.at("/permissions/edit").toString(), claim);
            assertFalse(attribute.path("multivalued").asBoolean(true), claim);
        }
        List<JsonNode> mappers = new ArrayList<>();
        realm.path("clientScopes").forEach(s -> s.path("protocolMappers").forEach(mappers::add));
        realm.path("clients").forEach(c -> c.path("protocolMappers").forEach(mappers::add));
        for (JsonNode mapper : mappers) {
            String claim = mapper.at("/config/claim.name").asText();
            if (claim.equals("office_code") || claim.equals("partner_id")) {
                assertFalse(mapper.at("/config/multivalued").asBoolean(false), claim + " mapper is multivalued");
                assertEquals("true", mapper.at("/config/access.token.claim").asText());
            }
        }
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                assertTrue(client.path("secret").asText().matches("\\$\\{[A-Z_]+}"), "a client secret is committed");
            }
            if (client.path("publicClient").asBoolean()) {
                assertEquals(
                        "S256",
                        client.at("/attributes/pkce.code.challenge.method").asText());
                assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true));
                assertFalse(client.path("implicitFlowEnabled").asBoolean(true));
            }
        }
    }

    @Test
    void theContainerImageRunsAsNonRootFromAPinnedBaseWithBoundedMemory() throws IOException {
        List<String> lines = Files.readAllLines(DEPLOY.resolve("container/Dockerfile"));
        String from =
                lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow();
        assertPinned(from.substring(5).trim());
        String user = lines.stream()
                .filter(l -> l.startsWith("USER "))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertFalse(user.matches("USER\\s+(0|root)(:.*)?"), user);
        assertTrue(String.join("\n", lines).contains("MaxRAMPercentage"), "heap must follow the container limit");
        JsonNode compose =
                YAML.readTree(DEPLOY.resolve("container/compose.yaml").toFile());
        JsonNode service = compose.at("/services/mrc-casework");
        assertTrue(service.path("read_only").asBoolean(), "read-only root file system");
        assertFalse(service.path("user").asText().startsWith("0"), "non-root");
        compose.path("services").forEach(s -> {
            assertPinned(s.path("image").asText());
            s.path("environment").fields().forEachRemaining(e -> {
                if (SECRET_NAME.matcher(e.getKey()).matches()) {
                    assertTrue(e.getValue().asText().startsWith("${"), e.getKey() + " must come from the .env file");
                }
            });
        });
    }

    /**
     * The memory bounds the README documents are the ones the image, the Kubernetes ConfigMap and every benchmark
     * run with (the benchmarks outside a container add only {@code -XX:MaxRAM}, the container limit): a figure
     * measured with other options would say nothing about production.
     */
    @Test
    void theImageTheConfigMapAndTheBenchmarksRunWithTheSameJvmOptions() throws IOException {
        java.util.regex.Matcher image = java.util.regex.Pattern.compile("JAVA_TOOL_OPTIONS='([^']+)'")
                .matcher(Files.readString(DEPLOY.resolve("container/Dockerfile")));
        assertTrue(image.find(), "the Dockerfile sets JAVA_TOOL_OPTIONS");
        String options = image.group(1).replace(" -Djava.io.tmpdir=/tmp", "");
        assertTrue(options.contains("-XX:MaxRAMPercentage="), options);
        // worker threads write responses through Netty's pooled allocator; a buffer cache per thread, kept until the
        // thread retires, exhausted the 32 MiB of direct memory at 32 report callers (responses failed with
        // OutOfMemoryError) and must stay off
        assertTrue(options.contains("-Dio.netty.allocator.smallCacheSize=0"), options);
        assertTrue(options.contains("-Dio.netty.allocator.normalCacheSize=0"), options);
        java.util.regex.Matcher configMap = java.util.regex.Pattern.compile("JAVA_TOOL_OPTIONS: (.+)")
                .matcher(Files.readString(DEPLOY.resolve("kubernetes/base/configmap.yaml")));
        assertTrue(configMap.find(), "the ConfigMap sets JAVA_TOOL_OPTIONS");
        assertEquals(image.group(1), configMap.group(1).trim(), "ConfigMap and image");
        String readme = Files.readString(DEPLOY.resolveSibling("README.md"));
        for (String option : options.split(" ")) {
            assertTrue(readme.contains(option), "the README's Memory section explains " + option);
        }
        for (String script :
                List.of("benchmark-speed", "benchmark-reports", "benchmark-retention", "measure-startup")) {
            java.util.regex.Matcher jvm = java.util.regex.Pattern.compile("(?m)^jvm=\"([^\"]+)\"")
                    .matcher(Files.readString(DEPLOY.resolve(script)));
            assertTrue(jvm.find(), script + " names its JVM options");
            assertEquals("-XX:MaxRAM=448m " + options, jvm.group(1), script);
        }
    }

    private static void assertPinned(String image) {
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        if (!lastSegment.contains(":") && !image.contains("@sha256:")) {
            fail(image + " has no tag");
        }
        assertFalse(image.endsWith(":latest"), image + " uses latest");
    }

    private static String path(Probe probe, String what) {
        assertNotNull(probe, what + " probe");
        assertNotNull(probe.getHttpGet(), what + " probe must be an HTTP GET");
        return probe.getHttpGet().getPath();
    }

    private static <T extends HasMetadata> List<T> typed(Class<T> type) {
        return RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T one(Class<T> type, String name) {
        return typed(type).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static JsonNode generic(String kind, String name) {
        return RESOURCES.stream()
                .filter(r -> r instanceof GenericKubernetesResource)
                .filter(r ->
                        r.getKind().equals(kind) && r.getMetadata().getName().equals(name))
                .map(r -> (JsonNode) YAML.valueToTree(r))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static void collect(JsonNode node, Set<String> keys, List<String> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (keys.contains(field.getKey()) && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                }
                collect(field.getValue(), keys, found);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, keys, found));
        }
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            Iterator<JsonNode> values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                JsonNode value = values.next();
                if (value != null && !value.isNull() && !value.isMissingNode()) {
                    documents.add(value);
                }
            }
        }
        return documents;
    }
}
