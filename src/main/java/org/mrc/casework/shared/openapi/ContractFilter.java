package org.mrc.casework.shared.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated contract with what every operation shares: the one OIDC bearer security scheme, its
 * requirement on every operation, and the problem-document responses each kind of operation can produce. Keeping
 * this here means a new endpoint is documented the same way without anyone remembering to.
 */
public class ContractFilter implements OASFilter {

    public static final String SECURITY_SCHEME = "oidc";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid input: errors[] names each field (JSON path) or parameter"),
            Map.entry("401", "Missing, malformed, expired or foreign bearer token"),
            Map.entry("403", "The caller's role or token claims do not allow this operation"),
            Map.entry("404", "No such resource, or one the caller may not know exists"),
            Map.entry("406", "The Accept header admits no representation this operation produces"),
            Map.entry("409", "Conflicts with the current state; the problem type says which rule"),
            Map.entry("412", "If-Match names a version that is no longer current"),
            Map.entry("413", "The request body exceeds the configured limit"),
            Map.entry("415", "The request body is not application/json"),
            Map.entry("422", "The Idempotency-Key was already used for a different request"),
            Map.entry("428", "If-Match is required for this update"),
            Map.entry("500", "Unexpected failure; the problem carries only the request id"),
            Map.entry("503", "The database is unreachable; retry after Retry-After seconds"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(
                SECURITY_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An OIDC access token (JWT) issued for this API's audience by the configured "
                                + "provider. Roles in the groups or realm_access.roles claim; staff tokens carry the office "
                                + "code claim, partner tokens the partner organisation claim."));
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean conditional = hasParameters
                && operation.getParameters().stream().map(Parameter::getName).anyMatch("If-Match"::equalsIgnoreCase);
        boolean idempotentCreate = hasParameters
                && operation.getParameters().stream()
                        .map(Parameter::getName)
                        .anyMatch("Idempotency-Key"::equalsIgnoreCase);
        boolean addressed = path.contains("{");
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Set<String> codes = new TreeSet<>(List.of("401", "403", "406", "500", "503"));
        if (hasBody || hasParameters) {
            codes.add("400");
        }
        if (hasBody) {
            codes.addAll(List.of("413", "415"));
        }
        if (addressed) {
            codes.add("404");
        }
        if (method == PathItem.HttpMethod.POST) {
            codes.add("409");
        }
        if (conditional) {
            codes.addAll(List.of("412", "428"));
        }
        if (idempotentCreate) {
            codes.add("422");
        }
        codes.forEach(code -> add(responses, code));
    }

    private static void add(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse()
                            .description(DESCRIPTIONS.get(code))
                            .content(OASFactory.createContent()
                                    .addMediaType(
                                            PROBLEM_MEDIA_TYPE,
                                            OASFactory.createMediaType()
                                                    .schema(OASFactory.createSchema()
                                                            .ref(PROBLEM_SCHEMA)))));
        }
    }

    private static Schema problemSchema() {
        Map<String, Schema> fieldError = new LinkedHashMap<>();
        fieldError.put("field", string("JSON path into the body ($.parentId) or the parameter name"));
        fieldError.put("in", string("body, query, path, header or token"));
        fieldError.put("message", string("What is wrong, without echoing the submitted value"));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("Stable URI of the problem kind (urn:problem-type:mrc:...)"));
        properties.put("title", string("Short, human summary of the problem kind"));
        properties.put("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
        properties.put("detail", string("Explanation of this occurrence; never contains personal data"));
        properties.put("instance", string("The request path"));
        properties.put("requestId", string("Correlates with the X-Request-Id header, logs and audit"));
        properties.put(
                "errors",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .properties(fieldError)));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; problem-specific members may be added")
                .required(List.of("type", "title", "status"))
                .properties(properties);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
