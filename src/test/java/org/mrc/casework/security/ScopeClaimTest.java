package org.mrc.casework.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.ApiException;

class ScopeClaimTest {

    @Test
    void aStringAndAOneElementArrayOfAStringAreTheSameValue() {
        assertEquals(Optional.of("BTG"), ScopeClaim.read("office_code", "BTG"));
        assertEquals(Optional.of("BTG"), ScopeClaim.read("office_code", Json.createValue("BTG")));
        assertEquals(
                Optional.of("BTG"),
                ScopeClaim.read(
                        "office_code", Json.createArrayBuilder().add("BTG").build()));
        assertEquals(Optional.of("BTG"), ScopeClaim.read("office_code", List.of("BTG")));
        assertEquals(Optional.of("BTG"), ScopeClaim.read("office_code", Set.of("BTG")));
    }

    @Test
    void anAbsentClaimIsEmpty() {
        assertEquals(Optional.empty(), ScopeClaim.read("office_code", null));
        assertEquals(Optional.empty(), ScopeClaim.read("office_code", JsonValue.NULL));
    }

    @Test
    void everyOtherShapeIsAnInvalidClaimThatNamesTheClaimButNotTheValue() {
        List<Object> shapes = List.of(
                "",
                "   ",
                Json.createValue(""),
                Json.createValue(42),
                Json.createValue(4.2),
                JsonValue.TRUE,
                Json.createObjectBuilder().add("code", "SECRET1").build(),
                Json.createArrayBuilder().build(),
                Json.createArrayBuilder().add("SECRET1").add("SECRET2").build(),
                Json.createArrayBuilder().add(42).build(),
                Json.createArrayBuilder().add(" ").build(),
                Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add("SECRET1"))
                        .build(),
                List.of(),
                List.of("SECRET1", "SECRET2"),
                Map.of("code", "SECRET1"),
                42L);
        for (Object shape : shapes) {
            ApiException refused = assertThrows(
                    ApiException.class, () -> ScopeClaim.read("office_code", shape), () -> "accepted " + shape);
            assertEquals("invalid-claim", refused.type().slug());
            assertEquals(403, refused.type().status());
            assertEquals("office_code", refused.errors().get(0).field());
            assertFalse(refused.getMessage().contains("SECRET"), refused.getMessage());
            assertFalse(refused.getMessage().contains("42"), refused.getMessage());
        }
    }
}
