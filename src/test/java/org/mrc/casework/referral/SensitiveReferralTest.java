package org.mrc.casework.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Pages;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ServiceTypeFixtures;
import org.mrc.casework.support.Tokens;

/** A referral of an S2 service type does not exist for readers below S2: not listed, not counted, not readable. */
@QuarkusTest
class SensitiveReferralTest {

    @Test
    void anOutOfScopeReaderDoesNotLearnAnS2ReferralExistsAndPagingAndTheTimelineDoNotBetrayIt() {
        ReferralFixtures.Setup s = ReferralFixtures.setup("NGO");
        String sensitiveType = ServiceTypeFixtures.sensitive();
        String shelter = DirectoryFixtures.registerPartner("NGO");
        String shelterOffering = DirectoryFixtures.offer(
                sensitiveType, shelter, DirectoryFixtures.addLocation(shelter, DirectoryFixtures.uniqueLocality()));
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithType("NGO", "IDENTITY"));

        String older = ReferralFixtures.draft(s, "IDENTITY");
        String sensitive = Api.as(s.staff())
                .body(ReferralFixtures.referral(shelterOffering, LocalDate.now().plusDays(7), "IDENTITY"))
                .post("/clients/" + s.client() + "/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ReferralFixtures.staffMove(s, sensitive, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);
        String newer = ReferralFixtures.draft(s, "IDENTITY");
        ReferralFixtures.staffMove(s, newer, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);

        String outsider = Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
        String referrals = "/clients/" + s.client() + "/referrals";

        // one item a page: exactly the two visible referrals, and the last page says so (no dangling cursor)
        assertEquals(List.of(newer, older), Pages.ids(outsider, referrals));
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get(referrals + "/" + sensitive)
                .then()
                .statusCode(404);
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get(referrals + "/" + newer)
                .then()
                .statusCode(200)
                .body("serviceType", equalTo("LANGUAGE_COURSE"));
        String timeline = Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + s.client() + "/timeline?limit=200")
                .then()
                .statusCode(200)
                // created (older), created and requested (newer); none of the sensitive one's two events
                .body("items.findAll { it.kind == 'REFERRAL_STATUS_CHANGED' }.size()", equalTo(3))
                .extract()
                .asString();
        assertFalse(timeline.contains(sensitive) || timeline.contains(sensitiveType), timeline);

        // the owning office sees all three, and their events
        assertEquals(List.of(newer, sensitive, older), Pages.ids(s.staff(), referrals));
        Api.as(s.staff())
                .get(referrals + "/" + sensitive)
                .then()
                .statusCode(200)
                .body("serviceType", equalTo(sensitiveType))
                .body("history.size()", equalTo(2));
        Api.as(s.staff())
                .get("/clients/" + s.client() + "/timeline?limit=200")
                .then()
                .body("items.findAll { it.kind == 'REFERRAL_STATUS_CHANGED' }.size()", equalTo(5));

        // the rule follows the type's current tier: an admin who lowers it to S1 shows the referral to S1 readers
        ServiceTypeFixtures.NewServiceType edit = ServiceTypeFixtures.type(sensitiveType, "PROTECTION");
        edit.code(null);
        edit.tier(Tier.S1);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(edit)
                .put("/service-types/" + sensitiveType)
                .then()
                .statusCode(200);
        assertEquals(List.of(newer, sensitive, older), Pages.ids(outsider, referrals));
    }

    @Test
    void theAddressedPartnerStillSeesItsOwnS2ReferralWithOnlyTheConsentedClientData() {
        ReferralFixtures.Setup plain = ReferralFixtures.setup("NGO");
        String sensitiveType = ServiceTypeFixtures.sensitive();
        String shelter = DirectoryFixtures.registerPartner("NGO");
        String offering = DirectoryFixtures.offer(
                sensitiveType, shelter, DirectoryFixtures.addLocation(shelter, DirectoryFixtures.uniqueLocality()));
        ReferralFixtures.Setup s = new ReferralFixtures.Setup(plain.office(), plain.client(), shelter, offering);
        // a type consent: the partner gets the identity fields, never S2 ones such as the gender identity
        ConsentFixtures.record(s.office(), s.client(), ConsentFixtures.sharingWithType("NGO", "IDENTITY"));
        String referral = ReferralFixtures.draft(s, "IDENTITY");
        ReferralFixtures.staffMove(s, referral, 0, ReferralFixtures.move("requested"))
                .then()
                .statusCode(200);

        Api.as(s.partnerToken())
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(200)
                .body("serviceType", equalTo(sensitiveType))
                .body("client.givenName", equalTo("Olena"))
                .body("client.genderIdentity", nullValue())
                .body("client", not(equalTo(null)))
                .body("client.administrativeStatus", nullValue())
                .body("client.vulnerabilities", nullValue());
        Api.as(plain.partnerToken())
                .get("/partner/referrals/" + referral)
                .then()
                .statusCode(404);
    }
}
