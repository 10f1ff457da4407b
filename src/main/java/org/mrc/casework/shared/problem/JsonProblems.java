package org.mrc.casework.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/**
 * Turns a JSON binding failure into a problem that names the field, without echoing the submitted value (Jackson's
 * own messages quote it, and it may be personal data).
 */
public final class JsonProblems {

    private JsonProblems() {}

    public static ApiException from(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ApiException(
                    ProblemType.VALIDATION_FAILED,
                    "The body has a property this operation does not accept",
                    List.of(FieldError.body(jsonPath(unknown), "unknown property")));
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String expected = target != null && target.isEnum()
                    ? "one of " + List.of(target.getEnumConstants())
                    : "a value of type " + (target == null ? "unknown" : target.getSimpleName());
            return ApiException.invalid(FieldError.body(jsonPath(invalid), "expected " + expected));
        }
        if (e instanceof JsonMappingException mapping) {
            List<FieldError> errors = mapping.getPath().isEmpty()
                    ? List.of()
                    : List.of(FieldError.body(jsonPath(mapping), "value has the wrong shape for this field"));
            return new ApiException(
                    ProblemType.MALFORMED_BODY, "The body does not match the expected structure", errors);
        }
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        return new ApiException(ProblemType.MALFORMED_BODY, "The body is not well-formed JSON" + where);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
