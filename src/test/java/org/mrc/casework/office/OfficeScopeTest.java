package org.mrc.casework.office;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.security.Caller;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/** The scoping rule on a three-level tree: centre, two desks, and an outreach point under one desk. */
@QuarkusTest
class OfficeScopeTest {

    @Inject
    OfficeScope scope;

    record Tree(String centre, String deskA, String deskB, String outreach) {}

    private static Tree tree() {
        String centre = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String centreId = OfficeFixtures.idOf(centre);
        String deskA = OfficeFixtures.openCode("MIGRATION_DESK", centreId);
        String deskB = OfficeFixtures.openCode("MIGRATION_DESK", centreId);
        String outreach = OfficeFixtures.openCode("OUTREACH_POINT", OfficeFixtures.idOf(deskA));
        return new Tree(centre, deskA, deskB, outreach);
    }

    private static Caller caller(String role, String office) {
        return new Caller("s-" + UUID.randomUUID(), Set.of(role), Optional.ofNullable(office), Optional.empty());
    }

    private static UUID id(String code) {
        return UUID.fromString(OfficeFixtures.idOf(code));
    }

    @Test
    void aCaseworkerActsOnlyWithinTheirOwnOffice() {
        Tree tree = tree();
        Caller caseworker = caller("caseworker", tree.deskA());
        assertEquals(Set.of(id(tree.deskA())), scope.officesOf(caseworker));
        assertFalse(scope.covers(caseworker, id(tree.outreach())));
        assertFalse(scope.covers(caseworker, id(tree.centre())));
    }

    @Test
    void aCoordinatorActsWithinTheirOfficeAndEveryOfficeBelowIt() {
        Tree tree = tree();
        Caller atCentre = caller("coordinator", tree.centre());
        assertEquals(
                Set.of(id(tree.centre()), id(tree.deskA()), id(tree.deskB()), id(tree.outreach())),
                scope.officesOf(atCentre));

        Caller atDesk = caller("coordinator", tree.deskA());
        assertTrue(scope.covers(atDesk, id(tree.outreach())));
        assertFalse(scope.covers(atDesk, id(tree.centre())), "not upwards");
        assertFalse(scope.covers(atDesk, id(tree.deskB())), "not sideways");
    }

    @Test
    void rolesWithoutAnOfficeHaveNoOfficeScope() {
        Tree tree = tree();
        assertEquals(Set.of(), scope.officesOf(caller("admin", null)));
        assertFalse(scope.covers(caller("analyst", null), id(tree.centre())));
    }

    @Test
    void aCoordinatorSeesTheirScopeOverHttp() {
        Tree tree = tree();
        Api.as(Tokens.staff("coordinator", tree.deskA()))
                .get("/offices/in-my-scope")
                .then()
                .statusCode(200)
                .body("code", containsInAnyOrder(tree.deskA(), tree.outreach()));
        Api.as(Tokens.staff("caseworker", tree.outreach()))
                .get("/offices/in-my-scope")
                .then()
                .statusCode(200)
                .body("code", containsInAnyOrder(tree.outreach()));
    }

    @Test
    void movingADeskMovesItsScopeWithIt() {
        Tree tree = tree();
        String otherCentre = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .body(java.util.Map.of("parentId", OfficeFixtures.idOf(otherCentre)))
                .post("/offices/" + OfficeFixtures.idOf(tree.deskA()) + "/move")
                .then()
                .statusCode(200);
        assertFalse(scope.covers(caller("coordinator", tree.centre()), id(tree.outreach())));
        assertTrue(scope.covers(caller("coordinator", otherCentre), id(tree.outreach())));
    }
}
