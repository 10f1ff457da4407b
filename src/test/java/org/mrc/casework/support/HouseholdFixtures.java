package org.mrc.casework.support;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Household links and the office ids tests need to set up staff at several levels. */
public final class HouseholdFixtures {

    private HouseholdFixtures() {}

    public static Map<String, Object> link(String relatedClientId, String type, String residence) {
        Map<String, Object> body = new HashMap<>();
        body.put("relatedClientId", relatedClientId);
        body.put("type", type);
        body.put("residence", residence);
        return body;
    }

    /** Links {@code relatedClientId} to {@code clientId} as {@code token}'s holder and returns the 201 response. */
    public static Response linked(String token, String clientId, Map<String, Object> body) {
        Response response = Api.as(token).body(body).post("/clients/" + clientId + "/household-links");
        response.then().statusCode(201);
        return response;
    }

    /** An office opened for one test: its id (to place offices below it) and code (what staff tokens carry). */
    public record Office(String id, String code) {}

    public static Office office(String kind, String parentId) {
        String code = OfficeFixtures.uniqueCode();
        String id = OfficeFixtures.openWithCode(code, kind, parentId).extract().path("id");
        return new Office(id, code);
    }
}
