package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mrc.casework.partner.DirectoryRequests;
import org.mrc.casework.partner.EligibilityRules;
import org.mrc.casework.partner.PartnerType;

/** Partners, locations and offerings with unique values, created through the API as a coordinator would. */
public final class DirectoryFixtures {

    private DirectoryFixtures() {}

    public static String uniqueLocality() {
        return "Town " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A partner in Batangas City with a referral desk; {@code types} are {@link PartnerType} names. */
    public static Partner partner(String name, String... types) {
        return new Partner()
                .name(name)
                .types(Stream.of(types).map(PartnerType::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)))
                .country("PH")
                .locality("Batangas City")
                .contacts(new PartnerContact()
                        .name("Referral desk")
                        .email("desk@example.org")
                        .phone("+63 43 723 0000"));
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

    public static Location location(String locality) {
        return new Location()
                .name("Main office")
                .address("P. Burgos St. 12")
                .locality(locality)
                .country("PH")
                .latitude(13.7565)
                .longitude(121.0583);
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

    public static OfferingTerms terms(String... languages) {
        return new OfferingTerms()
                .description("Evening classes")
                .languages(List.of(languages))
                .eligibility("Anyone, whatever their status")
                .minAge(16)
                .maxAge(65)
                .fees("Free")
                .capacityNote("20 places");
    }

    /** An offering of {@code serviceType} by a partner at one of its locations. */
    public static Offering partnerOffering(
            String serviceType, String partnerId, String locationId, OfferingTerms terms) {
        return new Offering()
                .serviceType(serviceType)
                .partnerId(partnerId)
                .locationId(locationId)
                .terms(terms);
    }

    /** An offering of {@code serviceType} by one of the centre's own offices. */
    public static Offering officeOffering(String serviceType, String providerOfficeId, OfferingTerms terms) {
        return new Offering()
                .serviceType(serviceType)
                .providerOfficeId(providerOfficeId)
                .terms(terms);
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

    /** A {@link DirectoryRequests.RegisterPartner} body built field by field: a misspelt field does not compile. */
    public static final class Partner {

        private String name;
        private Set<PartnerType> types;
        private String country;
        private String locality;
        private String website;
        private List<DirectoryRequests.Contact> contacts;

        public Partner name(String name) {
            this.name = name;
            return this;
        }

        public Partner types(Set<PartnerType> types) {
            this.types = types;
            return this;
        }

        public Partner country(String country) {
            this.country = country;
            return this;
        }

        public Partner locality(String locality) {
            this.locality = locality;
            return this;
        }

        public Partner website(String website) {
            this.website = website;
            return this;
        }

        public Partner contacts(List<DirectoryRequests.Contact> contacts) {
            this.contacts = contacts;
            return this;
        }

        public Partner contacts(PartnerContact... contacts) {
            return contacts(Stream.of(contacts).map(PartnerContact::build).toList());
        }

        @JsonValue
        public DirectoryRequests.RegisterPartner build() {
            return new DirectoryRequests.RegisterPartner(name, types, country, locality, website, contacts);
        }
    }

    /** A {@link DirectoryRequests.Contact} body built field by field: a misspelt field does not compile. */
    public static final class PartnerContact {

        private String name;
        private String role;
        private String email;
        private String phone;

        public PartnerContact name(String name) {
            this.name = name;
            return this;
        }

        public PartnerContact role(String role) {
            this.role = role;
            return this;
        }

        public PartnerContact email(String email) {
            this.email = email;
            return this;
        }

        public PartnerContact phone(String phone) {
            this.phone = phone;
            return this;
        }

        @JsonValue
        public DirectoryRequests.Contact build() {
            return new DirectoryRequests.Contact(name, role, email, phone);
        }
    }

    /** A {@link DirectoryRequests.LocationDetails} body built field by field: a misspelt field does not compile. */
    public static final class Location {

        private String name;
        private String address;
        private String locality;
        private String country;
        private Double latitude;
        private Double longitude;

        public Location name(String name) {
            this.name = name;
            return this;
        }

        public Location address(String address) {
            this.address = address;
            return this;
        }

        public Location locality(String locality) {
            this.locality = locality;
            return this;
        }

        public Location country(String country) {
            this.country = country;
            return this;
        }

        public Location latitude(Double latitude) {
            this.latitude = latitude;
            return this;
        }

        public Location longitude(Double longitude) {
            this.longitude = longitude;
            return this;
        }

        @JsonValue
        public DirectoryRequests.LocationDetails build() {
            return new DirectoryRequests.LocationDetails(name, address, locality, country, latitude, longitude);
        }
    }

    /** A {@link DirectoryRequests.Terms} body built field by field: a misspelt field does not compile. */
    public static final class OfferingTerms {

        private String description;
        private List<String> languages;
        private String eligibility;
        private Integer minAge;
        private Integer maxAge;
        private String fees;
        private String capacityNote;
        private EligibilityRules rules;

        public OfferingTerms description(String description) {
            this.description = description;
            return this;
        }

        public OfferingTerms languages(List<String> languages) {
            this.languages = languages;
            return this;
        }

        public OfferingTerms eligibility(String eligibility) {
            this.eligibility = eligibility;
            return this;
        }

        public OfferingTerms minAge(Integer minAge) {
            this.minAge = minAge;
            return this;
        }

        public OfferingTerms maxAge(Integer maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        public OfferingTerms fees(String fees) {
            this.fees = fees;
            return this;
        }

        public OfferingTerms capacityNote(String capacityNote) {
            this.capacityNote = capacityNote;
            return this;
        }

        public OfferingTerms rules(EligibilityRules rules) {
            this.rules = rules;
            return this;
        }

        @JsonValue
        public DirectoryRequests.Terms build() {
            return new DirectoryRequests.Terms(
                    description, languages, eligibility, minAge, maxAge, fees, capacityNote, rules);
        }
    }

    /** A {@link DirectoryRequests.CreateOffering} body built field by field: a misspelt field does not compile. */
    public static final class Offering {

        private String serviceType;
        private UUID partnerId;
        private UUID locationId;
        private UUID providerOfficeId;
        private DirectoryRequests.Terms terms;

        public Offering serviceType(String serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        public Offering partnerId(UUID partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Offering partnerId(String partnerId) {
            return partnerId(partnerId == null ? null : UUID.fromString(partnerId));
        }

        public Offering locationId(UUID locationId) {
            this.locationId = locationId;
            return this;
        }

        public Offering locationId(String locationId) {
            return locationId(locationId == null ? null : UUID.fromString(locationId));
        }

        public Offering providerOfficeId(UUID providerOfficeId) {
            this.providerOfficeId = providerOfficeId;
            return this;
        }

        public Offering providerOfficeId(String providerOfficeId) {
            return providerOfficeId(providerOfficeId == null ? null : UUID.fromString(providerOfficeId));
        }

        public Offering terms(DirectoryRequests.Terms terms) {
            this.terms = terms;
            return this;
        }

        public Offering terms(OfferingTerms terms) {
            return terms(terms.build());
        }

        @JsonValue
        public DirectoryRequests.CreateOffering build() {
            return new DirectoryRequests.CreateOffering(serviceType, partnerId, locationId, providerOfficeId, terms);
        }
    }
}
