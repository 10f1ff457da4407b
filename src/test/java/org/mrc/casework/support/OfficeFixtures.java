package org.mrc.casework.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opens offices with unique codes through the API, as an admin would. */
public final class OfficeFixtures {

    private OfficeFixtures() {}

    public static String uniqueCode() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public static Map<String, Object> body(String code, String kind, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Office " + code);
        body.put("kind", kind);
        body.put("country", "PH");
        body.put("locality", "Batangas City");
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
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
}
