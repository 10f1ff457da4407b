package org.mrc.casework.office;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class OfficeResourceTest {

    @Test
    void adminOpensAnOfficeAndGetsLocationAndEtag() {
        String code = OfficeFixtures.uniqueCode();
        Response created = Api.asAdmin()
                .body(OfficeFixtures.body(code, "RESOURCE_CENTRE", null))
                .post("/offices");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/offices/"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("kind", equalTo("RESOURCE_CENTRE"))
                .body("active", equalTo(true));
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/offices/" + id));

        Api.as(Tokens.of("analyst"))
                .get("/offices/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("country", equalTo("PH"));
    }

    @Test
    void renameNeedsTheCurrentEtag() {
        String id = OfficeFixtures.open("RESOURCE_CENTRE", null);

        Api.asAdmin()
                .body(Map.of("name", "Renamed"))
                .post("/offices/" + id + "/rename")
                .then()
                .statusCode(428)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:precondition-required"));

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed"))
                .post("/offices/" + id + "/rename")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed"));

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Lost update"))
                .post("/offices/" + id + "/rename")
                .then()
                .statusCode(412)
                .body("type", equalTo("urn:problem-type:mrc:precondition-failed"));

        Api.asAdmin().get("/offices/" + id).then().body("name", equalTo("Renamed"));
    }

    @Test
    void anOfficeCannotBeMovedBelowItsOwnDescendant() {
        String centre = OfficeFixtures.open("RESOURCE_CENTRE", null);
        String desk = OfficeFixtures.open("MIGRATION_DESK", centre);
        String outreach = OfficeFixtures.open("OUTREACH_POINT", desk);

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("parentId", outreach))
                .post("/offices/" + centre + "/move")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:office-cycle"))
                .body("parentId", equalTo(outreach));

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("parentId", centre))
                .post("/offices/" + centre + "/move")
                .then()
                .statusCode(409);

        Api.asAdmin().get("/offices/" + centre).then().body("parentId", equalTo(null));
    }

    @Test
    void movingAnOfficeReparentsItsWholeSubtree() {
        String oldCentre = OfficeFixtures.open("RESOURCE_CENTRE", null);
        String newCentre = OfficeFixtures.open("RESOURCE_CENTRE", null);
        String desk = OfficeFixtures.open("MIGRATION_DESK", oldCentre);
        String outreach = OfficeFixtures.open("OUTREACH_POINT", desk);

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(Map.of("parentId", newCentre))
                .post("/offices/" + desk + "/move")
                .then()
                .statusCode(200)
                .body("parentId", equalTo(newCentre));

        Response tree = Api.asAdmin().get("/offices/tree");
        List<Map<String, Object>> roots = tree.path("findAll { it.id == '" + newCentre + "' }");
        assertEquals(1, roots.size());
        List<String> grandChildren = tree.path("find { it.id == '" + newCentre + "' }.children[0].children.id");
        assertEquals(List.of(outreach), grandChildren);
    }

    @Test
    void anOfficeWithActiveChildrenCannotBeDeactivated() {
        String centre = OfficeFixtures.open("RESOURCE_CENTRE", null);
        String desk = OfficeFixtures.open("MIGRATION_DESK", centre);

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/offices/" + centre + "/deactivate")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:office-has-active-children"));

        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/offices/" + desk + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .post("/offices/" + centre + "/deactivate")
                .then()
                .statusCode(200);
        Api.asAdmin()
                .header("If-Match", "\"1\"")
                .post("/offices/" + desk + "/reactivate")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.parentId"));
    }

    @Test
    void officeCodesAreUnique() {
        String code = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        Api.asAdmin()
                .body(OfficeFixtures.body(code, "RESOURCE_CENTRE", null))
                .post("/offices")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:mrc:office-code-taken"))
                .body("errors[0].field", equalTo("$.code"));
    }

    @Test
    void anUnknownParentIsAFieldError() {
        Api.asAdmin()
                .body(OfficeFixtures.body(
                        OfficeFixtures.uniqueCode(), "MIGRATION_DESK", "0190f0a0-0000-7000-8000-000000000000"))
                .post("/offices")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.parentId"))
                .body("errors[0].in", equalTo("body"));
    }

    @Test
    void anUnknownOfficeIsA404Problem() {
        Api.asAdmin()
                .get("/offices/0190f0a0-0000-7000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:not-found"))
                .body("instance", startsWith("urn:uuid:"));
    }

    @Test
    void pagingWalksEveryOfficeOnceEvenWhileOfficesAreAdded() {
        String parent = OfficeFixtures.open("RESOURCE_CENTRE", null);
        Set<String> initial = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            initial.add(OfficeFixtures.open("MIGRATION_DESK", parent));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.asAdmin().queryParam("parentId", parent).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/offices");
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
            if (pages == 1) {
                // an office added while paging must not make any other office skip or repeat
                OfficeFixtures.open("MIGRATION_DESK", parent);
            }
        } while (cursor != null);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no office is repeated");
        assertTrue(seen.containsAll(initial), "every office present from the start is seen");
        assertTrue(pages >= 3);
    }

    @Test
    void limitIsBounded() {
        Api.asAdmin()
                .queryParam("limit", 201)
                .get("/offices")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].in", equalTo("query"));
        Api.asAdmin()
                .queryParam("cursor", "not-a-cursor")
                .get("/offices")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResponse() {
        String code = OfficeFixtures.uniqueCode();
        String key = "key-" + code;
        Response first = Api.asAdmin()
                .header("Idempotency-Key", key)
                .body(OfficeFixtures.body(code, "RESOURCE_CENTRE", null))
                .post("/offices");
        first.then().statusCode(201);
        // the same admin subject is needed: keys are scoped to the caller
        String subject = "idem-" + code;
        String token = Tokens.claims("admin").subject(subject).jws().keyId("1").sign(Tokens.SIGNING_KEY);
        Response a = Api.as(token)
                .header("Idempotency-Key", key)
                .body(OfficeFixtures.body(code + "X", "RESOURCE_CENTRE", null))
                .post("/offices");
        a.then().statusCode(201);
        Response b = Api.as(token)
                .header("Idempotency-Key", key)
                .body(OfficeFixtures.body(code + "X", "RESOURCE_CENTRE", null))
                .post("/offices");
        b.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(a.path("id").toString(), b.path("id").toString());
        assertEquals(a.header("Location"), b.header("Location"));

        Api.as(token)
                .header("Idempotency-Key", key)
                .body(OfficeFixtures.body(code + "Y", "RESOURCE_CENTRE", null))
                .post("/offices")
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:problem-type:mrc:idempotency-key-reused"));
        assertEquals(1, OfficeFixtures.countWithCode(code + "X"));
        assertEquals(0, OfficeFixtures.countWithCode(code + "Y"));
        assertNotNull(first.path("id"));
        assertFalse(a.path("id").toString().equals(first.path("id").toString()));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateExactlyOneOffice() throws Exception {
        String code = OfficeFixtures.uniqueCode();
        String token =
                Tokens.claims("admin").subject("idem-" + code).jws().keyId("1").sign(Tokens.SIGNING_KEY);
        OfficeFixtures.Opening body = OfficeFixtures.body(code, "RESOURCE_CENTRE", null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> Api.as(token)
                        .header("Idempotency-Key", "k-" + code)
                        .body(body)
                        .post("/offices")));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> call : calls) {
                Response response = call.get(30, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "every retry sees the same office");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, OfficeFixtures.countWithCode(code));
    }

    @Test
    void concurrentOpeningsWithOneCodeCreateOneOfficeAndAnswerTheOthersWithAConflictNeverA500() throws Exception {
        String code = OfficeFixtures.uniqueCode();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> Api.asAdmin()
                        .body(OfficeFixtures.body(code, "RESOURCE_CENTRE", null))
                        .post("/offices")
                        .statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentUpdatesWithTheSameEtagLetOneWinAndTheOtherGet412() throws Exception {
        String id = OfficeFixtures.open("RESOURCE_CENTRE", null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> a = pool.submit(() -> Api.asAdmin()
                    .header("If-Match", "\"0\"")
                    .body(Map.of("name", "Name A"))
                    .post("/offices/" + id + "/rename"));
            Future<Response> b = pool.submit(() -> Api.asAdmin()
                    .header("If-Match", "\"0\"")
                    .body(Map.of("name", "Name B"))
                    .post("/offices/" + id + "/rename"));
            List<Integer> statuses = new ArrayList<>(List.of(
                    a.get(30, TimeUnit.SECONDS).statusCode(),
                    b.get(30, TimeUnit.SECONDS).statusCode()));
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        Api.asAdmin().get("/offices/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void staffOfEveryKindReadTheTree() {
        String centre = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        Api.as(Tokens.staff("caseworker", centre))
                .get("/offices/tree")
                .then()
                .statusCode(200)
                .body("code", hasItem(centre))
                .body("[0].id", notNullValue());
        Api.as(Tokens.of("auditor")).get("/offices/tree").then().statusCode(200);
        Api.as(Tokens.partner("p-1"))
                .get("/offices/tree")
                .then()
                .statusCode(403)
                .body("type", startsWith("urn:problem-type:mrc:"));
    }
}
