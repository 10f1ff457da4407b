package org.mrc.casework.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.LiveContract;

/**
 * The published contract documents every operation fully (id, summary, security, its problem responses) and says
 * what the service really sends, so that a generated client can read every response: each rule below is checked over
 * every operation, response, header, parameter and schema of the live document.
 */
@QuarkusTest
class ContractTest {

    /** Query parameters that take a code from a list; each must be declared as an enum (or an array of one). */
    private static final Set<String> CODE_PARAMETERS = Set.of(
            "phase", "status", "granularity", "dimensions", "role", "roles", "type", "category", "side", "outcome");

    private static final Map<String, Object> PROBLEM_CONTENT =
            Map.of(Problem.MEDIA_TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryItsSecurityAndItsErrorResponses() {
        Map<String, Object> document = LiveContract.document();
        Map<String, Object> schemes =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("securitySchemes");
        assertEquals(List.of("oidc"), List.copyOf(schemes.keySet()), "exactly one security scheme");

        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            Map<String, Object> operation = (Map<String, Object>) value;
            String where = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) {
                problems.add(where + ": no operationId");
            }
            if (operation.get("summary") == null) {
                problems.add(where + ": no summary");
            }
            if (!List.of(Map.of("oidc", List.of())).equals(operation.get("security"))) {
                problems.add(where + ": security is " + operation.get("security"));
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String code : List.of("401", "403", "500", "503")) {
                if (!responses.containsKey(code)) {
                    problems.add(where + ": no " + code + " response");
                }
            }
            if (operation.containsKey("requestBody")) {
                for (String code : List.of("400", "413", "415")) {
                    if (!responses.containsKey(code)) {
                        problems.add(where + ": has a body but no " + code + " response");
                    }
                }
            }
            if (path.contains("{") && !responses.containsKey("404")) {
                problems.add(where + ": addresses a resource but has no 404 response");
            }
        }));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void everyErrorResponseIsAProblemDocumentAndEveryHeaderHasASchema() {
        List<String> problems = new ArrayList<>();
        forEachOperation((where, operation) -> {
            List<Map<String, Object>> parameters = list(operation.get("parameters"));
            boolean idempotent =
                    parameters.stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase((String) p.get("name")));
            map(operation.get("responses")).forEach((code, value) -> {
                Map<String, Object> response = map(value);
                Map<String, Object> headers = map(response.get("headers"));
                if ((code.startsWith("4") || code.startsWith("5"))
                        && !PROBLEM_CONTENT.equals(response.get("content"))) {
                    problems.add(where + " " + code + ": not typed as the problem schema: " + response.get("content"));
                }
                headers.forEach((name, header) -> {
                    if (map(header).get("schema") == null) {
                        problems.add(where + " " + code + ": header " + name + " has no schema");
                    }
                });
                if (code.equals("503") && !headers.containsKey("Retry-After")) {
                    problems.add(where + " 503: no Retry-After header");
                }
                if (code.equals("201") && !headers.containsKey("Location")) {
                    problems.add(where + " 201: no Location header");
                }
                if (code.startsWith("2") && idempotent && !headers.containsKey("Idempotent-Replayed")) {
                    problems.add(where + " " + code + ": takes an Idempotency-Key but no Idempotent-Replayed header");
                }
            });
        });
        assertNone(problems);
    }

    @Test
    void everyQueryParameterTakingACodeDeclaresItsCodes() {
        List<String> problems = new ArrayList<>();
        forEachOperation((where, operation) -> {
            List<Map<String, Object>> parameters = list(operation.get("parameters"));
            Set<String> seen = new java.util.HashSet<>();
            for (Map<String, Object> parameter : parameters) {
                String name = (String) parameter.get("name");
                if (!seen.add(parameter.get("in") + " " + name)) {
                    problems.add(where + ": parameter " + name + " is declared twice");
                }
                if (!"query".equals(parameter.get("in")) || !CODE_PARAMETERS.contains(name)) {
                    continue;
                }
                Map<String, Object> schema = resolve(map(parameter.get("schema")));
                if ("array".equals(schema.get("type"))) {
                    schema = resolve(map(schema.get("items")));
                }
                if (!(schema.get("enum") instanceof List<?> codes) || codes.isEmpty()) {
                    problems.add(where + ": query parameter " + name + " takes a code but declares no enum");
                }
            }
        });
        assertNone(problems);
    }

    @Test
    void everyOptionalMemberIsNullableAndEveryUnionHasADiscriminator() {
        List<String> problems = new ArrayList<>();
        // a union member's discriminator property is absent where the member is sent on its own, never null
        Set<String> discriminators = new java.util.HashSet<>();
        schemas().values().forEach(value -> {
            Map<String, Object> discriminator = map(map(value).get("discriminator"));
            map(discriminator.get("mapping"))
                    .values()
                    .forEach(ref -> discriminators.add(((String) ref).substring("#/components/schemas/".length()) + "."
                            + discriminator.get("propertyName")));
        });
        schemas().forEach((name, value) -> {
            Map<String, Object> schema = map(value);
            List<Object> required = list(schema.get("required"));
            map(schema.get("properties")).forEach((property, definition) -> {
                if (!required.contains(property)
                        && !discriminators.contains(name + "." + property)
                        && !nullable(map(definition))) {
                    problems.add(name + "." + property + ": optional (may be sent as null) but not nullable");
                }
            });
            checkUnions(name, schema, problems);
            map(schema.get("properties"))
                    .forEach((property, definition) -> checkUnions(name + "." + property, map(definition), problems));
        });
        assertNone(problems);
    }

    /** A oneOf of two or more schemas needs a discriminator mapping each of them, declared by each of them. */
    private void checkUnions(String where, Map<String, Object> schema, List<String> problems) {
        List<Map<String, Object>> members = list(schema.get("oneOf"));
        members.removeIf(member -> "null".equals(member.get("type")));
        if (members.size() < 2) {
            return;
        }
        Map<String, Object> discriminator = map(schema.get("discriminator"));
        Map<String, Object> mapping = map(discriminator.get("mapping"));
        String property = (String) discriminator.get("propertyName");
        if (property == null) {
            problems.add(where + ": oneOf without a discriminator");
            return;
        }
        for (Map<String, Object> member : members) {
            Object ref = member.get("$ref");
            if (ref == null || !mapping.containsValue(ref)) {
                problems.add(where + ": member " + member + " is not in the discriminator mapping");
            } else if (!map(resolve(member).get("properties")).containsKey(property)) {
                problems.add(where + ": member " + ref + " does not declare " + property);
            }
        }
    }

    private static boolean nullable(Map<String, Object> schema) {
        Object type = schema.get("type");
        if ("null".equals(type) || (type instanceof List<?> types && types.contains("null"))) {
            return true;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (list(schema.get(combinator)).stream().anyMatch(member -> nullable(map(member)))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> document;

    private Map<String, Object> document() {
        if (document == null) {
            document = LiveContract.document();
        }
        return document;
    }

    private Map<String, Object> schemas() {
        return map(map(document().get("components")).get("schemas"));
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String name && name.startsWith("#/components/schemas/")) {
            return map(schemas().get(name.substring("#/components/schemas/".length())));
        }
        return schema;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, Map<String, Object>> check) {
        map(document().get("paths"))
                .forEach((path, operations) -> map(operations)
                        .forEach((method, operation) ->
                                check.accept(method.toUpperCase() + " " + path, map(operation))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>((List<T>) l) : new ArrayList<>();
    }

    private static void assertNone(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " contract violations:\n" + String.join("\n", problems));
        }
    }
}
