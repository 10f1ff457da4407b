package org.mrc.casework.shared.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.smallrye.config.SmallRyeConfig;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Every request body passes here when an operation reads it, before the operation runs: a body over the limit
 * (also one sent without a declared length) is a 413, a body that is not valid UTF-8 a 400, and a JSON string or
 * member name holding a NUL character or an unpaired surrogate (raw or as a {@code \\u} escape) a 400 naming the
 * member. {@link InputGuard} covers the request line and headers.
 */
@Provider
public class BodyGuard implements ReaderInterceptor {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Read on first use: JAX-RS providers are built before configuration mappings are available. */
    private volatile long maxBodySize = -1;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (maxBodySize < 0) {
            maxBodySize = ConfigProvider.getConfig()
                    .unwrap(SmallRyeConfig.class)
                    .getConfigMapping(BodyLimit.Limits.class)
                    .maxBodySize()
                    .asLongValue();
        }
        byte[] body = readBounded(context.getInputStream(), maxBodySize);
        if (isJson(context.getMediaType())) {
            body = toUtf8(body, context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER));
            check(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                throw new ApiException(
                        ProblemType.BODY_TOO_LARGE, "The request body exceeds the limit of " + max + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The charset named in a Content-Type, or null when the platform has none of that name. */
    static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A JSON body in the charset its Content-Type declares, re-encoded as UTF-8 (the JSON binding reads UTF-8):
     * bytes that are not valid in the declared charset are a 400, never read as something else.
     */
    static byte[] toUtf8(byte[] body, String declared) {
        if (declared == null) {
            return body;
        }
        Charset charset = charset(declared);
        if (charset == null) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body's charset is not one this service reads");
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return body;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "The body is not valid in its declared charset");
        }
    }

    /** Fails when the body is not UTF-8 or a JSON text in it carries NUL or an unpaired surrogate. */
    static void check(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "The body is not valid UTF-8");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && !InputGuard.clean(parser.getText(), true)) {
                    throw ApiException.invalid(FieldError.body(
                            path(parser.getParsingContext(), token == JsonToken.FIELD_NAME),
                            "contains a NUL or control character or an unpaired surrogate"));
                }
            }
        } catch (IOException notJson) {
            // not well-formed: the binding that follows reports it with its position
        }
    }

    private static String path(JsonStreamContext context, boolean atName) {
        Deque<String> parts = new ArrayDeque<>();
        JsonStreamContext at = atName ? context.getParent() : context;
        for (; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.inObject() && at.getCurrentName() != null) {
                String name = at.getCurrentName();
                parts.push(InputGuard.clean(name) && name.matches("[A-Za-z0-9_]{1,64}") ? "." + name : ".*");
            }
        }
        return "$" + String.join("", parts);
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase().endsWith("+json"));
    }
}
