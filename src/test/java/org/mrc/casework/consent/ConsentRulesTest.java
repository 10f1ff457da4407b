package org.mrc.casework.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/** The recipient rule of every purpose and the status of a consent over time, as tables. */
class ConsentRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /**
     * recipient given (none, partner, type, partner and type, office, office and partner) -> the field in error, or ""
     * when accepted; per purpose.
     */
    private static final Map<ConsentPurpose, List<String>> RECIPIENT_RULES = Map.of(
            ConsentPurpose.REFERRAL_SHARING,
                    List.of("$.recipientPartnerId", "", "", "$.recipientPartnerType", "", "$.recipientPartnerType"),
            ConsentPurpose.FOLLOW_UP_CONTACT,
                    List.of("", "", "", "$.recipientPartnerType", "$.recipientOfficeId", "$.recipientOfficeId"),
            ConsentPurpose.SERVICE_DELIVERY,
                    List.of(
                            "",
                            "$.recipientPartnerId",
                            "$.recipientPartnerType",
                            "$.recipientPartnerId",
                            "$.recipientOfficeId",
                            "$.recipientPartnerId"),
            ConsentPurpose.STATISTICS,
                    List.of(
                            "",
                            "$.recipientPartnerId",
                            "$.recipientPartnerType",
                            "$.recipientPartnerId",
                            "$.recipientOfficeId",
                            "$.recipientPartnerId"),
            ConsentPurpose.CASE_HANDOVER,
                    List.of(
                            "$.recipientOfficeId",
                            "$.recipientOfficeId",
                            "$.recipientOfficeId",
                            "$.recipientOfficeId",
                            "",
                            "$.recipientPartnerId"));

    @Test
    void everyPurposeAcceptsExactlyTheRecipientsItsRuleAllows() {
        assertEquals(ConsentPurpose.values().length, RECIPIENT_RULES.size());
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            List<String> expected = RECIPIENT_RULES.get(purpose);
            for (int given = 0; given < 6; given++) {
                UUID partner = given == 1 || given == 3 || given == 5 ? UUID.randomUUID() : null;
                PartnerType type = given == 2 || given == 3 ? PartnerType.NGO : null;
                UUID office = given >= 4 ? UUID.randomUUID() : null;
                ConsentRequests.RecordConsent request = new ConsentRequests.RecordConsent(
                        purpose,
                        partner,
                        type,
                        office,
                        Set.of(DataCategory.IDENTITY),
                        ConsentMethod.WRITTEN,
                        NOW,
                        null);
                String label = purpose + " with recipient case " + given;
                if (expected.get(given).isEmpty()) {
                    Consent.record(UUID.randomUUID(), request, "tester", NOW);
                } else {
                    ApiException refused = assertThrows(
                            ApiException.class, () -> Consent.record(UUID.randomUUID(), request, "tester", NOW), label);
                    assertEquals(400, refused.type().status(), label);
                    assertEquals(expected.get(given), refused.errors().get(0).field(), label);
                }
            }
        }
    }

    @Test
    void aConsentNamingNoRecipientForSharingAndAnEarlyExpiryReportsBothFields() {
        ApiException refused = assertThrows(
                ApiException.class,
                () -> Consent.record(
                        UUID.randomUUID(),
                        request(ConsentPurpose.REFERRAL_SHARING, null, null, NOW, NOW),
                        "tester",
                        NOW));
        assertEquals(
                List.of("$.recipientPartnerId", "$.expiresAt"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theStatusFollowsGivenExpiryAndWithdrawalInThatOrder() {
        Instant given = NOW.minus(10, ChronoUnit.DAYS);
        Instant expires = NOW.plus(10, ChronoUnit.DAYS);
        Consent consent = Consent.record(
                UUID.randomUUID(), request(ConsentPurpose.STATISTICS, null, null, given, expires), "tester", NOW);
        Map<Instant, ConsentStatus> before = Map.of(
                given.minusSeconds(1),
                ConsentStatus.NOT_YET_VALID,
                given,
                ConsentStatus.ACTIVE,
                expires.minusSeconds(1),
                ConsentStatus.ACTIVE,
                expires,
                ConsentStatus.EXPIRED);
        before.forEach((at, status) -> assertEquals(status, consent.statusAt(at), at.toString()));

        Instant withdrawn = NOW.minus(1, ChronoUnit.DAYS);
        consent.withdraw(withdrawn, null, "tester", NOW);
        Map<Instant, ConsentStatus> after = Map.of(
                given.minusSeconds(1),
                ConsentStatus.NOT_YET_VALID,
                withdrawn.minusSeconds(1),
                ConsentStatus.ACTIVE,
                withdrawn,
                ConsentStatus.WITHDRAWN,
                expires,
                ConsentStatus.WITHDRAWN);
        after.forEach((at, status) -> assertEquals(status, consent.statusAt(at), at.toString()));
    }

    @Test
    void aConsentIsWithdrawnOnceNeverInTheFutureAndNotBeforeItTookEffect() {
        Instant given = NOW.minus(10, ChronoUnit.DAYS);
        Consent consent = Consent.record(
                UUID.randomUUID(), request(ConsentPurpose.STATISTICS, null, null, given, null), "tester", NOW);
        List<String> fields = new ArrayList<>();
        for (Instant at : List.of(NOW.plusSeconds(1), given.minusSeconds(1))) {
            fields.add(assertThrows(ApiException.class, () -> consent.withdraw(at, null, "tester", NOW))
                    .errors()
                    .get(0)
                    .field());
        }
        assertEquals(List.of("$.withdrawnAt", "$.withdrawnAt"), fields);
        consent.withdraw(NOW, "  ", "tester", NOW);
        ApiException again = assertThrows(ApiException.class, () -> consent.withdraw(NOW, null, "tester", NOW));
        assertEquals(Consent.ALREADY_WITHDRAWN, again.type());
        assertEquals(null, consent.view(NOW).withdrawalNote());
    }

    private static ConsentRequests.RecordConsent request(
            ConsentPurpose purpose, UUID partner, PartnerType type, Instant given, Instant expires) {
        return new ConsentRequests.RecordConsent(
                purpose, partner, type, null, Set.of(DataCategory.IDENTITY), ConsentMethod.WRITTEN, given, expires);
    }
}
