package org.mrc.casework.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Requests generated from the live OpenAPI document for every operation, sent with a real token of a role the
 * operation allows: valid requests and requests made invalid in one way each (wrong JSON types, missing required
 * and unknown members, boundary and huge values, odd Unicode including NUL and lone surrogates, malformed JSON,
 * malformed headers, bad cursors, bad path ids). The guarantees: no response is a 5xx; every 4xx is an RFC 9457
 * problem document; a request the contract makes invalid never gets a 2xx.
 *
 * <p>Each run uses a fixed seed and then a random one; reproduce a failure with {@code -Dfuzz.seed=<seed>} (then
 * only that seed runs). {@code -Dfuzz.requests=<n>} sets the requests per seed.
 */
@QuarkusTest
class FuzzTest {

    private static final long FIXED_SEED = 20261207L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD_TEXT = {
        "\u0000",
        "a\u0000b",
        "\ud800",
        "x\udc00",
        "\u202eevil\u202c",
        "\ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
        "e\u0301\u0301\u0301",
        "\ufeff",
        "\u0007bell",
        "%_\\",
        "' or 1=1 --",
        "${jndi:x}",
        "\uffff"
    };

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Operation(String method, String path, String operationId, JsonNode spec) {}

    /** One generated request; {@code invalid} names why the contract rejects it (null when it may succeed). */
    record Probe(String method, String uri, Map<String, String> headers, String body, String invalid) {

        Probe withBody(String text, String why) {
            return new Probe(method, uri, headers, text, why);
        }
    }

    private Map<String, String> tokens;
    private Map<String, List<String>> realIds;

    @Test
    void noInputProducesA5xxAnUndocumentedErrorOrASuccessForAnInvalidRequest() throws Exception {
        JsonNode contract = JSON.readTree(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        setUp();
        List<Operation> operations = operations(contract);
        Map<String, String> roleOf = new LinkedHashMap<>();
        for (Operation op : operations) {
            roleOf.put(op.operationId(), allowedRole(op, contract));
        }
        int perSeed = Integer.getInteger("fuzz.requests", 1500);
        List<Long> seeds = System.getProperty("fuzz.seed") != null
                ? List.of(Long.getLong("fuzz.seed"))
                : List.of(FIXED_SEED, new Random().nextLong());
        Map<String, Integer> byClass = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int[] counts = new int[4];
        long started = System.nanoTime();
        List<String> stackTraces = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler traces = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getThrown() != null) {
                    stackTraces.add(record.getLoggerName() + ": "
                            + record.getThrown().getClass().getName());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(traces);
        try {
            fuzz(operations, contract, roleOf, seeds, perSeed, byClass, failures, counts);
        } finally {
            root.removeHandler(traces);
        }
        int sent = counts[0];
        int invalidSent = counts[1];
        int fiveXx = counts[2];
        int successOnInvalid = counts[3];
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf(
                "FUZZ: %d requests (%d invalid by contract) over %d operations in %d s, seeds %s; by status class %s;"
                        + " %d x 5xx, %d x 2xx-on-invalid, %d stack traces logged, %d defects%n",
                sent,
                invalidSent,
                operations.size(),
                seconds,
                seeds,
                byClass,
                fiveXx,
                successOnInvalid,
                stackTraces.size(),
                failures.size());
        if (!stackTraces.isEmpty()) {
            failures.add("stack traces logged while serving fuzzed requests: " + new java.util.TreeSet<>(stackTraces));
        }
        if (!failures.isEmpty()) {
            fail("Fuzzing found " + failures.size() + " defects (reproduce with -Dfuzz.seed=<seed>):\n"
                    + String.join("\n", failures));
        }
    }

    private void fuzz(
            List<Operation> operations,
            JsonNode contract,
            Map<String, String> roleOf,
            List<Long> seeds,
            int perSeed,
            Map<String, Integer> byClass,
            List<String> failures,
            int[] counts)
            throws Exception {
        int sent = 0;
        int invalidSent = 0;
        int fiveXx = 0;
        int successOnInvalid = 0;
        for (long seed : seeds) {
            Random random = new Random(seed);
            for (int i = 0; i < perSeed; i++) {
                Operation op = operations.get(random.nextInt(operations.size()));
                Probe probe = probe(op, contract, random);
                HttpResponse<String> response = send(probe, tokens.get(roleOf.get(op.operationId())));
                sent++;
                int status = response.statusCode();
                byClass.merge(status / 100 + "xx", 1, Integer::sum);
                if (probe.invalid() != null) {
                    invalidSent++;
                }
                String defect = null;
                if (status >= 500) {
                    fiveXx++;
                    defect = "a " + status;
                } else if (status >= 200 && status < 300 && probe.invalid() != null) {
                    successOnInvalid++;
                    defect = "a " + status + " for an invalid request (" + probe.invalid() + ")";
                } else if (status >= 400) {
                    defect = problemDefect(response);
                }
                if (defect != null && failures.size() < 40) {
                    failures.add("seed " + seed + " " + op.operationId() + " " + probe.method() + " "
                            + abbreviate(probe.uri()) + " -> " + defect + "\n    body: " + abbreviate(probe.body())
                            + "\n    headers: " + abbreviate(probe.headers().toString()) + "\n    answer: "
                            + abbreviate(response.body()));
                }
            }
        }
        counts[0] = sent;
        counts[1] = invalidSent;
        counts[2] = fiveXx;
        counts[3] = successOnInvalid;
    }

    // --- set-up ----------------------------------------------------------------------------------------------

    private void setUp() {
        String officeCode = OfficeFixtures.uniqueCode();
        String officeId = OfficeFixtures.openWithCode(officeCode, "RESOURCE_CENTRE", null)
                .extract()
                .path("id");
        tokens = new LinkedHashMap<>();
        tokens.put(Roles.CASEWORKER, Tokens.staff(Roles.CASEWORKER, officeCode));
        tokens.put(Roles.COORDINATOR, Tokens.staff(Roles.COORDINATOR, officeCode));
        tokens.put(Roles.ADMIN, Tokens.admin());
        tokens.put(Roles.ANALYST, Tokens.of(Roles.ANALYST));
        tokens.put(Roles.AUDITOR, Tokens.of(Roles.AUDITOR));
        tokens.put(Roles.PARTNER, Tokens.partner(UUID.randomUUID().toString()));
        String clientId =
                ClientFixtures.registerId(officeCode, ClientFixtures.person("Fuzz", ClientFixtures.uniqueName()));
        realIds = new LinkedHashMap<>();
        realIds.put("clientId", List.of(clientId));
        realIds.put("/clients/{id}", List.of(clientId));
        realIds.put("/offices/{id}", List.of(officeId));
    }

    private static List<Operation> operations(JsonNode contract) {
        List<Operation> operations = new ArrayList<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (method.getValue().has("operationId")) {
                        operations.add(new Operation(
                                method.getKey().toUpperCase(),
                                path.getKey(),
                                method.getValue().get("operationId").asText(),
                                method.getValue()));
                    }
                }));
        return operations;
    }

    /** The first role whose valid-looking call is neither 401 nor 403. */
    private String allowedRole(Operation op, JsonNode contract) throws Exception {
        Random random = new Random(1);
        for (String role : tokens.keySet()) {
            Probe probe = valid(op, contract, random);
            int status = send(probe, tokens.get(role)).statusCode();
            if (status != 401 && status != 403) {
                return role;
            }
        }
        return Roles.ADMIN;
    }

    // --- generation ------------------------------------------------------------------------------------------

    private Probe probe(Operation op, JsonNode contract, Random random) {
        Probe base = valid(op, contract, random);
        JsonNode bodySchema = bodySchema(op, contract);
        int kind = random.nextInt(10);
        if (kind == 0) {
            return base;
        }
        if (kind <= 4 && bodySchema != null) {
            return bodyMutation(op, contract, base, bodySchema, random);
        }
        if (kind <= 6 && !parameters(op, "query").isEmpty()) {
            return queryMutation(op, contract, base, random);
        }
        if (kind == 7 && op.path().contains("{")) {
            return pathMutation(op, contract, random);
        }
        return headerMutation(base, bodySchema != null, random);
    }

    private Probe valid(Operation op, JsonNode contract, Random random) {
        String uri = op.path();
        for (JsonNode parameter : parameters(op, "path")) {
            String name = parameter.path("name").asText();
            uri = uri.replace("{" + name + "}", encode(pathValue(op, name, parameter, contract, random)));
        }
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : parameters(op, "query")) {
            if (parameter.path("required").asBoolean() || random.nextInt(4) == 0) {
                JsonNode value = generate(schema(parameter, contract), contract, random, 0);
                if (value != null && !value.isNull() && !value.isContainerNode()) {
                    query.add(parameter.path("name").asText() + "=" + encode(value.asText()));
                }
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        for (JsonNode parameter : parameters(op, "header")) {
            String name = parameter.path("name").asText();
            headers.put(name, headerValue(name, random));
        }
        JsonNode bodySchema = bodySchema(op, contract);
        String body = null;
        if (bodySchema != null) {
            headers.put("Content-Type", bodyMediaType(op));
            body = generate(bodySchema, contract, random, 0).toString();
        }
        return new Probe(
                op.method(), uri + (query.isEmpty() ? "" : "?" + String.join("&", query)), headers, body, null);
    }

    private String pathValue(Operation op, String name, JsonNode parameter, JsonNode contract, Random random) {
        String prefix = op.path().substring(0, op.path().indexOf("{" + name + "}") + name.length() + 2);
        List<String> known = realIds.getOrDefault(prefix, realIds.get(name));
        if (known != null && random.nextInt(3) > 0) {
            return known.get(random.nextInt(known.size()));
        }
        JsonNode value = generate(schema(parameter, contract), contract, random, 0);
        return value == null || value.isNull() ? UUID.randomUUID().toString() : value.asText();
    }

    private String headerValue(String name, Random random) {
        return switch (name.toLowerCase()) {
            case "if-match" -> "\"" + random.nextInt(3) + "\"";
            case "idempotency-key" -> UUID.randomUUID().toString();
            case "x-access-reason" -> "CONTINUITY_OF_CARE; fuzzing";
            default -> "fuzz";
        };
    }

    private Probe bodyMutation(Operation op, JsonNode contract, Probe base, JsonNode schema, Random random) {
        JsonNode resolved = resolve(schema, contract);
        boolean patch = bodyMediaType(op).contains("merge-patch");
        JsonNode body;
        try {
            body = JSON.readTree(base.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int choice = random.nextInt(9);
        if (choice == 0) {
            String[] broken = {
                "{",
                "{\"a\":1,\"a\":2}",
                base.body() + " {}",
                base.body() + "x",
                "[]",
                "42",
                "\"text\"",
                "null",
                "{\"a\":\"\\ud800\"}",
                "\u0000",
                "{\"a\":\"\\u0000\"}",
                ""
            };
            String text = broken[random.nextInt(broken.length)];
            return base.withBody(text, "malformed or wrongly shaped JSON body");
        }
        if (!(body instanceof ObjectNode object) || !resolved.has("properties")) {
            return base.withBody("[" + base.body() + "]", "array instead of the body object");
        }
        List<String> names = new ArrayList<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return base.withBody("{\"unexpected\":1}", patch ? null : "unknown member");
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode property = resolve(resolved.path("properties").path(name), contract);
        ObjectNode mutated = object.deepCopy();
        String invalid;
        switch (choice) {
            case 1 -> {
                List<String> required = new ArrayList<>();
                resolved.path("required").forEach(r -> required.add(r.asText()));
                if (required.isEmpty() || patch) {
                    mutated.remove(name);
                    invalid = null;
                } else {
                    String missing = required.get(random.nextInt(required.size()));
                    mutated.remove(missing);
                    invalid = "required member " + missing + " missing";
                }
            }
            case 2 -> {
                mutated.set(name, wrongType(property, random));
                invalid = "member " + name + " of the wrong JSON type";
            }
            case 3 -> {
                mutated.put("unexpected" + random.nextInt(10), "x");
                invalid = patch ? null : "unknown member";
            }
            case 4 -> {
                if (property.has("enum")) {
                    mutated.put(name, "NOT_IN_THE_LIST");
                    invalid = "member " + name + " outside its enum";
                } else if (property.has("maxLength")) {
                    mutated.put(name, "x".repeat(property.get("maxLength").asInt() + 1));
                    invalid = "member " + name + " over maxLength";
                } else if (property.has("maximum")) {
                    mutated.put(name, property.get("maximum").asLong() + 1);
                    invalid = "member " + name + " over maximum";
                } else if (property.has("minimum")) {
                    mutated.put(name, property.get("minimum").asLong() - 1);
                    invalid = "member " + name + " under minimum";
                } else {
                    mutated.put(name, "y".repeat(100_000));
                    invalid = null;
                }
            }
            case 5 -> {
                String odd = ODD_TEXT[random.nextInt(ODD_TEXT.length)];
                mutated.put(name, odd);
                boolean forbidden = odd.contains("\u0000") || odd.contains("\u0007") || lone(odd);
                invalid = forbidden
                        ? "member " + name + " with NUL, a control character or a lone surrogate"
                        : ("string".equals(property.path("type").asText()) ? null : "text in a non-text member");
                if (invalid == null && property.has("enum")) {
                    invalid = "member " + name + " outside its enum";
                }
                if (invalid == null && property.has("format")) {
                    invalid = "member " + name + " not in its format";
                }
            }
            case 6 -> {
                long[] huge = {Long.MAX_VALUE, Long.MIN_VALUE, 0, -1};
                mutated.put(name, huge[random.nextInt(huge.length)]);
                invalid = "integer".equals(property.path("type").asText())
                                || "number".equals(property.path("type").asText())
                        ? null
                        : "number in a non-numeric member";
                if (invalid == null && (property.has("maximum") || property.has("minimum"))) {
                    long v = mutated.get(name).asLong();
                    if ((property.has("maximum") && v > property.get("maximum").asLong())
                            || (property.has("minimum")
                                    && v < property.get("minimum").asLong())) {
                        invalid = "member " + name + " out of range";
                    }
                }
            }
            case 7 -> {
                mutated.put(name, 1e308 * 10);
                invalid = "number".equals(property.path("type").asText()) ? null : "a float in a non-float member";
            }
            default -> {
                mutated.putNull(name);
                invalid = null;
            }
        }
        return base.withBody(mutated.toString(), invalid);
    }

    private Probe queryMutation(Operation op, JsonNode contract, Probe base, Random random) {
        List<JsonNode> parameters = parameters(op, "query");
        JsonNode parameter = parameters.get(random.nextInt(parameters.size()));
        String name = parameter.path("name").asText();
        JsonNode schema = resolve(schema(parameter, contract), contract);
        String[][] values = {
            {"%00", "NUL"}, {"%ED%A0%80", "lone surrogate"}, {"%C0%AF", "overlong UTF-8"}, {"%FF", "invalid UTF-8"},
            {"%E2%80%AEabc", null}, {"%F0%9F%98%80", null}, {"%25_%5C", null}, {"x".repeat(3000), null},
            {"99999999999999999999", null}, {"-1", null}, {"NOT_A_CODE", null}, {"2026-13-45", null},
            {"true", null}, {"", null}
        };
        String[] pick = values[random.nextInt(values.length)];
        String value = pick[0];
        String invalid = pick[1] == null ? null : "query " + name + " with " + pick[1];
        if (invalid == null && !value.startsWith("%") && !value.isEmpty()) {
            invalid = violation(schema, URLDecoderText.decode(value));
            invalid = invalid == null ? null : "query " + name + " " + invalid;
        }
        if ("cursor".equals(name)) {
            String[] cursors = {"AAAA", "not-a-cursor", Base64Text.of("1\u001fABC"), Base64Text.of("2" + "x".repeat(40))
            };
            value = encode(cursors[random.nextInt(cursors.length)]);
            invalid = "a cursor this service did not issue";
        }
        String uri = base.uri().replaceAll("([?&])" + name + "=[^&]*&?", "$1");
        uri = uri.endsWith("?") || uri.endsWith("&") ? uri : uri + (uri.contains("?") ? "&" : "?");
        return new Probe(base.method(), uri + name + "=" + value, base.headers(), base.body(), invalid);
    }

    private Probe pathMutation(Operation op, JsonNode contract, Random random) {
        Probe base = valid(op, contract, random);
        List<JsonNode> parameters = parameters(op, "path");
        String name =
                parameters.get(random.nextInt(parameters.size())).path("name").asText();
        String[] bad = {"%00", "not-a-uuid", "%ED%A0%80", "x".repeat(300), "%E2%80%AE", "0", "..", "%2e%2e"};
        String uri = op.path();
        for (JsonNode parameter : parameters) {
            String p = parameter.path("name").asText();
            String value = p.equals(name)
                    ? bad[random.nextInt(bad.length)]
                    : encode(pathValue(op, p, parameter, contract, random));
            uri = uri.replace("{" + p + "}", value);
        }
        String query =
                base.uri().contains("?") ? base.uri().substring(base.uri().indexOf('?')) : "";
        return new Probe(base.method(), uri + query, base.headers(), base.body(), "path " + name + " is no id");
    }

    private Probe headerMutation(Probe base, boolean hasBody, Random random) {
        Map<String, String> headers = new LinkedHashMap<>(base.headers());
        String invalid = null;
        switch (random.nextInt(8)) {
            case 0 -> {
                if (headers.containsKey("If-Match")) {
                    String[] tags = {"W/\"1\"", "1", "\"abc\"", "*", "\"", "\"1\", \"2\"", "\"" + "9".repeat(40) + "\""
                    };
                    headers.put("If-Match", tags[random.nextInt(tags.length)]);
                    invalid = "an If-Match that is not one strong ETag of ours";
                } else {
                    headers.put("If-Match", "W/\"1\"");
                }
            }
            case 1 -> headers.put("Idempotency-Key", random.nextBoolean() ? "k".repeat(500) : "\u00e9\u00e8");
            case 2 -> headers.put("X-Request-Id", random.nextBoolean() ? "<script>" : "r".repeat(200));
            case 3 -> headers.put("X-Access-Reason", random.nextBoolean() ? "" : "\u00e9t\u00e9 ".repeat(200));
            case 4 -> {
                if (hasBody) {
                    String[] types = {"text/plain", "application/xml", "application/json; charset=x-unknown", "*/*"};
                    headers.put("Content-Type", types[random.nextInt(types.length)]);
                    invalid = "a body in a media type the operation does not read";
                }
            }
            case 5 -> {
                if (hasBody) {
                    headers.remove("Content-Type");
                    invalid = "a body without Content-Type";
                }
            }
            case 6 -> headers.put("Accept", random.nextBoolean() ? "text/html" : "application/json;q=x");
            default -> headers.put("X-Extra", "\u00ff".repeat(50));
        }
        return new Probe(base.method(), base.uri(), headers, base.body(), invalid);
    }

    /** Why a text breaks a parameter's schema, or null when it fits (as far as type, format and enum tell). */
    private static String violation(JsonNode schema, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.asText().equals(text)) {
                    return null;
                }
            }
            return "outside its enum";
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        try {
            switch (type) {
                case "integer" -> {
                    long v = Long.parseLong(text);
                    if (schema.has("maximum") && v > schema.get("maximum").asLong()
                            || schema.has("minimum")
                                    && v < schema.get("minimum").asLong()) {
                        return "out of range";
                    }
                }
                case "number" -> Double.parseDouble(text);
                case "boolean" -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        return "not a boolean";
                    }
                }
                default -> {
                    switch (format) {
                        case "uuid" -> UUID.fromString(text);
                        case "date" -> java.time.LocalDate.parse(text);
                        case "date-time" -> java.time.OffsetDateTime.parse(text);
                        default -> {
                            if (schema.has("maxLength")
                                    && text.length() > schema.get("maxLength").asInt()) {
                                return "over maxLength";
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return "not a " + (format.isEmpty() ? type : format);
        }
        return null;
    }

    private JsonNode generate(JsonNode schema, JsonNode contract, Random random, int depth) {
        if (schema == null || schema.isMissingNode()) {
            return NODES.textNode("fuzz");
        }
        JsonNode s = resolve(schema, contract);
        if (s.has("allOf")) {
            return generate(s.get("allOf").get(0), contract, random, depth);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            JsonNode options = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
            return generate(options.get(random.nextInt(options.size())), contract, random, depth);
        }
        if (s.has("example") && random.nextBoolean()) {
            return s.get("example");
        }
        if (s.has("enum")) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    Iterator<Map.Entry<String, JsonNode>> properties =
                            s.path("properties").fields();
                    while (properties.hasNext()) {
                        Map.Entry<String, JsonNode> p = properties.next();
                        object.set(p.getKey(), generate(p.getValue(), contract, random, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(generate(s.path("items"), contract, random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                long min = s.has("minimum") ? s.get("minimum").asLong() : 1;
                long max = s.has("maximum") ? s.get("maximum").asLong() : min + 100;
                return NODES.numberNode(min + (long) (random.nextDouble() * Math.max(0, Math.min(max - min, 1000))));
            }
            case "number" -> {
                return NODES.numberNode(1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(text(s, random));
            }
        }
    }

    private static String text(JsonNode s, Random random) {
        switch (s.path("format").asText()) {
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            case "date" -> {
                return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            }
            case "date-time" -> {
                return "2026-01-1" + random.nextInt(10) + "T10:00:00Z";
            }
            default -> {
                int max = s.has("maxLength") ? s.get("maxLength").asInt() : 20;
                String text = "Fuzz" + Integer.toString(random.nextInt(1 << 20), 36);
                return text.substring(0, Math.max(Math.min(text.length(), max), Math.min(1, max)));
            }
        }
    }

    private static JsonNode wrongType(JsonNode property, Random random) {
        String type = property.path("type").asText(property.has("properties") ? "object" : "string");
        return switch (type) {
            case "string" -> random.nextBoolean() ? NODES.numberNode(12345) : NODES.booleanNode(true);
            case "integer", "number" -> random.nextBoolean() ? NODES.textNode("12") : NODES.booleanNode(false);
            case "boolean" -> random.nextBoolean() ? NODES.numberNode(1) : NODES.textNode("true");
            case "array" -> NODES.textNode("x");
            default -> NODES.arrayNode();
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode contract) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            s = contract.at(ref.substring(1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1 && !s.has("properties")) {
            return resolve(s.get("allOf").get(0), contract);
        }
        return s;
    }

    private static JsonNode schema(JsonNode parameter, JsonNode contract) {
        return resolve(parameter.path("schema"), contract);
    }

    private static List<JsonNode> parameters(Operation op, String in) {
        List<JsonNode> parameters = new ArrayList<>();
        op.spec().path("parameters").forEach(p -> {
            if (in.equals(p.path("in").asText())) {
                parameters.add(p);
            }
        });
        return parameters;
    }

    private static JsonNode bodySchema(Operation op, JsonNode contract) {
        JsonNode content = op.spec().path("requestBody").path("content");
        Iterator<Map.Entry<String, JsonNode>> types = content.fields();
        return types.hasNext() ? types.next().getValue().path("schema") : null;
    }

    private static String bodyMediaType(Operation op) {
        Iterator<String> types = op.spec().path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    // --- sending and judging ---------------------------------------------------------------------------------

    private HttpResponse<String> send(Probe probe, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + probe.uri()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        probe.headers().forEach((name, value) -> {
            try {
                request.header(name, value);
            } catch (IllegalArgumentException refusedByTheClient) {
                // a value java.net.http will not send (the raw-socket tests cover control characters)
            }
        });
        HttpRequest.BodyPublisher body = probe.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8);
        request.method(probe.method(), body);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String problemDefect(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(Problem.MEDIA_TYPE)) {
            return "a " + response.statusCode() + " that is not a problem document (" + type + ")";
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            for (String member : new String[] {"type", "title", "status", "detail", "instance"}) {
                if (!problem.hasNonNull(member)) {
                    return "a problem document without " + member;
                }
            }
            if (problem.get("status").asInt() != response.statusCode()) {
                return "a problem document whose status differs from the response's";
            }
        } catch (Exception e) {
            return "a problem document that is not JSON";
        }
        return null;
    }

    private static boolean lone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "-";
        }
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
    }

    private static final class URLDecoderText {
        static String decode(String text) {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    private static final class Base64Text {
        static String of(String text) {
            return java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
