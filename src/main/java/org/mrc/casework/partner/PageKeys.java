package org.mrc.casework.partner;

import java.util.Optional;
import java.util.UUID;

/** Parsing of ids that arrive as text: the partner claim of a token. */
final class PageKeys {

    private PageKeys() {}

    static Optional<UUID> tryUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
