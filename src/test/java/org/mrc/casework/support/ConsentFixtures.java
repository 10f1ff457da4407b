package org.mrc.casework.support;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Consent bodies and recording through the API, as a caseworker of the client's office would. */
public final class ConsentFixtures {

    private ConsentFixtures() {}

    /** A written consent for {@code purpose}, given an hour ago, without recipient or expiry. */
    public static Map<String, Object> consent(String purpose, String... categories) {
        Map<String, Object> body = new HashMap<>();
        body.put("purpose", purpose);
        body.put("dataCategories", List.of(categories));
        body.put("givenHow", "WRITTEN");
        body.put("givenAt", Instant.now().minusSeconds(3600).toString());
        return body;
    }

    /** A referral-sharing consent naming one partner organisation. */
    public static Map<String, Object> sharingWithPartner(String partnerId, String... categories) {
        Map<String, Object> body = consent("REFERRAL_SHARING", categories);
        body.put("recipientPartnerId", partnerId);
        return body;
    }

    /** A referral-sharing consent naming a partner type. */
    public static Map<String, Object> sharingWithType(String partnerType, String... categories) {
        Map<String, Object> body = consent("REFERRAL_SHARING", categories);
        body.put("recipientPartnerType", partnerType);
        return body;
    }

    public static Response record(String officeCode, String clientId, Map<String, Object> body) {
        Response response =
                Api.as(Tokens.staff("caseworker", officeCode)).body(body).post("/clients/" + clientId + "/consents");
        response.then().statusCode(201);
        return response;
    }

    public static String recordId(String officeCode, String clientId, Map<String, Object> body) {
        return record(officeCode, clientId, body).path("id");
    }

    /** Withdraws a consent at version 0, effective {@code at} (now when null). */
    public static Response withdraw(String officeCode, String clientId, String consentId, Instant at) {
        Map<String, Object> body = new HashMap<>();
        if (at != null) {
            body.put("withdrawnAt", at.toString());
        }
        Response response = Api.as(Tokens.staff("caseworker", officeCode))
                .header("If-Match", "\"0\"")
                .body(body)
                .post("/clients/" + clientId + "/consents/" + consentId + "/withdraw");
        response.then().statusCode(200);
        return response;
    }
}
