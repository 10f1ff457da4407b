package org.mrc.casework.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * An opaque keyset position: the sort-key values of the last item a page returned. Clients pass it back
 * unchanged; its encoding is not part of the contract.
 */
public record Cursor(List<String> keys) {

    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "1";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    public String encode() {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor that must carry {@code arity} keys; anything else is a 400 naming the parameter. */
    public static Cursor decode(String encoded, int arity) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> parts = split(joined);
            if (parts.size() != arity + 1 || !VERSION.equals(parts.get(0))) {
                throw invalid();
            }
            return new Cursor(parts.subList(1, parts.size()));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String key(int index) {
        return keys.get(index);
    }

    private static List<String> split(String joined) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= joined.length(); i++) {
            if (i == joined.length() || joined.charAt(i) == SEPARATOR) {
                parts.add(joined.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldError.query("cursor", "not a cursor returned by this collection"));
    }
}
