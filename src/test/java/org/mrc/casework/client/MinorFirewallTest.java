package org.mrc.casework.client;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/** A minor's S1 data are S2 in every view: episodes, the timeline, household links and human capital. */
@QuarkusTest
class MinorFirewallTest {

    private String office;
    private String owner;
    private String outsider;

    @BeforeEach
    void twoOffices() {
        office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        owner = Tokens.staff("caseworker", office);
        outsider = Tokens.staff("caseworker", OfficeFixtures.openCode("RESOURCE_CENTRE", null));
    }

    @Test
    void aLinkWithAMinorIsAbsentForAnOutOfScopeReaderFromEitherSide() {
        String family = ClientFixtures.uniqueName();
        String parent = ClientFixtures.registerId(office, ClientFixtures.person("Pedro", family));
        String child = ClientFixtures.registerId(office, minor("Nina", family, 9));
        String spouse = ClientFixtures.registerId(office, ClientFixtures.person("Maria", family));
        String toChild = HouseholdFixtures.linked(
                        owner, parent, HouseholdFixtures.link(child, "CHILD_OF", "LIVES_WITH"))
                .path("id");
        String toSpouse = HouseholdFixtures.linked(
                        owner, parent, HouseholdFixtures.link(spouse, "SPOUSE", "ORIGIN_HOUSEHOLD"))
                .path("id");

        read(outsider, "/clients/" + parent + "/household")
                .then()
                .statusCode(200)
                .body("links.id", equalTo(List.of(toSpouse)));
        read(outsider, "/clients/" + parent + "/household-links/" + toChild)
                .then()
                .statusCode(404);
        read(outsider, "/clients/" + parent + "/household-links/" + toSpouse)
                .then()
                .statusCode(200);
        read(outsider, "/clients/" + child + "/household")
                .then()
                .statusCode(200)
                .body("$", not(hasKey("links")));
        read(outsider, "/clients/" + child + "/household-links/" + toChild)
                .then()
                .statusCode(404);

        Api.as(owner)
                .get("/clients/" + parent + "/household")
                .then()
                .body("links.size()", equalTo(2))
                .body("links.find { it.id == '" + toChild + "' }.type", equalTo("CHILD_OF"));
        Api.as(owner)
                .get("/clients/" + child + "/household-links/" + toChild)
                .then()
                .statusCode(200)
                .body("type", equalTo("PARENT_OF"));
    }

    @Test
    void aMinorsEpisodesTimelineAndHumanCapitalShowNoS1FieldBelowS2() {
        String child = ClientFixtures.registerId(office, minor("Tomas", ClientFixtures.uniqueName(), 16));
        String episode = EpisodeFixtures.openId(owner, child, EpisodeFixtures.labour("2025-01-10"));
        HumanCapitalFixtures.Employment job = HumanCapitalFixtures.employment(
                        "BEFORE",
                        "Farm helper",
                        9,
                        "INFORMAL",
                        LocalDate.now().minusMonths(6).toString(),
                        null,
                        null)
                .country("PH");
        job.current(true);
        Api.as(owner).body(job).post("/clients/" + child + "/employment").then().statusCode(201);

        read(outsider, "/clients/" + child + "/episodes/" + episode)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("type")))
                .body("phase", equalTo("PRE_DECISION"));
        read(outsider, "/clients/" + child + "/episodes").then().body("items[0]", not(hasKey("type")));
        read(outsider, "/clients/" + child + "/timeline")
                .then()
                .body("items[0].kind", equalTo("EPISODE_OPENED"))
                .body("items[0].details", not(hasKey("type")));
        read(outsider, "/clients/" + child + "/human-capital")
                .then()
                .statusCode(200)
                .body("$", not(hasKey("employment")));

        Api.as(owner).get("/clients/" + child + "/episodes/" + episode).then().body("type", equalTo("LABOUR"));
        Api.as(owner)
                .get("/clients/" + child + "/human-capital")
                .then()
                .body("employment[0].occupationTitle", equalTo("Farm helper"));

        // the same reads of an adult keep their S1 fields for the same reader
        String adult = ClientFixtures.registerId(office, ClientFixtures.person("Ida", ClientFixtures.uniqueName()));
        String adultEpisode = EpisodeFixtures.openId(owner, adult, EpisodeFixtures.labour("2025-01-10"));
        read(outsider, "/clients/" + adult + "/episodes/" + adultEpisode).then().body("type", equalTo("LABOUR"));
    }

    private static ClientFixtures.Person minor(String given, String family, int age) {
        ClientFixtures.Person body = ClientFixtures.person(given, family);
        body.birthDate(LocalDate.now().minusYears(age).minusDays(30).toString());
        body.roles(Set.of(ClientRole.ACCOMPANYING_FAMILY));
        return body;
    }

    private static io.restassured.response.Response read(String token, String path) {
        return Api.as(token).header(AccessReasons.HEADER, AccessReasons.VALID).get(path);
    }
}
