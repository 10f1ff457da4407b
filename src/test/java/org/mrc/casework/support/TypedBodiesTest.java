package org.mrc.casework.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared fixtures write request bodies only as the service's own request records, built by typed builders: a
 * misspelt field does not compile. A fixture that took or returned a {@code Map<String, Object>} body would bring
 * back the run-time failure (or the silent absence) of a misspelt key.
 */
class TypedBodiesTest {

    @Test
    void noSharedFixtureTakesOrReturnsAnUntypedBody() throws Exception {
        List<String> untyped = new ArrayList<>();
        List<Class<?>> fixtures = fixtureClasses();
        assertFalse(fixtures.isEmpty(), "the fixtures are found");
        for (Class<?> fixture : fixtures) {
            for (Method method : fixture.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
                types.add(method.getGenericReturnType());
                if (types.stream().anyMatch(TypedBodiesTest::isUntypedBody)) {
                    untyped.add(fixture.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), untyped, "fixtures with a Map<String, Object> body");
    }

    @Test
    void aTypedBodyIsWrittenAsItsRequestRecordWithAbsentFieldsLeftOut() {
        Map<String, Object> written = Json.raw(EpisodeFixtures.move("MIGRATION", null, "2024-03-01"));
        assertEquals(Map.of("phase", "MIGRATION", "effectiveDate", "2024-03-01"), written);
    }

    @Test
    void aRawMapKeepsItsExplicitNullsForMergePatchesAndMalformedBodies() throws Exception {
        Map<String, Object> patch = new HashMap<>();
        patch.put("email", null);
        assertEquals("{\"email\":null}", Json.MAPPER.writeValueAsString(patch));
    }

    private static boolean isUntypedBody(Type type) {
        return type instanceof ParameterizedType parameterized
                && parameterized.getRawType() == Map.class
                && parameterized.getActualTypeArguments()[1] == Object.class;
    }

    private static List<Class<?>> fixtureClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(TypedBodiesTest.class.getResource("").toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("Fixtures.class")) {
                    classes.add(
                            Class.forName(TypedBodiesTest.class.getPackageName() + "." + name.replace(".class", "")));
                }
            }
        }
        return classes;
    }
}
