package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.referral.ReferralPriority;
import org.mrc.casework.referral.ReferralReason;
import org.mrc.casework.referral.ReferralRequests;
import org.mrc.casework.referral.ReferralStatus;

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
        ClientFixtures.Person person = ClientFixtures.person("Olena", ClientFixtures.uniqueName())
                .originCountry("UA")
                .currentCountry("PH")
                .educationLevel(EducationLevel.BACHELOR);
        String client = ClientFixtures.registerId(office, person);
        String partner = DirectoryFixtures.registerPartner(partnerType);
        String location = DirectoryFixtures.addLocation(partner, DirectoryFixtures.uniqueLocality());
        String offering = DirectoryFixtures.offer("LANGUAGE_COURSE", partner, location, "tl");
        return new Setup(office, client, partner, offering);
    }

    /** A routine referral to {@code offering} sharing {@code categories} ({@link DataCategory} names). */
    public static Referral referral(String offering, LocalDate dueDate, String... categories) {
        return new Referral()
                .offeringId(offering)
                .reason("Needs Tagalog classes before job placement")
                .priority(ReferralPriority.ROUTINE)
                .dueDate(dueDate)
                .note("Evenings only")
                .sharedCategories(ConsentFixtures.categories(categories));
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

    /** A move to {@code status}, by its FHIR code ({@code "requested"}, {@code "in-progress"}). */
    public static Move move(String status) {
        return new Move().status(ReferralStatus.of(status));
    }

    /** A move to {@code status} for a {@link ReferralReason} (by name). */
    public static Move move(String status, String reason) {
        return move(status).reason(ReferralReason.valueOf(reason));
    }

    public static Response staffMove(Setup s, String referral, long version, Move body) {
        return Api.as(s.staff())
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .post("/clients/" + s.client() + "/referrals/" + referral + "/status");
    }

    public static Response partnerMove(String token, String referral, long version, Move body) {
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

    /** A {@link ReferralRequests.CreateReferral} body built field by field: a misspelt field does not compile. */
    public static final class Referral {

        private UUID offeringId;
        private String reason;
        private ReferralPriority priority;
        private LocalDate dueDate;
        private String note;
        private Set<DataCategory> sharedCategories;
        private String eligibilityOverride;

        public Referral offeringId(UUID offeringId) {
            this.offeringId = offeringId;
            return this;
        }

        public Referral offeringId(String offeringId) {
            return offeringId(offeringId == null ? null : UUID.fromString(offeringId));
        }

        public Referral reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Referral priority(ReferralPriority priority) {
            this.priority = priority;
            return this;
        }

        public Referral dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Referral dueDate(String dueDate) {
            return dueDate(dueDate == null ? null : LocalDate.parse(dueDate));
        }

        public Referral note(String note) {
            this.note = note;
            return this;
        }

        public Referral sharedCategories(Set<DataCategory> sharedCategories) {
            this.sharedCategories = sharedCategories;
            return this;
        }

        public Referral eligibilityOverride(String eligibilityOverride) {
            this.eligibilityOverride = eligibilityOverride;
            return this;
        }

        @JsonValue
        public ReferralRequests.CreateReferral build() {
            return new ReferralRequests.CreateReferral(
                    offeringId, reason, priority, dueDate, note, sharedCategories, eligibilityOverride);
        }
    }

    /** A {@link ReferralRequests.StatusChange} body built field by field: a misspelt field does not compile. */
    public static final class Move {

        private ReferralStatus status;
        private ReferralReason reason;
        private String reasonText;
        private ReferralRequests.OutcomeReport outcome;

        public Move status(ReferralStatus status) {
            this.status = status;
            return this;
        }

        public Move reason(ReferralReason reason) {
            this.reason = reason;
            return this;
        }

        public Move reasonText(String reasonText) {
            this.reasonText = reasonText;
            return this;
        }

        public Move outcome(ReferralRequests.OutcomeReport outcome) {
            this.outcome = outcome;
            return this;
        }

        @JsonValue
        public ReferralRequests.StatusChange build() {
            return new ReferralRequests.StatusChange(status, reason, reasonText, outcome);
        }
    }
}
