package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.mrc.casework.client.household.HouseholdRelation;
import org.mrc.casework.client.household.HouseholdRequests;
import org.mrc.casework.client.household.Residence;

/** Household links and the office ids tests need to set up staff at several levels. */
public final class HouseholdFixtures {

    private HouseholdFixtures() {}

    /** A link to {@code relatedClientId}: {@code type} a {@link HouseholdRelation}, {@code residence} a {@link Residence}. */
    public static Link link(String relatedClientId, String type, String residence) {
        return new Link()
                .relatedClientId(relatedClientId)
                .type(HouseholdRelation.valueOf(type))
                .residence(Residence.valueOf(residence));
    }

    /** Links {@code relatedClientId} to {@code clientId} as {@code token}'s holder and returns the 201 response. */
    public static Response linked(String token, String clientId, Link body) {
        Response response = Api.as(token).body(body).post("/clients/" + clientId + "/household-links");
        response.then().statusCode(201);
        return response;
    }

    /** An office opened for one test: its id (to place offices below it) and code (what staff tokens carry). */
    public record Office(String id, String code) {}

    public static Office office(String kind, String parentId) {
        String code = OfficeFixtures.uniqueCode();
        String id = OfficeFixtures.openWithCode(code, kind, parentId).extract().path("id");
        return new Office(id, code);
    }

    /** A {@link HouseholdRequests.LinkHouseholdMember} body built field by field: a misspelt field does not compile. */
    public static final class Link {

        private UUID relatedClientId;
        private HouseholdRelation type;
        private Residence residence;
        private LocalDate since;

        public Link relatedClientId(UUID relatedClientId) {
            this.relatedClientId = relatedClientId;
            return this;
        }

        public Link relatedClientId(String relatedClientId) {
            return relatedClientId(relatedClientId == null ? null : UUID.fromString(relatedClientId));
        }

        public Link type(HouseholdRelation type) {
            this.type = type;
            return this;
        }

        public Link residence(Residence residence) {
            this.residence = residence;
            return this;
        }

        public Link since(LocalDate since) {
            this.since = since;
            return this;
        }

        public Link since(String since) {
            return since(since == null ? null : LocalDate.parse(since));
        }

        @JsonValue
        public HouseholdRequests.LinkHouseholdMember build() {
            return new HouseholdRequests.LinkHouseholdMember(relatedClientId, type, residence, since);
        }
    }
}
