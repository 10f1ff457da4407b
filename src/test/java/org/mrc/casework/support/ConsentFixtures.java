package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mrc.casework.consent.ConsentMethod;
import org.mrc.casework.consent.ConsentPurpose;
import org.mrc.casework.consent.ConsentRequests;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;

/** Consent bodies and recording through the API, as a caseworker of the client's office would. */
public final class ConsentFixtures {

    private ConsentFixtures() {}

    /** A written consent for {@code purpose}, given an hour ago, without recipient or expiry (enum names). */
    public static Consent consent(String purpose, String... categories) {
        return new Consent()
                .purpose(ConsentPurpose.valueOf(purpose))
                .dataCategories(categories(categories))
                .givenHow(ConsentMethod.WRITTEN)
                .givenAt(Instant.now().minusSeconds(3600));
    }

    /** A referral-sharing consent naming one partner organisation. */
    public static Consent sharingWithPartner(String partnerId, String... categories) {
        return consent("REFERRAL_SHARING", categories).recipientPartnerId(partnerId);
    }

    /** A referral-sharing consent naming a partner type. */
    public static Consent sharingWithType(String partnerType, String... categories) {
        return consent("REFERRAL_SHARING", categories).recipientPartnerType(PartnerType.valueOf(partnerType));
    }

    /** {@link DataCategory} names as a set in the order given. */
    public static Set<DataCategory> categories(String... names) {
        return Stream.of(names).map(DataCategory::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Response record(String officeCode, String clientId, Consent body) {
        Response response =
                Api.as(Tokens.staff("caseworker", officeCode)).body(body).post("/clients/" + clientId + "/consents");
        response.then().statusCode(201);
        return response;
    }

    public static String recordId(String officeCode, String clientId, Consent body) {
        return record(officeCode, clientId, body).path("id");
    }

    /** Withdraws a consent at version 0, effective {@code at} (now when null). */
    public static Response withdraw(String officeCode, String clientId, String consentId, Instant at) {
        Response response = Api.as(Tokens.staff("caseworker", officeCode))
                .header("If-Match", "\"0\"")
                .body(new Withdrawal().withdrawnAt(at))
                .post("/clients/" + clientId + "/consents/" + consentId + "/withdraw");
        response.then().statusCode(200);
        return response;
    }

    /** A {@link ConsentRequests.RecordConsent} body built field by field: a misspelt field does not compile. */
    public static final class Consent {

        private ConsentPurpose purpose;
        private UUID recipientPartnerId;
        private PartnerType recipientPartnerType;
        private UUID recipientOfficeId;
        private Set<DataCategory> dataCategories;
        private ConsentMethod givenHow;
        private Instant givenAt;
        private Instant expiresAt;

        public Consent purpose(ConsentPurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        public Consent recipientPartnerId(UUID recipientPartnerId) {
            this.recipientPartnerId = recipientPartnerId;
            return this;
        }

        public Consent recipientPartnerId(String recipientPartnerId) {
            return recipientPartnerId(recipientPartnerId == null ? null : UUID.fromString(recipientPartnerId));
        }

        public Consent recipientPartnerType(PartnerType recipientPartnerType) {
            this.recipientPartnerType = recipientPartnerType;
            return this;
        }

        public Consent recipientOfficeId(UUID recipientOfficeId) {
            this.recipientOfficeId = recipientOfficeId;
            return this;
        }

        public Consent recipientOfficeId(String recipientOfficeId) {
            return recipientOfficeId(recipientOfficeId == null ? null : UUID.fromString(recipientOfficeId));
        }

        public Consent dataCategories(Set<DataCategory> dataCategories) {
            this.dataCategories = dataCategories;
            return this;
        }

        public Consent givenHow(ConsentMethod givenHow) {
            this.givenHow = givenHow;
            return this;
        }

        public Consent givenAt(Instant givenAt) {
            this.givenAt = givenAt;
            return this;
        }

        public Consent givenAt(String givenAt) {
            return givenAt(givenAt == null ? null : Instant.parse(givenAt));
        }

        public Consent expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Consent expiresAt(String expiresAt) {
            return expiresAt(expiresAt == null ? null : Instant.parse(expiresAt));
        }

        @JsonValue
        public ConsentRequests.RecordConsent build() {
            return new ConsentRequests.RecordConsent(
                    purpose,
                    recipientPartnerId,
                    recipientPartnerType,
                    recipientOfficeId,
                    dataCategories,
                    givenHow,
                    givenAt,
                    expiresAt);
        }
    }

    /** A {@link ConsentRequests.WithdrawConsent} body built field by field: a misspelt field does not compile. */
    public static final class Withdrawal {

        private Instant withdrawnAt;
        private String note;

        public Withdrawal withdrawnAt(Instant withdrawnAt) {
            this.withdrawnAt = withdrawnAt;
            return this;
        }

        public Withdrawal withdrawnAt(String withdrawnAt) {
            return withdrawnAt(withdrawnAt == null ? null : Instant.parse(withdrawnAt));
        }

        public Withdrawal note(String note) {
            this.note = note;
            return this;
        }

        @JsonValue
        public ConsentRequests.WithdrawConsent build() {
            return new ConsentRequests.WithdrawConsent(withdrawnAt, note);
        }
    }
}
