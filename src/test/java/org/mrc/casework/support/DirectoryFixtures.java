package org.mrc.casework.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Partners, locations and offerings with unique values, created through the API as a coordinator would. */
public final class DirectoryFixtures {

    private DirectoryFixtures() {}

    public static String uniqueLocality() {
        return "Town " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> partner(String name, String... types) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("types", List.of(types));
        body.put("country", "PH");
        body.put("locality", "Batangas City");
        body.put(
                "contacts",
                List.of(Map.of("name", "Referral desk", "email", "desk@example.org", "phone", "+63 43 723 0000")));
        return body;
    }

    /** Registers a partner organisation (as an admin) and returns its id. */
    public static String registerPartner(String... types) {
        return Api.asAdmin()
                .body(partner("Partner " + UUID.randomUUID(), types.length == 0 ? new String[] {"NGO"} : types))
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> location(String locality) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Main office");
        body.put("address", "P. Burgos St. 12");
        body.put("locality", locality);
        body.put("country", "PH");
        body.put("latitude", 13.7565);
        body.put("longitude", 121.0583);
        return body;
    }

    public static String addLocation(String partnerId, String locality) {
        return Api.asAdmin()
                .body(location(locality))
                .post("/partners/" + partnerId + "/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> terms(String... languages) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("description", "Evening classes");
        terms.put("languages", List.of(languages));
        terms.put("eligibility", "Anyone, whatever their status");
        terms.put("minAge", 16);
        terms.put("maxAge", 65);
        terms.put("fees", "Free");
        terms.put("capacityNote", "20 places");
        return terms;
    }

    public static Map<String, Object> partnerOffering(
            String serviceType, String partnerId, String locationId, Map<String, Object> terms) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceType", serviceType);
        body.put("partnerId", partnerId);
        body.put("locationId", locationId);
        body.put("terms", terms);
        return body;
    }

    public static String offer(String serviceType, String partnerId, String locationId, String... languages) {
        return Api.asAdmin()
                .body(partnerOffering(serviceType, partnerId, locationId, terms(languages)))
                .post("/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static List<String> ids(List<Map<String, Object>> items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add((String) item.get("id")));
        return ids;
    }
}
