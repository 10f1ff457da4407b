package org.mrc.casework.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.security.RoleMatrixTest.Endpoint;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Every action is attributable, on every operation of the live contract (a new endpoint cannot escape): a token
 * without a usable subject is a 401; a scope claim sent as a one-element array works exactly like the string; any
 * other shape of a scope claim is a 403 {@code invalid-claim} naming the claim, never its value; and every refusal
 * of a role leaves exactly one DENIED audit row naming the caller, the operation, the record id and the request.
 */
@QuarkusTest
class AttributionMatrixTest {

    private static final String OFFICE_CLAIM = "office_code";
    private static final String PARTNER_CLAIM = "partner_id";
    private static final String SECRET = "SECRET-VALUE-7f3a";

    /** Scope-claim shapes that must be refused, and a name for the report. */
    private static final Map<String, Object> BAD_SHAPES = Map.of(
            "number", 987654321,
            "object", Map.of("code", SECRET),
            "empty array", List.of(),
            "two-element array", List.of(SECRET, SECRET + "2"),
            "array of a number", List.of(987654321),
            "blank string", "   ");

    @Inject
    AgroalDataSource dataSource;

    private String officeCode;

    @BeforeEach
    void openOffice() {
        officeCode = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
    }

    @Test
    void aTokenWithoutAUsableSubjectIs401OnEveryOperation() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RoleMatrixTest.endpoints()) {
            String role = anAllowedRole(endpoint);
            for (String subject : new String[] {null, "", "   ", "\t"}) {
                JwtClaimsBuilder claims = Jwt.issuer(Tokens.ISSUER)
                        .audience(Tokens.AUDIENCE)
                        .groups(Set.of(role))
                        .expiresIn(600);
                if (subject != null) {
                    claims.subject(subject);
                }
                withScopeClaim(claims, role, null);
                Response response = call(endpoint, sign(claims), null);
                if (response.statusCode() != 401
                        || !"urn:problem-type:mrc:unauthenticated".equals(response.path("type"))) {
                    wrong.add(endpoint.operationId() + " as " + role + " with subject "
                            + (subject == null ? "missing" : "'" + subject + "'") + " -> " + response.statusCode());
                }
            }
        }
        assertNothingWrong(wrong);
    }

    @Test
    void aScopeClaimAsAOneElementArrayWorksLikeTheString() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RoleMatrixTest.endpoints()) {
            for (String role : RoleMatrixTest.EXPECTED.get(endpoint.operationId())) {
                if (!Roles.OFFICE_BOUND.contains(role) && !Roles.PARTNER.equals(role)) {
                    continue;
                }
                String partner = "partner-" + UUID.randomUUID();
                String id = UUID.randomUUID().toString();
                int asString = call(endpoint, token(role, false, partner), id).statusCode();
                int asArray = call(endpoint, token(role, true, partner), id).statusCode();
                if (asArray != asString || asArray == 401 || asArray == 403) {
                    wrong.add(endpoint.operationId() + " as " + role + ": string -> " + asString + ", array -> "
                            + asArray);
                }
            }
        }
        assertNothingWrong(wrong);
    }

    @Test
    void everyOtherShapeOfAScopeClaimIsAnInvalidClaimOnEveryOperation() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RoleMatrixTest.endpoints()) {
            for (String role : new String[] {anAllowedRole(endpoint), Roles.PARTNER, Roles.CASEWORKER}) {
                String claim = Roles.PARTNER.equals(role) ? PARTNER_CLAIM : OFFICE_CLAIM;
                for (Map.Entry<String, Object> shape : BAD_SHAPES.entrySet()) {
                    JwtClaimsBuilder claims = Tokens.claims(role).claim(claim, shape.getValue());
                    Response response = call(endpoint, sign(claims), null);
                    String body = response.asString();
                    if (response.statusCode() != 403
                            || !"urn:problem-type:mrc:invalid-claim".equals(response.path("type"))
                            || !claim.equals(response.path("errors[0].field"))
                            || body.contains(SECRET)
                            || body.contains("987654321")) {
                        wrong.add(endpoint.operationId() + " as " + role + " with " + claim + " as " + shape.getKey()
                                + " -> " + response.statusCode() + " " + body);
                    }
                }
            }
        }
        assertNothingWrong(wrong);
    }

    @Test
    void everyRefusalOfARoleLeavesExactlyOneDeniedAuditRow() throws SQLException {
        record Refusal(String operationId, String role, String subject, String requestId, UUID id, boolean idInPath) {}
        List<Refusal> refusals = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RoleMatrixTest.endpoints()) {
            Set<String> allowed = RoleMatrixTest.EXPECTED.get(endpoint.operationId());
            for (String role : Roles.ALL) {
                if (allowed.contains(role)) {
                    continue;
                }
                String subject = "refused-" + UUID.randomUUID();
                String requestId = "deny-" + UUID.randomUUID().toString().substring(0, 18);
                UUID id = UUID.randomUUID();
                JwtClaimsBuilder claims = Tokens.claims(role).subject(subject);
                withScopeClaim(claims, role, null);
                Response response = given().auth()
                        .oauth2(sign(claims))
                        .header("X-Request-Id", requestId)
                        .accept("application/json")
                        .contentType("application/json")
                        .body(endpoint.method().equals("GET") ? "" : "{}")
                        .request(endpoint.method(), path(endpoint, id.toString()));
                if (response.statusCode() != 403) {
                    wrong.add(endpoint.operationId() + " as " + role + " -> " + response.statusCode());
                }
                refusals.add(new Refusal(
                        endpoint.operationId(),
                        role,
                        subject,
                        requestId,
                        id,
                        endpoint.path().contains("{")));
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select action, resource_id, request_id, outcome, actor_roles, reason
                        from audit_entry where actor_subject = ?""")) {
            for (Refusal refusal : refusals) {
                query.setString(1, refusal.subject());
                List<String> rows = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Object recordId = row.getObject(2);
                        boolean rightId = refusal.idInPath() ? refusal.id().equals(recordId) : recordId == null;
                        rows.add(row.getString(1) + "|" + row.getString(3) + "|" + row.getString(4) + "|"
                                + row.getString(5) + "|" + row.getString(6) + (rightId ? "" : "|wrong record id"));
                    }
                }
                String expected =
                        refusal.operationId() + "|" + refusal.requestId() + "|DENIED|" + refusal.role() + "|null";
                if (!rows.equals(List.of(expected))) {
                    wrong.add(refusal.operationId() + " as " + refusal.role() + ": audit rows " + rows);
                }
            }
        }
        assertNothingWrong(wrong);
    }

    @Test
    void aRefusalForAnUnusableScopeClaimIsAuditedWithoutTheClaim() throws SQLException {
        String subject = "claimless-" + UUID.randomUUID();
        given().auth()
                .oauth2(sign(Tokens.claims(Roles.CASEWORKER).subject(subject).claim(OFFICE_CLAIM, List.of())))
                .get("/offices/tree")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(sign(Tokens.claims(Roles.CASEWORKER).subject(subject)))
                .get("/offices/tree")
                .then()
                .statusCode(403);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select action, resource_type, outcome, actor_roles, actor_office
                        from audit_entry where actor_subject = ? order by seq""")) {
            query.setString(1, subject);
            List<String> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|" + row.getString(4)
                            + "|" + row.getString(5));
                }
            }
            assertEquals(
                    List.of("token.claims|token|DENIED|caseworker|null", "token.claims|token|DENIED|caseworker|null"),
                    rows);
        }
    }

    private String token(String role, boolean asArray, String partner) {
        JwtClaimsBuilder claims = Tokens.claims(role);
        withScopeClaim(claims, role, asArray ? Boolean.TRUE : Boolean.FALSE, partner);
        return sign(claims);
    }

    private void withScopeClaim(JwtClaimsBuilder claims, String role, Boolean asArray) {
        withScopeClaim(claims, role, asArray, "partner-" + UUID.randomUUID());
    }

    private void withScopeClaim(JwtClaimsBuilder claims, String role, Boolean asArray, String partner) {
        String claim =
                Roles.OFFICE_BOUND.contains(role) ? OFFICE_CLAIM : Roles.PARTNER.equals(role) ? PARTNER_CLAIM : null;
        if (claim == null) {
            return;
        }
        String value = claim.equals(OFFICE_CLAIM) ? officeCode : partner;
        claims.claim(claim, Boolean.TRUE.equals(asArray) ? List.of(value) : value);
    }

    private static String anAllowedRole(Endpoint endpoint) {
        Set<String> allowed = RoleMatrixTest.EXPECTED.get(endpoint.operationId());
        return allowed.stream().sorted().findFirst().orElseThrow();
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign(Tokens.SIGNING_KEY);
    }

    private static Response call(Endpoint endpoint, String token, String id) {
        RequestSpecification request = given().accept("application/json").auth().oauth2(token);
        if (!endpoint.method().equals("GET")) {
            request.contentType("application/json").body("{}");
        }
        return request.request(
                endpoint.method(), path(endpoint, id == null ? UUID.randomUUID().toString() : id));
    }

    private static String path(Endpoint endpoint, String id) {
        return endpoint.path().replaceAll("\\{[^}]+}", id);
    }

    private static void assertNothingWrong(List<String> wrong) {
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " wrong:\n" + String.join("\n", wrong));
        }
    }
}
