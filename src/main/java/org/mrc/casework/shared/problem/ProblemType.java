package org.mrc.casework.shared.problem;

/**
 * A stable kind of problem: its {@code type} URI never changes once published, so clients may switch on it.
 * Features declare their own constants next to the rule that raises them.
 */
public record ProblemType(String slug, int status, String title) {

    public static final String URI_PREFIX = "urn:problem-type:mrc:";

    public static final ProblemType VALIDATION_FAILED =
            new ProblemType("validation-failed", 400, "The request has invalid fields");
    public static final ProblemType MALFORMED_BODY =
            new ProblemType("malformed-body", 400, "The request body is not valid JSON for this operation");
    public static final ProblemType UNAUTHENTICATED =
            new ProblemType("unauthenticated", 401, "A valid bearer token is required");
    public static final ProblemType FORBIDDEN =
            new ProblemType("forbidden", 403, "The caller's role does not allow this operation");
    public static final ProblemType MISSING_CLAIM =
            new ProblemType("missing-claim", 403, "The token lacks a claim this role requires");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "The resource does not exist");
    public static final ProblemType METHOD_NOT_ALLOWED =
            new ProblemType("method-not-allowed", 405, "The method is not allowed on this resource");
    public static final ProblemType NOT_ACCEPTABLE =
            new ProblemType("not-acceptable", 406, "No acceptable representation is available");
    public static final ProblemType CONFLICT =
            new ProblemType("conflict", 409, "The request conflicts with the current state");
    public static final ProblemType PRECONDITION_FAILED =
            new ProblemType("precondition-failed", 412, "The resource changed since it was read");
    public static final ProblemType BODY_TOO_LARGE =
            new ProblemType("body-too-large", 413, "The request body is too large");
    public static final ProblemType URI_TOO_LONG = new ProblemType("uri-too-long", 414, "The request URI is too long");
    public static final ProblemType HEADERS_TOO_LARGE =
            new ProblemType("headers-too-large", 431, "The request header fields are too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", 415, "The request content type is not supported");
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType(
            "idempotency-key-reused", 422, "The Idempotency-Key was already used for a different request");
    public static final ProblemType PRECONDITION_REQUIRED =
            new ProblemType("precondition-required", 428, "This update requires an If-Match header");
    public static final ProblemType SERVICE_UNAVAILABLE =
            new ProblemType("service-unavailable", 503, "The service is temporarily unavailable");
    public static final ProblemType INTERNAL_ERROR =
            new ProblemType("internal-error", 500, "An unexpected error occurred");

    public String uri() {
        return URI_PREFIX + slug;
    }
}
