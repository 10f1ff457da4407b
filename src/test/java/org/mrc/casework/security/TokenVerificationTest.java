package org.mrc.casework.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Real RS256 tokens verified by quarkus-oidc against the keys the (WireMock) provider publishes: every way a token
 * can be wrong is a 401 problem, a right token with the wrong role or without its scope claim a 403 problem.
 */
@QuarkusTest
class TokenVerificationTest {

    private static final String PATH = "/offices/tree";

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(Tokens.of("auditor")).get(PATH).then().statusCode(200);
    }

    @Test
    void noTokenIs401() {
        assertUnauthenticated(given().get(PATH).then());
    }

    @Test
    void aMalformedTokenIs401() {
        assertUnauthenticated(
                given().auth().oauth2("not.a-jwt.at-all").get(PATH).then());
        assertUnauthenticated(
                given().header("Authorization", "Bearer").get(PATH).then());
    }

    @Test
    void anOpaqueTokenIsNotSentForIntrospectionAndIs401() {
        // the provider's introspection endpoint would call "alice" active: it must never be asked
        assertUnauthenticated(given().auth().oauth2("alice").get(PATH).then());
    }

    @Test
    void anExpiredTokenIs401() {
        String token = Tokens.claims("auditor")
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(600))
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertUnauthenticated(given().auth().oauth2(token).get(PATH).then());
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreign = generator.generateKeyPair();
        String token = Tokens.claims("auditor").jws().keyId("1").sign(foreign.getPrivate());
        assertUnauthenticated(given().auth().oauth2(token).get(PATH).then());
    }

    @Test
    void aTokenWithATamperedPayloadIs401() {
        String[] parts = Tokens.of("auditor").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("auditor", "admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertUnauthenticated(given().auth().oauth2(forged).get("/audit").then());
    }

    @Test
    void anUnsignedTokenIs401() {
        String[] parts = Tokens.of("admin").split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        assertUnauthenticated(
                given().auth().oauth2(header + "." + parts[1] + ".").get(PATH).then());
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        String token = Tokens.claims("auditor")
                .issuer("https://evil.example.com")
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertUnauthenticated(given().auth().oauth2(token).get(PATH).then());
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        String token = Tokens.claims("auditor")
                .audience("some-other-api")
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertUnauthenticated(given().auth().oauth2(token).get(PATH).then());
    }

    @Test
    void aTokenWithoutSubjectIs401() {
        String token = Jwt.issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .groups("auditor")
                .expiresIn(600)
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertUnauthenticated(given().auth().oauth2(token).get(PATH).then());
    }

    @Test
    void aValidTokenWithTheWrongRoleIs403() {
        given().auth()
                .oauth2(Tokens.of("analyst"))
                .get("/audit")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:forbidden"));
        given().auth()
                .oauth2(Tokens.claims().jws().keyId("1").sign(Tokens.SIGNING_KEY))
                .get(PATH)
                .then()
                .statusCode(403);
    }

    @Test
    void aStaffTokenWithoutAnOfficeIs403NamingTheClaim() {
        for (String role : new String[] {"caseworker", "coordinator"}) {
            given().auth()
                    .oauth2(Tokens.of(role))
                    .get(PATH)
                    .then()
                    .statusCode(403)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:problem-type:mrc:missing-claim"))
                    .body("detail", containsString("office_code"))
                    .body("errors[0].field", equalTo("office_code"))
                    .body("errors[0].in", equalTo("token"));
        }
    }

    @Test
    void aPartnerTokenWithoutAPartnerIdIs403NamingTheClaim() {
        given().auth()
                .oauth2(Tokens.of("partner"))
                .get(PATH)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:problem-type:mrc:missing-claim"))
                .body("errors[0].field", equalTo("partner_id"));
    }

    @Test
    void aStaffTokenNamingAnUnknownOfficeCannotActForAnyOffice() {
        Api.as(Tokens.staff("caseworker", "NOPE-" + OfficeFixtures.uniqueCode().substring(0, 6)))
                .get("/offices/in-my-scope")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:problem-type:mrc:unknown-office"));
    }

    private static void assertUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:problem-type:mrc:unauthenticated"))
                .body("status", equalTo(401));
    }
}
