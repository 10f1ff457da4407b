package org.mrc.casework.client;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ClientRegistryTest {

    @Test
    void aCaseworkerRegistersAPersonAndGetsAReferenceOfTheirOffice() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Response created = Api.as(Tokens.staff("caseworker", office))
                .body(ClientFixtures.person("Irina", ClientFixtures.uniqueName()))
                .post("/clients");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/clients/"))
                .header("ETag", equalTo("\"0\""))
                .body("reference", matchesPattern(office + "-\\d{4}-\\d{6}"))
                .body("visibility", equalTo("S2"))
                .body("administrativeStatus", equalTo("IRREGULAR"))
                .body("ageBand", equalTo("35-49"))
                .body("birthYear", equalTo(1988));
        String second = ClientFixtures.register(office, ClientFixtures.person("Pedro", ClientFixtures.uniqueName()))
                .path("reference");
        String first = created.path("reference");
        assertTrue(
                Long.parseLong(second.substring(second.lastIndexOf('-') + 1))
                        > Long.parseLong(first.substring(first.lastIndexOf('-') + 1)),
                "references of an office increase");
    }

    @Test
    void aPseudonymIsEnoughForAnonymousIntakeAndStatusDefaultsToUndisclosed() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Api.as(Tokens.staff("caseworker", office))
                .body(Map.of("pseudonym", "Client at the window", "birthYear", 1990, "birthYearEstimated", true))
                .post("/clients")
                .then()
                .statusCode(201)
                .body("pseudonym", equalTo("Client at the window"))
                .body("administrativeStatus", equalTo("UNDISCLOSED"))
                .body("sex", equalTo("UNDISCLOSED"))
                .body("birthYearEstimated", equalTo(true))
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("givenName")));
    }

    @Test
    void withoutAnyNameRegistrationIsAFieldError() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Api.as(Tokens.staff("caseworker", office))
                .body(Map.of("sex", "MALE"))
                .post("/clients")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("$.givenName"));
    }

    @Test
    void codeListsAndFormatsAreValidatedFieldByField() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        ClientFixtures.Person body = ClientFixtures.person("Ana", ClientFixtures.uniqueName());
        body.nationalities(List.of("UA", "XX"));
        body.preferredLanguages(List.of("zz"));
        body.countryOfBirth("Ukraine");
        body.birthDate("2999-01-01");
        body.email("not-an-email");
        Api.as(Tokens.staff("caseworker", office))
                .body(body)
                .post("/clients")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("$.nationalities[1]"))
                .body("errors.field", hasItem("$.preferredLanguages[0]"))
                .body("errors.field", hasItem("$.countryOfBirth"))
                .body("errors.field", hasItem("$.birthDate"))
                .body("errors.field", hasItem("$.email"))
                .body(not(containsString("not-an-email")));
        // a status outside the enum: only a raw body can carry it
        Map<String, Object> illegal = Json.raw(ClientFixtures.person("Ana", ClientFixtures.uniqueName()));
        illegal.put("administrativeStatus", "ILLEGAL");
        Api.as(Tokens.staff("caseworker", office))
                .body(illegal)
                .post("/clients")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.administrativeStatus"))
                .body("errors[0].message", containsString("UNDISCLOSED"));
    }

    @Test
    void aCloseMatchInScopeIsAPossibleDuplicateUntilConfirmed() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String family = ClientFixtures.uniqueName();
        Response first = ClientFixtures.register(office, ClientFixtures.person("José", family));
        ClientFixtures.Person again = ClientFixtures.person("Jose", family);
        Api.as(Tokens.staff("caseworker", office))
                .body(again)
                .post("/clients")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:possible-duplicate"))
                .body("candidates[0].id", equalTo(first.path("id")))
                .body("candidates[0].reference", equalTo(first.path("reference")))
                .body(not(containsString(family)));
        ClientFixtures.Person samePhone = ClientFixtures.person("Someone", ClientFixtures.uniqueName());
        samePhone.phone(first.path("phone"));
        samePhone.birthDate("1970-01-01");
        Api.as(Tokens.staff("caseworker", office))
                .body(samePhone)
                .post("/clients")
                .then()
                .statusCode(409)
                .body("candidates[0].id", equalTo(first.path("id")));
        Api.as(Tokens.staff("caseworker", office))
                .queryParam("confirmNotDuplicate", true)
                .body(again)
                .post("/clients")
                .then()
                .statusCode(201);
        String otherOffice = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Api.as(Tokens.staff("caseworker", otherOffice))
                .body(ClientFixtures.person("José", family))
                .post("/clients")
                .then()
                .statusCode(201);
    }

    @Test
    void nameSearchToleratesAccentsAndTyposAndStaysInScope() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String garcia = "García" + ClientFixtures.uniqueName();
        String jose = ClientFixtures.registerId(office, ClientFixtures.person("José", garcia));
        String family = ClientFixtures.uniqueName();
        String irina = ClientFixtures.registerId(office, ClientFixtures.person("Irina", family));

        Api.as(Tokens.staff("caseworker", office))
                .queryParam("name", "Jose " + garcia.replace("í", "i"))
                .get("/clients")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(jose))
                .body("items[0].displayName", equalTo("José " + garcia))
                .body("items[0]", not(hasKey("phone")))
                .body("items[0]", not(hasKey("administrativeStatus")));
        Api.as(Tokens.staff("caseworker", office))
                .queryParam("name", "Irnia " + family)
                .get("/clients")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(irina));
        Api.as(Tokens.staff("caseworker", office))
                .queryParam("name", "Irnia")
                .queryParam("officeId", OfficeFixtures.idOf(office))
                .get("/clients")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(irina));

        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Api.as(Tokens.staff("caseworker", elsewhere))
                .queryParam("name", "Irina " + family)
                .get("/clients")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(irina)));
    }

    @Test
    void searchByReferencePhoneBirthYearNationalityAndRole() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        Response client = ClientFixtures.register(office, ClientFixtures.person("Pedro", ClientFixtures.uniqueName()));
        String id = client.path("id");
        var caseworker = Tokens.staff("caseworker", office);
        Api.as(caseworker)
                .queryParam("reference", client.path("reference").toString().toLowerCase())
                .get("/clients")
                .then()
                .body("items.id", equalTo(List.of(id)));
        Api.as(caseworker)
                .queryParam("phone", client.path("phone").toString().replace(" ", ""))
                .get("/clients")
                .then()
                .body("items.id", equalTo(List.of(id)));
        Api.as(caseworker)
                .queryParam("birthYear", 1988)
                .queryParam("nationality", "UA")
                .queryParam("role", "RETURNEE")
                .queryParam("limit", 200)
                .get("/clients")
                .then()
                .body("items.id", hasItem(id));
        Api.as(caseworker)
                .queryParam("role", "SMUGGLER")
                .get("/clients")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void aCoordinatorFindsClientsOfTheDesksBelowButACaseworkerOnlyTheirOwn() {
        String centre = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String desk = OfficeFixtures.openCode("MIGRATION_DESK", OfficeFixtures.idOf(centre));
        String family = ClientFixtures.uniqueName();
        String id = ClientFixtures.registerId(desk, ClientFixtures.person("Idriss", family));
        Api.as(Tokens.staff("coordinator", centre))
                .queryParam("name", "Idriss " + family)
                .get("/clients")
                .then()
                .body("items.id", hasItem(id));
        Api.as(Tokens.staff("caseworker", centre))
                .queryParam("name", "Idriss " + family)
                .get("/clients")
                .then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void staffOfTheOwningOfficeSeeEveryTier() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String id = ClientFixtures.registerId(office, ClientFixtures.person("Idriss", ClientFixtures.uniqueName()));
        Api.as(Tokens.staff("caseworker", office))
                .get("/clients/" + id)
                .then()
                .statusCode(200)
                .body("visibility", equalTo("S2"))
                .body("administrativeStatus", equalTo("IRREGULAR"))
                .body("vulnerabilities", equalTo(List.of("PSYCHOSOCIAL_NEED")))
                .body("genderIdentity", equalTo("woman"))
                .body("phone", containsString("+380"));
    }

    @Test
    void aCoordinatorAboveTheOwningOfficeSeesS2ButOneBelowOrBesideDoesNot() {
        String centre = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String desk = OfficeFixtures.openCode("MIGRATION_DESK", OfficeFixtures.idOf(centre));
        String otherDesk = OfficeFixtures.openCode("MIGRATION_DESK", OfficeFixtures.idOf(centre));
        String id = ClientFixtures.registerId(desk, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        Api.as(Tokens.staff("coordinator", centre))
                .get("/clients/" + id)
                .then()
                .statusCode(200)
                .body("administrativeStatus", equalTo("IRREGULAR"));
        Api.as(Tokens.staff("coordinator", otherDesk))
                .get("/clients/" + id)
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:problem-type:mrc:not-found"));
    }

    @Test
    void outOfScopeStaffWithAReasonReadS0AndS1OnlyAndTheAccessIsAuditedWithTheReason() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String id = ClientFixtures.registerId(office, ClientFixtures.person("Idriss", ClientFixtures.uniqueName()));
        Response read = Api.as(Tokens.staff("caseworker", elsewhere))
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + id);
        read.then()
                .statusCode(200)
                .body("visibility", equalTo("S1"))
                .body("givenName", equalTo("Idriss"))
                .body("phone", containsString("+380"))
                .body("employmentStatus", equalTo("INFORMAL"));
        for (String s2 : List.of("administrativeStatus", "vulnerabilities", "genderIdentity")) {
            read.then().body("$", not(hasKey(s2)));
        }
        Api.as(Tokens.staff("caseworker", elsewhere))
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("email", "x@example.org"))
                .patch("/clients/" + id)
                .then()
                .statusCode(404);
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .queryParam("action", "client.read")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items[0].reasonCode", equalTo(AccessReasons.VALID_PURPOSE))
                .body("items[0].reason", equalTo(AccessReasons.VALID_TEXT))
                .body("items[0].actorOffice", equalTo(elsewhere));
    }

    @Test
    void aChildsContactDetailsAndSituationAreHighlySensitive() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        ClientFixtures.Person child = ClientFixtures.person("Mykola", ClientFixtures.uniqueName());
        child.birthDate(java.time.LocalDate.now().minusYears(12).toString());
        child.roles(Set.of(ClientRole.FAMILY_LEFT_BEHIND));
        String id = ClientFixtures.registerId(office, child);
        Api.as(Tokens.staff("caseworker", office))
                .get("/clients/" + id)
                .then()
                .body("phone", containsString("+380"))
                .body("employmentStatus", equalTo("INFORMAL"));
        Response read = Api.as(Tokens.staff("caseworker", elsewhere))
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + id);
        read.then().statusCode(200).body("givenName", equalTo("Mykola")).body("ageBand", equalTo("0-14"));
        for (String field : List.of("phone", "email", "employmentStatus", "administrativeStatus")) {
            read.then().body("$", not(hasKey(field)));
        }
    }

    @Test
    void outOfScopeStaffWithoutAReasonAreToldTheRecordDoesNotExist() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String id = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        Response hidden = Api.as(Tokens.staff("caseworker", elsewhere)).get("/clients/" + id);
        Response missing =
                Api.as(Tokens.staff("caseworker", elsewhere)).get("/clients/0190f0a0-0000-7000-8000-000000000000");
        hidden.then().statusCode(404);
        assertEquals(missing.path("detail").toString(), hidden.path("detail").toString());
    }

    @Test
    void analystsPartnersAuditorsAndAdminsHaveNoClientEndpoints() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String id = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        for (String token :
                List.of(Tokens.of("analyst"), Tokens.of("auditor"), Tokens.admin(), Tokens.partner("p-1"))) {
            Api.as(token).get("/clients/" + id).then().statusCode(403);
            Api.as(token).get("/clients").then().statusCode(403);
        }
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndNeedsTheCurrentEtag() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String id = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        var caseworker = Tokens.staff("caseworker", office);
        Api.as(caseworker)
                .contentType("application/merge-patch+json")
                .body(Map.of("email", "irina@example.org"))
                .patch("/clients/" + id)
                .then()
                .statusCode(428);
        // a JSON merge patch: an explicit null removes a field, which no request record can say
        Map<String, Object> patch = new java.util.HashMap<>();
        patch.put("email", null);
        patch.put("administrativeStatus", "REGULAR_TEMPORARY");
        patch.put("roles", List.of("RETURNEE", "RESOURCE_PERSON"));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(patch)
                .patch("/clients/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("administrativeStatus", equalTo("REGULAR_TEMPORARY"))
                .body("givenName", equalTo("Irina"))
                .body("$", not(hasKey("email")))
                .body("roles", equalTo(List.of("RETURNEE", "RESOURCE_PERSON")));
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("email", "late@example.org"))
                .patch("/clients/" + id)
                .then()
                .statusCode(412);
        Api.as(caseworker)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("nickname", "x"))
                .patch("/clients/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.nickname"));
        Api.as(caseworker)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("nationalities", List.of("ZZ")))
                .patch("/clients/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.nationalities[0]"));
        // a merge patch removing both names (explicit nulls): a raw body
        Map<String, Object> noName = new java.util.HashMap<>();
        noName.put("givenName", null);
        noName.put("familyName", null);
        Api.as(caseworker)
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(noName)
                .patch("/clients/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.givenName"));
    }

    @Test
    void concurrentPatchesWithTheSameEtagLetOneWinAndNothingIsLost() throws Exception {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String id = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        var caseworker = Tokens.staff("caseworker", office);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (String locality : List.of("Lviv", "Odesa")) {
                calls.add(pool.submit(() -> Api.as(caseworker)
                        .header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json")
                        .body(Map.of("currentLocality", locality))
                        .patch("/clients/" + id)));
            }
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Response> call : calls) {
                Response response = call.get(30, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = response.path("currentLocality");
                }
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
            Api.as(caseworker).get("/clients/" + id).then().body("currentLocality", equalTo(winner));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsSearchesAndWritesAreAudited() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String id = ClientFixtures.registerId(office, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
        var caseworker = Tokens.staff("caseworker", office);
        Api.as(caseworker).get("/clients/" + id).then().statusCode(200);
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("currentLocality", "Lviv"))
                .patch("/clients/" + id)
                .then()
                .statusCode(200);
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", id)
                .get("/audit")
                .then()
                .body("items.action", equalTo(List.of("client.update", "client.read", "client.create")))
                .body("items.outcome", equalTo(List.of("SUCCESS", "SUCCESS", "SUCCESS")));
    }

    @Test
    void aCoordinatorRegistersIntoADeskBelowAndTheAuditNamesTheNewClient() {
        String centre = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String desk = OfficeFixtures.openCode("MIGRATION_DESK", OfficeFixtures.idOf(centre));
        Response created = Api.as(Tokens.staff("coordinator", centre))
                .queryParam("officeId", OfficeFixtures.idOf(desk))
                .body(ClientFixtures.person("Pedro", ClientFixtures.uniqueName()))
                .post("/clients");
        created.then()
                .statusCode(201)
                .body("officeId", equalTo(OfficeFixtures.idOf(desk)))
                .body("reference", matchesPattern(desk + "-\\d{4}-\\d{6}"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", created.path("id").toString())
                .get("/audit")
                .then()
                .body("items.action", equalTo(List.of("client.create")));
        Api.as(Tokens.staff("caseworker", desk))
                .queryParam("officeId", OfficeFixtures.idOf(centre))
                .body(ClientFixtures.person("Pedro", ClientFixtures.uniqueName()))
                .post("/clients")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("officeId"));
    }
}
