package org.mrc.casework.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mrc.casework.consent.ConsentPurpose.FOLLOW_UP_CONTACT;
import static org.mrc.casework.consent.ConsentPurpose.REFERRAL_SHARING;
import static org.mrc.casework.consent.ConsentPurpose.SERVICE_DELIVERY;
import static org.mrc.casework.privacy.DataCategory.CONTACT;
import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.DataCategory.LEGAL_AND_PROTECTION;
import static org.mrc.casework.privacy.DataCategory.SKILLS;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.OfficeFixtures;

/** The question later features ask, answered from consents recorded through the API. */
@QuarkusTest
class ConsentCheckTest {

    private static final Set<PartnerType> NO_TYPES = Set.of();

    @Inject
    ConsentCheck check;

    private String office;
    private UUID client;
    private UUID partner;
    private Instant now;

    @BeforeEach
    void aClientOfAnOffice() {
        office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        client = UUID.fromString(
                ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName())));
        partner = UUID.randomUUID();
        now = Instant.now();
    }

    @Test
    void aConsentNamingAPartnerPermitsThatPartnerOnly() {
        record(ConsentFixtures.sharingWithPartner(partner.toString(), "IDENTITY", "CONTACT"));
        assertTrue(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now));
        assertTrue(check.permits(client, partner, Set.of(PartnerType.NGO), IDENTITY, REFERRAL_SHARING, now));
        assertFalse(check.permits(client, UUID.randomUUID(), Set.of(PartnerType.NGO), CONTACT, REFERRAL_SHARING, now));
        assertFalse(check.permits(client, null, NO_TYPES, CONTACT, REFERRAL_SHARING, now), "the centre is not named");
        UUID otherClient = UUID.fromString(
                ClientFixtures.registerId(office, ClientFixtures.person("Oleg", ClientFixtures.uniqueName())));
        assertFalse(check.permits(otherClient, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now));
    }

    @Test
    void aConsentNamingAPartnerTypePermitsEveryPartnerOfThatType() {
        record(ConsentFixtures.sharingWithType("TRAINING_PROVIDER", "SKILLS"));
        assertTrue(check.permits(
                client,
                partner,
                Set.of(PartnerType.NGO, PartnerType.TRAINING_PROVIDER),
                SKILLS,
                REFERRAL_SHARING,
                now));
        assertTrue(check.permits(
                client, UUID.randomUUID(), Set.of(PartnerType.TRAINING_PROVIDER), SKILLS, REFERRAL_SHARING, now));
        assertFalse(check.permits(client, partner, Set.of(PartnerType.EMPLOYER), SKILLS, REFERRAL_SHARING, now));
        assertFalse(check.permits(client, partner, NO_TYPES, SKILLS, REFERRAL_SHARING, now));
    }

    @Test
    void aCategoryTheConsentDoesNotNameIsNotPermitted() {
        record(ConsentFixtures.sharingWithPartner(partner.toString(), "IDENTITY", "CONTACT"));
        assertFalse(check.permits(client, partner, NO_TYPES, LEGAL_AND_PROTECTION, REFERRAL_SHARING, now));
    }

    @Test
    void anotherPurposeIsNotPermitted() {
        record(ConsentFixtures.sharingWithPartner(partner.toString(), "CONTACT"));
        assertFalse(check.permits(client, partner, NO_TYPES, CONTACT, FOLLOW_UP_CONTACT, now));
        assertFalse(check.permits(client, null, NO_TYPES, CONTACT, SERVICE_DELIVERY, now));
    }

    @Test
    void aConsentWithoutRecipientPermitsTheCentreButNoPartner() {
        record(ConsentFixtures.consent("FOLLOW_UP_CONTACT", "CONTACT"));
        assertTrue(check.permits(client, null, NO_TYPES, CONTACT, FOLLOW_UP_CONTACT, now));
        assertTrue(check.permits(client, null, null, CONTACT, FOLLOW_UP_CONTACT, now));
        assertFalse(check.permits(client, partner, Set.of(PartnerType.NGO), CONTACT, FOLLOW_UP_CONTACT, now));
    }

    @Test
    void anExpiredConsentPermittedOnlyBeforeItsExpiry() {
        ConsentFixtures.Consent body = ConsentFixtures.sharingWithPartner(partner.toString(), "CONTACT");
        body.givenAt(now.minus(30, ChronoUnit.DAYS).toString());
        body.expiresAt(now.minus(1, ChronoUnit.DAYS).toString());
        record(body);
        assertFalse(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now));
        assertTrue(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now.minus(2, ChronoUnit.DAYS)));
        assertFalse(
                check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now.minus(31, ChronoUnit.DAYS)));
    }

    @Test
    void aWithdrawnConsentNoLongerPermits() {
        String consent = record(ConsentFixtures.sharingWithPartner(partner.toString(), "CONTACT"));
        ConsentFixtures.withdraw(office, client.toString(), consent, null);
        assertFalse(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, Instant.now()));
    }

    @Test
    void aConsentGivenInTheFuturePermitsFromThenOn() {
        ConsentFixtures.Consent body = ConsentFixtures.sharingWithPartner(partner.toString(), "CONTACT");
        body.givenAt(now.plus(2, ChronoUnit.DAYS).toString());
        record(body);
        assertFalse(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now));
        assertTrue(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now.plus(3, ChronoUnit.DAYS)));
    }

    @Test
    void aConsentWithdrawnLaterStillPermittedAtAnEarlierInstant() {
        ConsentFixtures.Consent body = ConsentFixtures.sharingWithPartner(partner.toString(), "CONTACT");
        body.givenAt(now.minus(10, ChronoUnit.HOURS).toString());
        String consent = record(body);
        Instant withdrawnAt = now.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ConsentFixtures.withdraw(office, client.toString(), consent, withdrawnAt);
        assertTrue(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now.minus(5, ChronoUnit.HOURS)));
        assertTrue(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, withdrawnAt.minusMillis(1)));
        assertFalse(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, withdrawnAt));
        assertFalse(check.permits(client, partner, NO_TYPES, CONTACT, REFERRAL_SHARING, now));
    }

    @Test
    void consentsAddUpAndWhatNoneCoversIsReportedMissing() {
        String byId = record(ConsentFixtures.sharingWithPartner(partner.toString(), "IDENTITY"));
        String byType = record(ConsentFixtures.sharingWithType("NGO", "CONTACT"));
        record(ConsentFixtures.sharingWithType("EMPLOYER", "SKILLS"));
        String withdrawn = record(ConsentFixtures.sharingWithPartner(partner.toString(), "LEGAL_AND_PROTECTION"));
        ConsentFixtures.withdraw(office, client.toString(), withdrawn, null);
        Set<PartnerType> ngo = Set.of(PartnerType.NGO);
        Instant at = Instant.now();

        assertEquals(
                Set.of(SKILLS, LEGAL_AND_PROTECTION),
                check.missing(
                        client,
                        partner,
                        ngo,
                        Set.of(IDENTITY, CONTACT, SKILLS, LEGAL_AND_PROTECTION),
                        REFERRAL_SHARING,
                        at));
        assertEquals(Set.of(), check.missing(client, partner, ngo, Set.of(IDENTITY, CONTACT), REFERRAL_SHARING, at));
        assertEquals(
                List.of(byId, byType),
                check.covering(client, partner, ngo, REFERRAL_SHARING, at).stream()
                        .map(view -> view.id().toString())
                        .toList());
        assertEquals(
                List.of(ConsentStatus.ACTIVE, ConsentStatus.ACTIVE),
                check.covering(client, partner, ngo, REFERRAL_SHARING, at).stream()
                        .map(ConsentView::status)
                        .toList());
    }

    @Test
    void requiringConsentFailsWithTheMissingCategoriesAndNoPersonalData() {
        record(ConsentFixtures.sharingWithPartner(partner.toString(), "IDENTITY"));
        check.require(client, partner, NO_TYPES, Set.of(IDENTITY), REFERRAL_SHARING, now);
        ApiException refused = assertThrows(
                ApiException.class,
                () -> check.require(
                        client, partner, NO_TYPES, Set.of(IDENTITY, CONTACT, SKILLS), REFERRAL_SHARING, now));
        assertEquals(ConsentCheck.CONSENT_REQUIRED, refused.type());
        assertEquals(409, refused.type().status());
        assertEquals(List.of("CONTACT", "SKILLS"), refused.extensions().get("missingCategories"));
        assertEquals("REFERRAL_SHARING", refused.extensions().get("purpose"));
    }

    private String record(ConsentFixtures.Consent body) {
        return ConsentFixtures.recordId(office, client.toString(), body);
    }
}
