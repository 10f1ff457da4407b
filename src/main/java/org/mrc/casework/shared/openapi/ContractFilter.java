package org.mrc.casework.shared.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
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
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated contract with what every operation shares: the one OIDC bearer security scheme, its
 * requirement on every operation, and the problem-document responses each kind of operation can produce. Keeping
 * this here means a new endpoint is documented the same way without anyone remembering to.
 *
 * <p>It also makes the contract say what the service really sends, so that generated clients can read it: every
 * error response is a problem document; every response header has a schema (ETag, Location, Retry-After on 503,
 * Idempotent-Replayed on the successes of an operation taking an Idempotency-Key); and a member that a schema does
 * not list as required may be sent as JSON null, so it is declared nullable ({@code type: [..., "null"]}, or
 * {@code anyOf: [$ref, null]} for a reference). ContractTest checks each rule over the whole live document.
 *
 * <p>It runs when the application is built, so the service serves a finished document and spends no start-up time
 * completing it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
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
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> declareNullables(schema));
            components.getSchemas().forEach((name, schema) -> declareDiscriminatorMembers(components, schema));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        dropDuplicateParameters(operation);
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
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
            if (code.equals("503")) {
                response.addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before retrying")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.INTEGER)
                                        .minimum(java.math.BigDecimal.ZERO)));
            }
            if (code.equals("201")
                    && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                response.addHeader("Location", OASFactory.createHeader());
            }
            if (code.startsWith("2") && idempotentCreate) {
                response.addHeader(
                        REPLAYED_HEADER,
                        OASFactory.createHeader()
                                .description("true when this repeats the first response to the same Idempotency-Key;"
                                        + " absent otherwise")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .enumeration(List.of("true"))));
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach(ContractFilter::typeHeader);
            }
        });
    }

    private static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /**
     * A parameter whose documented schema differs from its Java type (a comma-separated list read as a String) is
     * emitted twice by the scanner, once as declared and once as read; the declared one (with its description) stays.
     */
    private static void dropDuplicateParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        Map<String, Parameter> kept = new LinkedHashMap<>();
        for (Parameter parameter : operation.getParameters()) {
            String key = parameter.getIn() + " " + parameter.getName();
            Parameter other = kept.get(key);
            if (other == null || (other.getDescription() == null && parameter.getDescription() != null)) {
                kept.put(key, parameter);
            }
        }
        operation.setParameters(new java.util.ArrayList<>(kept.values()));
    }

    /** A header documented by name only gets the schema and meaning the service gives it. */
    private static void typeHeader(String name, Header header) {
        if (header.getSchema() == null) {
            Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            if (name.equalsIgnoreCase("Location")) {
                schema.format("uri");
            }
            header.setSchema(schema);
        }
        if (header.getDescription() == null) {
            header.setDescription(
                    switch (name.toLowerCase(java.util.Locale.ROOT)) {
                        case "etag" -> "The representation's version as a strong entity tag; send it as If-Match";
                        case "location" -> "The URI of the created resource";
                        default -> name;
                    });
        }
    }

    /**
     * Members that a schema does not require may be sent as null, so they are declared nullable. A reference cannot
     * carry a type of its own, so it becomes {@code anyOf: [$ref, {type: null}]}, keeping its description.
     */
    private static void declareNullables(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
        schema.setProperties(properties);
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema()
                    .description(property.getDescription())
                    .examples(property.getExamples())
                    .deprecated(property.getDeprecated())
                    .readOnly(property.getReadOnly())
                    .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()), nullType()));
        }
        if (property.getType() != null && !property.getType().isEmpty()) {
            if (!property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            return property;
        }
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf != null && anyOf.stream().noneMatch(ContractFilter::isNullType)) {
            property.addAnyOf(nullType());
        }
        return property;
    }

    /**
     * A member of a discriminated union carries the discriminator property when it is sent as that member (the
     * service adds it, see TimelineEntry.details): each mapped schema declares it, with the one value naming it. The
     * schema may be sent elsewhere without it, so it is not required there.
     */
    private static void declareDiscriminatorMembers(Components components, Schema union) {
        if (union.getDiscriminator() == null || union.getDiscriminator().getMapping() == null) {
            return;
        }
        String property = union.getDiscriminator().getPropertyName();
        union.getDiscriminator().getMapping().forEach((value, ref) -> {
            Schema member = components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (member != null
                    && (member.getProperties() == null
                            || !member.getProperties().containsKey(property))) {
                member.addProperty(
                        property,
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(List.of(value))
                                .description("Present when sent as a member of " + property + "-discriminated union"));
            }
        });
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    private static void add(APIResponses responses, String code) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code)));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
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
