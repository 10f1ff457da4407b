package org.mrc.casework.support;

import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers clients with unique names through the API, as a caseworker of the given office would. */
public final class ClientFixtures {

    private ClientFixtures() {}

    /** A unique, pronounceable family name, so that searches in one test never see another test's clients. */
    public static String uniqueName() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Zz" + (letters + "abcdefabcdef").substring(0, 8);
    }

    public static Map<String, Object> person(String given, String family) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", given);
        body.put("familyName", family);
        body.put("sex", "FEMALE");
        body.put("birthDate", "1988-04-02");
        body.put("nationalities", List.of("UA"));
        body.put("preferredLanguages", List.of("uk"));
        body.put("phone", "+380 44 " + (1000000 + (int) (Math.random() * 8999999)));
        body.put("administrativeStatus", "IRREGULAR");
        body.put("vulnerabilities", List.of("PSYCHOSOCIAL_NEED"));
        body.put("genderIdentity", "woman");
        body.put("email", "someone@example.org");
        body.put("employmentStatus", "INFORMAL");
        body.put("roles", List.of("RETURNEE"));
        return body;
    }

    /** Registers {@code body} in the caseworker's office (duplicate check confirmed away) and returns the response. */
    public static Response register(String officeCode, Map<String, Object> body) {
        Response response = Api.as(Tokens.staff("caseworker", officeCode))
                .queryParam("confirmNotDuplicate", true)
                .body(body)
                .post("/clients");
        response.then().statusCode(201).body("reference", startsWith(officeCode + "-"));
        return response;
    }

    public static String registerId(String officeCode, Map<String, Object> body) {
        return register(officeCode, body).path("id");
    }
}
