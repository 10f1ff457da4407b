package org.mrc.casework.consent;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Pages;
import org.mrc.casework.support.ServiceTypeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * A consent that lists an S2 category, or names a partner offering an S2 service (an anti-trafficking organisation),
 * says what the S2 data say: it does not exist for readers below S2.
 */
@QuarkusTest
class SensitiveConsentTest {

    @Test
    void aConsentThatBetraysAnS2FactIsAbsentForAnOutOfScopeReaderAndPagingDoesNotBetrayIt() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Idriss", ClientFixtures.uniqueName()));
        String shelter = DirectoryFixtures.registerPartner("NGO");
        DirectoryFixtures.offer(
                ServiceTypeFixtures.sensitive(),
                shelter,
                DirectoryFixtures.addLocation(shelter, DirectoryFixtures.uniqueLocality()));
        String school = DirectoryFixtures.registerPartner("TRAINING_PROVIDER");
        DirectoryFixtures.offer(
                "LANGUAGE_COURSE",
                school,
                DirectoryFixtures.addLocation(school, DirectoryFixtures.uniqueLocality()),
                "tl");

        String statistics = ConsentFixtures.recordId(office, client, ConsentFixtures.consent("STATISTICS", "IDENTITY"));
        String protection = ConsentFixtures.recordId(
                office, client, ConsentFixtures.consent("STATISTICS", "IDENTITY", "LEGAL_AND_PROTECTION"));
        String toShelter =
                ConsentFixtures.recordId(office, client, ConsentFixtures.sharingWithPartner(shelter, "IDENTITY"));
        String toSchool =
                ConsentFixtures.recordId(office, client, ConsentFixtures.sharingWithPartner(school, "SKILLS"));

        String outsider = Tokens.staff("caseworker", OfficeFixtures.openCode("MIGRATION_DESK", null));
        String consents = "/clients/" + client + "/consents";
        assertEquals(List.of(toSchool, statistics), Pages.ids(outsider, consents));
        for (String hidden : List.of(protection, toShelter)) {
            Api.as(outsider)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .get(consents + "/" + hidden)
                    .then()
                    .statusCode(404);
        }
        Api.as(outsider)
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get(consents + "/" + toSchool)
                .then()
                .statusCode(200)
                .body("recipientPartnerId", equalTo(school));

        String owner = Tokens.staff("caseworker", office);
        assertEquals(List.of(toSchool, toShelter, protection, statistics), Pages.ids(owner, consents));
        Api.as(owner)
                .get(consents + "/" + toShelter)
                .then()
                .statusCode(200)
                .body("recipientPartnerId", equalTo(shelter));
    }
}
