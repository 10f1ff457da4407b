package org.mrc.casework.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input. {@code field} is a JSON path into the body ({@code $.parentId}) or the name of a query,
 * path or header parameter; {@code in} says which.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String in, String message) {

    public static FieldError body(String jsonPath, String message) {
        return new FieldError(jsonPath, "body", message);
    }

    public static FieldError query(String name, String message) {
        return new FieldError(name, "query", message);
    }

    public static FieldError header(String name, String message) {
        return new FieldError(name, "header", message);
    }

    public static FieldError path(String name, String message) {
        return new FieldError(name, "path", message);
    }
}
