package org.mrc.casework.shared.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. Carries its problem type, a detail free of personal data, the invalid fields
 * and any problem-specific members. Rendered by {@link ProblemMapper}.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of(), Map.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of(), Map.of());
    }

    public ApiException(
            ProblemType type,
            String detail,
            List<FieldError> errors,
            Map<String, Object> extensions,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>(extensions);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException notFound(String resource) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + resource + " with that id is visible to the caller");
    }

    public static ApiException invalid(FieldError error) {
        return new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", List.of(error));
    }

    public static ApiException conflict(ProblemType type, String detail, Map<String, Object> extensions) {
        return new ApiException(type, detail, List.of(), extensions, Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
