package org.mrc.casework.shared.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * An opaque keyset position: the sort-key values of the last item a page returned, for one named collection.
 * Clients pass it back unchanged; its encoding is not part of the contract.
 *
 * <p>The one decoder for every collection. A cursor is signed (HMAC-SHA256, truncated to 128 bits) over the
 * collection's name and its keys, with a key taken from {@code mrc.paging.cursor-secret}: a cursor that was
 * altered, cut short, minted by another deployment or issued by another collection fails the signature and is a
 * 400 naming {@code cursor}. Each key is then parsed as the type its {@link Shape} declares, so a service reads
 * typed values and never parses text itself. Every instance of one deployment must share the secret (it is
 * configuration, not generated at start) or a cursor issued by one instance would be refused by the next.
 */
public record Cursor(String collection, List<String> keys) {

    /** Maximum length of an encoded cursor we try to decode; ours are far shorter. */
    static final int MAX_ENCODED_LENGTH = 1024;

    private static final char SEPARATOR = '\u001f';
    private static final byte VERSION = 2;
    private static final int MAC_BYTES = 16;

    public Cursor {
        keys = List.copyOf(keys);
    }

    /** The type of one sort key: what a cursor's key must parse as. */
    public enum Key {
        UUID,
        INSTANT,
        DATE,
        LONG,
        DECIMAL,
        TEXT;

        boolean accepts(String text) {
            try {
                switch (this) {
                    case UUID -> {
                        java.util.UUID parsed = java.util.UUID.fromString(text);
                        return parsed.toString().equals(text);
                    }
                    case INSTANT -> Instant.parse(text);
                    case DATE -> LocalDate.parse(text);
                    case LONG -> Long.parseLong(text);
                    case DECIMAL -> {
                        double value = Double.parseDouble(text);
                        return Double.isFinite(value);
                    }
                    case TEXT -> {
                        return text.indexOf(SEPARATOR) < 0;
                    }
                }
                return true;
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return false;
            }
        }
    }

    /**
     * What the cursors of one collection carry: the collection's name (a cursor of another collection is refused)
     * and the types of its sort keys in order. Declare one per paged query, next to it.
     */
    public record Shape(String collection, List<Key> keys) {

        public Shape {
            keys = List.copyOf(keys);
        }

        /** The cursor positioned after an item with these sort-key values (rendered with {@code toString}). */
        public Cursor at(Object... values) {
            return at(Arrays.stream(values).map(String::valueOf).toList());
        }

        public Cursor at(List<String> values) {
            if (values.size() != keys.size()) {
                throw new IllegalArgumentException(
                        collection + " cursors carry " + keys.size() + " keys, not " + values.size());
            }
            for (int i = 0; i < values.size(); i++) {
                if (!keys.get(i).accepts(values.get(i))) {
                    throw new IllegalArgumentException(collection + " cursor key " + i + " is not a " + keys.get(i));
                }
            }
            return new Cursor(collection, values);
        }

        /** Decodes a cursor this collection issued; anything else is a 400 naming the parameter. */
        public Cursor decode(String encoded) {
            if (encoded == null || encoded.length() > MAX_ENCODED_LENGTH) {
                throw invalid();
            }
            byte[] raw;
            try {
                raw = Base64.getUrlDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
            if (raw.length < 1 + MAC_BYTES || raw[0] != VERSION) {
                throw invalid();
            }
            byte[] mac = Arrays.copyOfRange(raw, 1, 1 + MAC_BYTES);
            byte[] payload = Arrays.copyOfRange(raw, 1 + MAC_BYTES, raw.length);
            if (!MessageDigest.isEqual(mac, mac(collection, payload))) {
                throw invalid();
            }
            List<String> values = split(new String(payload, StandardCharsets.UTF_8));
            if (values.size() != keys.size()) {
                throw invalid();
            }
            for (int i = 0; i < values.size(); i++) {
                if (!keys.get(i).accepts(values.get(i))) {
                    throw invalid();
                }
            }
            return new Cursor(collection, values);
        }
    }

    /** The shape of a collection's cursors: {@code Cursor.shape("referrals", Key.UUID)}. */
    public static Shape shape(String collection, Key... keys) {
        return new Shape(collection, List.of(keys));
    }

    public String encode() {
        byte[] payload = String.join(String.valueOf(SEPARATOR), keys).getBytes(StandardCharsets.UTF_8);
        byte[] mac = mac(collection, payload);
        byte[] raw = new byte[1 + MAC_BYTES + payload.length];
        raw[0] = VERSION;
        System.arraycopy(mac, 0, raw, 1, MAC_BYTES);
        System.arraycopy(payload, 0, raw, 1 + MAC_BYTES, payload.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The key at {@code index} as text (already checked against the shape when the cursor was decoded). */
    public String key(int index) {
        return keys.get(index);
    }

    public UUID uuid(int index) {
        return UUID.fromString(keys.get(index));
    }

    public Instant instant(int index) {
        return Instant.parse(keys.get(index));
    }

    public LocalDate date(int index) {
        return LocalDate.parse(keys.get(index));
    }

    public long number(int index) {
        return Long.parseLong(keys.get(index));
    }

    public double decimal(int index) {
        return Double.parseDouble(keys.get(index));
    }

    private static byte[] mac(String collection, byte[] payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(Secret.KEY);
            hmac.update(collection.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) SEPARATOR);
            hmac.update(payload);
            return Arrays.copyOf(hmac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
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

    /** The signing key, read once from configuration (every instance of a deployment must share it). */
    static final class Secret {
        // read outside CDI (a static key), so not through a mapping; the default is in application.properties
        static final SecretKeySpec KEY = new SecretKeySpec(
                ConfigProvider.getConfig()
                        .getValue("mrc.paging.cursor-secret", String.class)
                        .getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");

        private Secret() {}
    }
}
