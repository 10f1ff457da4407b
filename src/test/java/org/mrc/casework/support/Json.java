package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How tests write request bodies: the service's own request records (built by the fixtures' typed builders) as the
 * service reads them, dates and instants as ISO-8601 text, absent fields left out rather than sent as null (as the
 * hand-written maps did). Maps are written as they are, explicit nulls included, so a merge patch or a malformed
 * body stays what the test wrote.
 */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // null properties of a record are left out; a map is written as it is, so an explicit null stays
            // (a JSON merge patch removes a field with it)
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));

    private Json() {}

    /** RestAssured's current configuration, writing bodies with this mapper. */
    static RestAssuredConfig config() {
        return RestAssured.config()
                .objectMapperConfig(new ObjectMapperConfig().jackson2ObjectMapperFactory((type, charset) -> MAPPER));
    }

    /**
     * The JSON object a typed body is written as, as a mutable map: for the tests that deliberately break a valid
     * body (a wrong type, an unknown or a missing member), which no request record can express.
     */
    public static Map<String, Object> raw(Object body) {
        return MAPPER.convertValue(body, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** {@code body} as the JSON text the tests send, for a test that writes its own HTTP requests. */
    public static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code body} as a raw map with {@code member} set to {@code value}: a value no request record can hold. */
    public static Map<String, Object> with(Object body, String member, Object value) {
        Map<String, Object> raw = raw(body);
        raw.put(member, value);
        return raw;
    }
}
