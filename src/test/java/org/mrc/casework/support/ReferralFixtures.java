package org.mrc.casework.support;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A client of a fresh office, a partner with an offering, and referrals between them, created through the API as
 * a caseworker of the client's office would.
 */
public final class ReferralFixtures {

    private ReferralFixtures() {}

    /** One client, one partner (of {@code partnerType}) offering a language course, and the referring office. */
    public record Setup(String office, String client, String partner, String offering) {

        public String staff() {
            return Tokens.staff("caseworker", office);
        }

        public String partnerToken() {
            return Tokens.partner(partner);
        }
    }

    public static Setup setup(String partnerType) {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        Map<String, Object> person = ClientFixtures.person("Olena", ClientFixtures.uniqueName());
        person.put("originCountry", "UA");
        person.put("currentCountry", "PH");
        person.put("educationLevel", "BACHELOR");
        String client = ClientFixtures.registerId(office, person);
        String partner = DirectoryFixtures.registerPartner(partnerType);
        String location = DirectoryFixtures.addLocation(partner, DirectoryFixtures.uniqueLocality());
        String offering = DirectoryFixtures.offer("LANGUAGE_COURSE", partner, location, "tl");
        return new Setup(office, client, partner, offering);
    }

    public static Map<String, Object> referral(String offering, LocalDate dueDate, String... categories) {
        Map<String, Object> body = new HashMap<>();
        body.put("offeringId", offering);
        body.put("reason", "Needs Tagalog classes before job placement");
        body.put("priority", "ROUTINE");
        body.put("dueDate", dueDate.toString());
        body.put("note", "Evenings only");
        body.put("sharedCategories", List.of(categories));
        return body;
    }

    /** A draft sharing {@code categories}, due in two weeks; returns its id. */
    public static String draft(Setup s, String... categories) {
        return draft(s, LocalDate.now().plusDays(14), categories);
    }

    public static String draft(Setup s, LocalDate dueDate, String... categories) {
        return Api.as(s.staff())
                .body(referral(s.offering(), dueDate, categories))
                .post("/clients/" + s.client() + "/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> move(String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        return body;
    }

    public static Map<String, Object> move(String status, String reason) {
        Map<String, Object> body = move(status);
        body.put("reason", reason);
        return body;
    }

    public static Response staffMove(Setup s, String referral, long version, Map<String, Object> body) {
        return Api.as(s.staff())
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .post("/clients/" + s.client() + "/referrals/" + referral + "/status");
    }

    public static Response partnerMove(String token, String referral, long version, Map<String, Object> body) {
        return Api.as(token)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .post("/partner/referrals/" + referral + "/status");
    }

    /** A consent for the partner by id covering {@code categories}, then a sent referral sharing them (version 1). */
    public static String sent(Setup s, String... categories) {
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithPartner(s.partner(), categories));
        String referral = draft(s, categories);
        staffMove(s, referral, 0, move("requested")).then().statusCode(200);
        return referral;
    }
}
