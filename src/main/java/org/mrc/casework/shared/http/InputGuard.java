package org.mrc.casework.shared.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * The one gate every request passes before it is matched to an operation (so before any database call): the
 * request line and headers within our limits (414, 431), no NUL, other control character, malformed
 * percent-encoding, invalid UTF-8 or lone surrogate in the path, the query or a header (400 naming where), and
 * a body only with a {@code Content-Type} (and charset) we read (415). The body's own content is checked by {@link BodyGuard}
 * when it is read. Vert.x keeps hard limits above ours (application.properties), so that a request merely over
 * our limits gets a problem document rather than a dropped connection.
 */
public class InputGuard {

    /** Limits of the request line and headers; the Vert.x hard limits must stay above these. */
    static final int MAX_URI_LENGTH = 8 * 1024;

    static final int MAX_HEADER_BYTES = 16 * 1024;

    /** A name we may repeat in a problem document: anything else is reported without its name. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    @ServerRequestFilter(preMatching = true, priority = 150)
    public void check(ContainerRequestContext request, HttpServerRequest http) {
        // the request target exactly as sent: JAX-RS sees it after Vert.x has resolved dot segments
        String target = http.uri();
        if (target.startsWith("http://") || target.startsWith("https://")) {
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        int mark = target.indexOf('?');
        String rawPath = mark < 0 ? target : target.substring(0, mark);
        String rawQuery = mark < 0 ? null : target.substring(mark + 1);
        int uriLength = (rawPath == null ? 0 : rawPath.length()) + (rawQuery == null ? 0 : rawQuery.length() + 1);
        if (uriLength > MAX_URI_LENGTH) {
            throw new ApiException(
                    ProblemType.URI_TOO_LONG, "The request URI exceeds the limit of " + MAX_URI_LENGTH + " characters");
        }
        checkHeaders(request);
        if (rawPath != null && hasDotOrEmptySegment(rawPath)) {
            // the router would resolve them (/clients/1/referrals/.. is /clients/1): a quiet change of meaning
            throw ApiException.invalid(FieldError.path("path", "must not contain empty, '.' or '..' segments"));
        }
        if (rawPath != null && !cleanEncoded(rawPath)) {
            throw ApiException.invalid(FieldError.path(
                    "path", "contains a control character, an invalid escape or a character that is not valid UTF-8"));
        }
        if (rawQuery != null) {
            checkQuery(rawQuery);
        }
        checkContentType(request);
        checkAccept(request.getHeaderString(HttpHeaders.ACCEPT));
    }

    /** Every media range of {@code Accept} must parse, with a quality between 0 and 1 where one is given. */
    private static void checkAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (String range : accept.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            try {
                MediaType type = MediaType.valueOf(range.trim());
                String quality = type.getParameters().get("q");
                if (quality != null) {
                    double q = Double.parseDouble(quality);
                    if (!(q >= 0 && q <= 1) || !quality.matches("[01](\\.[0-9]{0,3})?")) {
                        throw new IllegalArgumentException("quality out of range");
                    }
                }
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid(FieldError.header(HttpHeaders.ACCEPT, "not a list of media ranges"));
            }
        }
    }

    private static boolean hasDotOrEmptySegment(String rawPath) {
        String[] segments = rawPath.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = decode(segments[i], false);
            boolean last = i == segments.length - 1;
            if ((segment != null && (segment.equals(".") || segment.equals("..")))
                    || (segments[i].isEmpty() && !last)) {
                return true;
            }
        }
        return false;
    }

    private static void checkHeaders(ContainerRequestContext request) {
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + 4L + (value == null ? 0 : value.length());
                if (value != null && !cleanHeaderValue(value)) {
                    throw ApiException.invalid(
                            FieldError.header(safeName(header.getKey(), "header"), "contains a control character"));
                }
            }
        }
        if (bytes > MAX_HEADER_BYTES) {
            throw new ApiException(
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request headers exceed the limit of " + MAX_HEADER_BYTES + " bytes");
        }
    }

    private static void checkQuery(String rawQuery) {
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name = decode(rawName, true);
            if (name == null || !clean(name)) {
                throw ApiException.invalid(FieldError.query(
                        "query", "a parameter name contains a control character, an invalid escape or invalid UTF-8"));
            }
            String value = decode(rawValue, true);
            if (value == null || !clean(value)) {
                throw ApiException.invalid(FieldError.query(
                        safeName(name, "query"),
                        "contains a control character, an invalid escape or a character that is not valid UTF-8"));
            }
        }
    }

    private static void checkContentType(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.trim().equals("0"));
        if (contentType == null || contentType.isBlank()) {
            if (hasBody) {
                throw new ApiException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "A request body needs a Content-Type: send application/json");
            }
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(FieldError.header(HttpHeaders.CONTENT_TYPE, "not a media type"));
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && BodyGuard.charset(charset) == null) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body's charset is not one this service reads");
        }
    }

    /** Whether a decoded text is free of control characters (tab excepted) and of lone surrogates. */
    static boolean clean(String text) {
        return clean(text, false);
    }

    /**
     * Whether a text is free of NUL and other control characters and of unpaired surrogates; tab is always
     * allowed, line breaks only where {@code multiline} (free text in a body).
     */
    static boolean clean(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || (multiline && (c == '\n' || c == '\r'));
            if (((c < 0x20 || c == 0x7f) && !allowed)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cleanEncoded(String raw) {
        String decoded = decode(raw, false);
        return decoded != null && clean(decoded);
    }

    private static boolean cleanHeaderValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Percent-decodes strictly as UTF-8: null for a malformed escape or bytes that are not valid UTF-8. */
    static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // a raw non-ASCII character the URI parser let through: judge it as the text it is
                int end = i + 1;
                if (Character.isHighSurrogate(c) && end < raw.length() && Character.isLowSurrogate(raw.charAt(end))) {
                    end++;
                } else if (Character.isSurrogate(c)) {
                    return null;
                }
                byte[] encoded = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String safeName(String name, String fallback) {
        return SAFE_NAME.matcher(name).matches() ? name : fallback;
    }
}
