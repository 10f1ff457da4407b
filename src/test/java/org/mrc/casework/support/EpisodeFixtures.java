package org.mrc.casework.support;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opens and moves migration episodes through the API, as a caseworker of the client's office would. */
public final class EpisodeFixtures {

    private EpisodeFixtures() {}

    /** A labour journey from the Philippines to Saudi Arabia, starting in PRE_DECISION on {@code date}. */
    public static Map<String, Object> labour(String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "LABOUR");
        body.put("originCountry", "PH");
        body.put("originLocality", "Lipa City");
        body.put("destinationCountry", "SA");
        body.put("destinationLocality", "Riyadh");
        body.put("effectiveDate", date);
        return body;
    }

    public static Map<String, Object> move(String phase, String subStage, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("phase", phase);
        if (subStage != null) {
            body.put("subStage", subStage);
        }
        body.put("effectiveDate", date);
        return body;
    }

    public static Map<String, Object> returning(String date, String circumstance, String completeness) {
        Map<String, Object> body = move("RETURN", "REINTEGRATING", date);
        body.put("returnDetails", Map.of("circumstance", circumstance, "completeness", completeness));
        return body;
    }

    public static Response open(String token, String clientId, Map<String, Object> body) {
        return Api.as(token).body(body).post("/clients/" + clientId + "/episodes");
    }

    public static String openId(String token, String clientId, Map<String, Object> body) {
        Response response = open(token, clientId, body);
        response.then().statusCode(201);
        return response.path("id");
    }

    /** Posts a phase change with the episode's current ETag (read first) and returns the response. */
    public static Response change(String token, String clientId, String episodeId, Map<String, Object> body) {
        return Api.as(token)
                .header("If-Match", etag(token, clientId, episodeId))
                .body(body)
                .post(path(clientId, episodeId) + "/phase-changes");
    }

    /** As {@link #change}, expecting success. */
    public static Response moved(String token, String clientId, String episodeId, Map<String, Object> body) {
        Response response = change(token, clientId, episodeId, body);
        response.then().statusCode(200);
        return response;
    }

    public static Response close(String token, String clientId, String episodeId, String date) {
        return Api.as(token)
                .header("If-Match", etag(token, clientId, episodeId))
                .body(Map.of("closedOn", date))
                .post(path(clientId, episodeId) + "/close");
    }

    /** Replaces the legs of the journey with the episode's current ETag (read first) and returns the response. */
    public static Response recordLegs(String token, String clientId, String episodeId, List<Map<String, Object>> legs) {
        return Api.as(token)
                .header("If-Match", etag(token, clientId, episodeId))
                .body(Map.of("legs", legs))
                .put(path(clientId, episodeId) + "/legs");
    }

    /** A leg of a journey: a country, its dates and the activity there. */
    public static Map<String, Object> leg(String country, String from, String to, String activity) {
        Map<String, Object> leg = new HashMap<>();
        leg.put("country", country);
        if (from != null) {
            leg.put("fromDate", from);
        }
        if (to != null) {
            leg.put("toDate", to);
        }
        leg.put("activity", activity);
        return leg;
    }

    public static String etag(String token, String clientId, String episodeId) {
        return Api.as(token)
                .get(path(clientId, episodeId))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static String path(String clientId, String episodeId) {
        return "/clients/" + clientId + "/episodes/" + episodeId;
    }
}
