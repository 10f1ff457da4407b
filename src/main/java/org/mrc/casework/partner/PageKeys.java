package org.mrc.casework.partner;

import java.util.Optional;
import java.util.UUID;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/** Parsing of ids that arrive as text: cursor keys and the partner claim of a token. */
final class PageKeys {

    private PageKeys() {}

    /** A cursor key that must be a UUID; anything else is a tampered cursor (400). */
    static UUID uuid(String key) {
        return tryUuid(key)
                .orElseThrow(() ->
                        ApiException.invalid(FieldError.query("cursor", "not a cursor returned by this collection")));
    }

    static Optional<UUID> tryUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
