package org.mrc.casework.subjectaccess;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ServiceFixtures;
import org.mrc.casework.support.Tokens;

/**
 * A client with a row in every table the subject-access report covers, created through the API as the owning
 * office's staff would: a corrected record, an episode with a confidential note, a household link, human capital, a
 * consent withdrawn and one in force, a referral sent to a partner and read by it, a service, a session attended, a
 * handover proposed and a merged duplicate.
 */
final class SubjectAccessFixtures {

    static final String REPORT_REASON = "DATA_SUBJECT_REQUEST; the client asked for a copy of their file at the desk";

    private SubjectAccessFixtures() {}

    /** What the fixture wrote that a report must show. */
    record Held(
            ReferralFixtures.Setup setup,
            String officeId,
            String oldFamilyName,
            String newFamilyName,
            String confidentialNote,
            String referral,
            String withdrawnConsent) {

        String client() {
            return setup.client();
        }

        String office() {
            return setup.office();
        }

        String staff() {
            return setup.staff();
        }
    }

    static Response report(String token, String clientId, String reason, String accept) {
        var request = Api.as(token).accept(accept);
        if (reason != null) {
            request.header("X-Access-Reason", reason);
        }
        return request.get("/clients/" + clientId + "/subject-access");
    }

    /** A client holding something in every covered table; {@code person} adjusts the registered record. */
    static Held everythingHeld(UnaryOperator<ClientFixtures.Person> changes) {
        return everythingHeld(changes, ClientFixtures.uniqueName(), ClientFixtures.uniqueName());
    }

    /** As {@link #everythingHeld(UnaryOperator)}, registered as {@code oldFamily} and corrected to {@code newFamily}. */
    static Held everythingHeld(UnaryOperator<ClientFixtures.Person> changes, String oldFamily, String newFamily) {
        HouseholdFixtures.Office office = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        ClientFixtures.Person person = changes.apply(ClientFixtures.person("Olena", oldFamily));
        String client = ClientFixtures.registerId(office.code(), person);
        String staff = Tokens.staff("caseworker", office.code());

        // a correction: family name and phone
        Api.as(staff)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("familyName", newFamily, "phone", "+380 44 1234567"))
                .patch("/clients/" + client)
                .then()
                .statusCode(200);

        // an episode with a confidential (S2) note
        String note = "Confidential subject-access note " + newFamily;
        String episode = EpisodeFixtures.openId(staff, client, EpisodeFixtures.labour("2023-01-10"));
        EpisodeFixtures.PhaseChange move = EpisodeFixtures.move("PRE_DEPARTURE", null, "2023-02-01");
        move.note(note);
        move.confidentialNote(true);
        EpisodeFixtures.moved(staff, client, episode, move);

        // a relative
        String relative = ClientFixtures.registerId(office.code(), ClientFixtures.person("Ana", oldFamily));
        HouseholdFixtures.linked(staff, client, HouseholdFixtures.link(relative, "SPOUSE", "LIVES_WITH"));

        // human capital
        Api.as(staff)
                .body(HumanCapitalFixtures.diploma(
                        2010, List.of(HumanCapitalFixtures.recognition("PH", "RECOGNISED", "2020-01-01"))))
                .post("/clients/" + client + "/diplomas")
                .then()
                .statusCode(201);
        Api.as(staff)
                .body(HumanCapitalFixtures.skill("Welding", "ON_THE_JOB", "UA"))
                .post("/clients/" + client + "/skills")
                .then()
                .statusCode(201);
        Api.as(staff)
                .body(HumanCapitalFixtures.language("tl", "A2", null, null))
                .post("/clients/" + client + "/languages")
                .then()
                .statusCode(201);
        Api.as(staff)
                .body(HumanCapitalFixtures.employment(
                        "DURING", "Welder", 7, "FORMAL", "2015-01-01", "2019-01-01", false))
                .post("/clients/" + client + "/employment")
                .then()
                .statusCode(201);

        // a consent withdrawn, and a referral sent under another one, read by the partner
        String withdrawn = ConsentFixtures.recordId(
                office.code(), client, ConsentFixtures.consent("SERVICE_DELIVERY", "IDENTITY", "CONTACT"));
        ConsentFixtures.withdraw(office.code(), client, withdrawn, null);
        String partner = org.mrc.casework.support.DirectoryFixtures.registerPartner("NGO");
        String location = org.mrc.casework.support.DirectoryFixtures.addLocation(
                partner, org.mrc.casework.support.DirectoryFixtures.uniqueLocality());
        String offering = org.mrc.casework.support.DirectoryFixtures.offer("LANGUAGE_COURSE", partner, location, "tl");
        ReferralFixtures.Setup setup = new ReferralFixtures.Setup(office.code(), client, partner, offering);
        String referral = ReferralFixtures.sent(setup, "IDENTITY", "SKILLS");
        Api.as(setup.partnerToken())
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200);

        // a service delivered and a session attended
        Api.as(staff)
                .body(ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.now().minusDays(3)))
                .post("/clients/" + client + "/services")
                .then()
                .statusCode(201);
        String sessionId = Api.as(staff)
                .body(ServiceFixtures.session("LANGUAGE_COURSE", LocalDate.now().minusDays(2)))
                .post("/group-sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(staff)
                .header("If-Match", "\"0\"")
                .body(Map.of("clientId", client))
                .post("/group-sessions/" + sessionId + "/attendees")
                .then()
                .statusCode(200);

        // a handover proposed to another office
        String target = HouseholdFixtures.office("RESOURCE_CENTRE", null).id();
        ConsentFixtures.Consent handoverConsent = ConsentFixtures.consent("CASE_HANDOVER", "IDENTITY");
        handoverConsent.recipientOfficeId(target);
        ConsentFixtures.record(office.code(), client, handoverConsent);
        Api.as(staff)
                .body(Map.of("toOfficeId", target, "summary", "Moving to the capital", "memberIds", List.of()))
                .post("/clients/" + client + "/handovers")
                .then()
                .statusCode(201);

        // a duplicate merged into the client
        String duplicate = ClientFixtures.registerId(
                office.code(), ClientFixtures.person(person.build().givenName(), newFamily));
        Api.as(Tokens.staff("coordinator", office.code()))
                .body(Map.of("duplicateId", duplicate))
                .post("/clients/" + client + "/merges")
                .then()
                .statusCode(201);

        return new Held(setup, office.id(), oldFamily, newFamily, note, referral, withdrawn);
    }
}
