package org.mrc.casework.support;

import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.annotation.JsonValue;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.office.OfficeKind;
import org.mrc.casework.office.OfficeRequests;
import org.mrc.casework.shared.TerritorySide;

/** Opens offices with unique codes through the API, as an admin would. */
public final class OfficeFixtures {

    private OfficeFixtures() {}

    public static String uniqueCode() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** An office of {@code kind} (an {@link OfficeKind} name) in Batangas City, below {@code parentId} if given. */
    public static Opening body(String code, String kind, String parentId) {
        return new Opening()
                .code(code)
                .name("Office " + code)
                .kind(OfficeKind.valueOf(kind))
                .country("PH")
                .locality("Batangas City")
                .parentId(parentId);
    }

    /** Opens an office and returns its id. */
    public static String open(String kind, String parentId) {
        return openWithCode(uniqueCode(), kind, parentId).extract().path("id");
    }

    public static ValidatableResponse openWithCode(String code, String kind, String parentId) {
        return Api.asAdmin()
                .body(body(code, kind, parentId))
                .post("/offices")
                .then()
                .statusCode(201)
                .body("code", equalTo(code));
    }

    /** Opens an office and returns its code (what staff tokens carry). */
    public static String openCode(String kind, String parentId) {
        String code = uniqueCode();
        openWithCode(code, kind, parentId);
        return code;
    }

    /** The id of the office with this code, read from the whole listing (the suite opens more than a page). */
    public static String idOf(String code) {
        List<String> ids = Pages.all(Tokens.admin(), "/offices", Map.of()).stream()
                .filter(office -> code.equals(office.get("code")))
                .map(office -> (String) office.get("id"))
                .toList();
        if (ids.size() != 1) {
            throw new AssertionError("office " + code + " is listed " + ids.size() + " times");
        }
        return ids.get(0);
    }

    /** How many offices the whole listing shows with this code. */
    public static long countWithCode(String code) {
        return Pages.field(Tokens.admin(), "/offices", Map.of(), "code").stream()
                .filter(code::equals)
                .count();
    }

    /** A {@link OfficeRequests.OpenOffice} body built field by field: a misspelt field does not compile. */
    public static final class Opening {

        private String code;
        private String name;
        private OfficeKind kind;
        private UUID parentId;
        private String country;
        private String locality;
        private TerritorySide territorySide;

        public Opening code(String code) {
            this.code = code;
            return this;
        }

        public Opening name(String name) {
            this.name = name;
            return this;
        }

        public Opening kind(OfficeKind kind) {
            this.kind = kind;
            return this;
        }

        public Opening parentId(UUID parentId) {
            this.parentId = parentId;
            return this;
        }

        public Opening parentId(String parentId) {
            return parentId(parentId == null ? null : UUID.fromString(parentId));
        }

        public Opening country(String country) {
            this.country = country;
            return this;
        }

        public Opening locality(String locality) {
            this.locality = locality;
            return this;
        }

        public Opening territorySide(TerritorySide territorySide) {
            this.territorySide = territorySide;
            return this;
        }

        @JsonValue
        public OfficeRequests.OpenOffice build() {
            return new OfficeRequests.OpenOffice(code, name, kind, parentId, country, locality, territorySide);
        }
    }
}
