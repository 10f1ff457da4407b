package org.mrc.casework.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Reads a claim that names one office or one organisation. Accepted: a non-blank string, and an array holding
 * exactly one non-blank string (what a Keycloak multivalued attribute mapper sends). Anything else (a number, an
 * object, a boolean, an empty or longer array, a blank string) could mean more than one scope or none, so it is
 * refused with {@link #INVALID_CLAIM} rather than guessed at; the refusal never repeats the value.
 */
final class ScopeClaim {

    static final ProblemType INVALID_CLAIM =
            new ProblemType("invalid-claim", 403, "A token claim does not have the form this service requires");

    private static final String EXPECTED = "a non-blank string, or an array holding exactly one non-blank string";

    private ScopeClaim() {}

    /** The claim's single value; empty when the token does not carry the claim at all. */
    static Optional<String> read(String name, Object value) {
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        Object single = value;
        if (value instanceof JsonArray array) {
            single = array.size() == 1 ? array.get(0) : null;
        } else if (value instanceof Collection<?> collection) {
            single = collection.size() == 1 ? collection.iterator().next() : null;
        }
        String text = null;
        if (single instanceof JsonString string) {
            text = string.getString();
        } else if (single instanceof String string) {
            text = string;
        }
        if (text == null || text.isBlank()) {
            throw invalid(name);
        }
        return Optional.of(text.strip());
    }

    static ApiException invalid(String name) {
        return new ApiException(
                INVALID_CLAIM,
                "The token's '" + name + "' claim must be " + EXPECTED,
                List.of(new FieldError(name, "token", "expected " + EXPECTED)));
    }
}
