package org.mrc.casework.subjectaccess;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mrc.casework.subjectaccess.SubjectAccessFixtures.REPORT_REASON;
import static org.mrc.casework.subjectaccess.SubjectAccessFixtures.report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.AdministrativeStatus;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.Sex;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.Tokens;

/** The subject-access report and the correction history, through the API with real tokens. */
@QuarkusTest
class SubjectAccessTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theOwningOfficeGetsEverythingHeldAtEveryTierWithCorrectionsDisclosuresAndAccesses() {
        SubjectAccessFixtures.Held held = SubjectAccessFixtures.everythingHeld(p -> p);
        String otherOffice = HouseholdFixtures.office("RESOURCE_CENTRE", null).code();
        // an out-of-scope read with a stated purpose, which the report must list by role, office and purpose
        Api.as(Tokens.staff("caseworker", otherOffice))
                .header(AccessReasons.HEADER, AccessReasons.VALID)
                .get("/clients/" + held.client())
                .then()
                .statusCode(200);

        Response response = report(held.staff(), held.client(), REPORT_REASON, "application/json");
        response.then().statusCode(200).contentType(containsString("application/json"));
        JsonPath report = response.jsonPath();

        // every member holds what the fixture wrote
        for (String member : SubjectAccessService.TABLES.values()) {
            if (member.equals("schooling")) {
                // only a child left behind has school statuses; this person is an adult
                assertEquals(List.of(), report.getList(member));
                continue;
            }
            Object value = report.get(member);
            assertTrue(
                    value != null && !(value instanceof List<?> list && list.isEmpty()),
                    member + " must show what is held");
        }
        assertEquals(held.newFamilyName(), report.getString("client.familyName"));
        // S2: administrative status, gender identity, the confidential note
        assertEquals("IRREGULAR", report.getString("client.administrativeStatus"));
        assertEquals("woman", report.getString("client.genderIdentity"));
        assertTrue(response.asString().contains(held.confidentialNote()), "the confidential note is the person's data");
        assertFalse(report.getList("household.links").isEmpty());
        assertFalse(report.getList("humanCapital.diplomas").isEmpty());

        // the correction: fields, old values, role and office, no staff subject by default
        assertEquals(List.of("familyName", "phone"), report.getList("rectifications[0].fields"));
        assertEquals(held.oldFamilyName(), report.getString("rectifications[0].previousValues.familyName"));
        assertEquals(List.of("caseworker"), report.getList("rectifications[0].staffRoles"));
        assertEquals(held.office(), report.getString("rectifications[0].staffOffice"));

        // consents with their withdrawal
        List<Map<String, Object>> consents = report.getList("consents");
        assertTrue(consents.stream()
                .anyMatch(c -> held.withdrawnConsent().equals(c.get("id")) && c.get("withdrawnAt") != null));

        // what the partner received, by consented category
        assertEquals(held.referral(), report.getString("referrals[0].referral.id"));
        assertTrue(report.getString("referrals[0].recipientName") != null, "the partner is named");
        assertEquals(
                List.of("IDENTITY", "SKILLS"),
                report.getList("referrals[0].consentedCategories", String.class).stream()
                        .sorted()
                        .toList());
        assertEquals(held.newFamilyName(), report.getString("referrals[0].clientShared.familyName"));
        // a referral shares no S2 field under a consent naming only the categories IDENTITY and SKILLS
        assertNull(report.getString("referrals[0].clientShared.administrativeStatus"));
        assertFalse(report.getList("referrals[0].referral.history").isEmpty());

        // who accessed: the correction, the out-of-scope read with its purpose, the partner's read
        List<Map<String, Object>> accesses = report.getList("accesses");
        assertTrue(accesses.stream()
                .anyMatch(a ->
                        "client.update".equals(a.get("action")) && held.office().equals(a.get("office"))));
        assertTrue(accesses.stream()
                .anyMatch(a -> "client.read".equals(a.get("action"))
                        && otherOffice.equals(a.get("office"))
                        && AccessReasons.VALID_PURPOSE.equals(a.get("purpose"))
                        && List.of("caseworker").equals(a.get("roles"))));
        assertTrue(accesses.stream()
                .anyMatch(a -> held.setup().partner().equals(a.get("partnerId"))
                        && "referral.partner-read".equals(a.get("action"))));
        assertTrue(accesses.stream().noneMatch(a -> a.containsKey("staffSubject")), "staff are not named by default");
        assertFalse(response.asString().contains("\"staffSubject\""));
        // no token subject anywhere (test tokens name staff user-<uuid>): not in corrections, episodes, consents...
        assertFalse(response.asString().contains("user-"), "staff subjects are removed from every part");
    }

    @Test
    void theReportIsAuditedWithItsPurposeAndTheCorrectionsOldValuesStayOutOfTheTrail() throws SQLException {
        SubjectAccessFixtures.Held held = SubjectAccessFixtures.everythingHeld(p -> p);
        report(held.staff(), held.client(), REPORT_REASON, "application/json")
                .then()
                .statusCode(200);

        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", held.client())
                .queryParam("action", "client.subject-access")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].reasonCode", equalTo("DATA_SUBJECT_REQUEST"))
                .body("items[0].actorOffice", equalTo(held.office()))
                .body("items[0].outcome", equalTo("SUCCESS"));

        try (Connection connection = dataSource.getConnection()) {
            // the old family name is held in the correction history, linked to the client, and nowhere in the trail
            assertEquals(
                    1,
                    count(
                            connection,
                            "select count(*) from client_rectification r where r.client_id = ?::uuid"
                                    + " and r.old_values ->> 'familyName' = ?",
                            held.client(),
                            held.oldFamilyName()));
            assertEquals(
                    0,
                    count(
                            connection,
                            "select count(*) from audit_entry e where e::text like ?",
                            "%" + held.oldFamilyName() + "%"));
        }
    }

    @Test
    void aPatchThatChangesNothingIsNoCorrection() throws SQLException {
        String office = HouseholdFixtures.office("MIGRATION_DESK", null).code();
        String family = ClientFixtures.uniqueName();
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Olena", family));
        Api.as(Tokens.staff("caseworker", office))
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("familyName", family))
                .patch("/clients/" + client)
                .then()
                .statusCode(200);
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(
                    0,
                    count(connection, "select count(*) from client_rectification where client_id = ?::uuid", client));
        }
        report(Tokens.staff("caseworker", office), client, REPORT_REASON, "application/json")
                .then()
                .statusCode(200)
                .body("rectifications", equalTo(List.of()));
    }

    @Test
    void onlyStaffCoveringTheOwningOfficeWithAStatedPurposeGetTheReport() {
        HouseholdFixtures.Office parent = HouseholdFixtures.office("RESOURCE_CENTRE", null);
        HouseholdFixtures.Office desk = HouseholdFixtures.office("MIGRATION_DESK", parent.id());
        String client =
                ClientFixtures.registerId(desk.code(), ClientFixtures.person("Olena", ClientFixtures.uniqueName()));
        String other = HouseholdFixtures.office("RESOURCE_CENTRE", null).code();

        // the owning office's caseworker, and a coordinator above it
        report(Tokens.staff("caseworker", desk.code()), client, REPORT_REASON, "application/json")
                .then()
                .statusCode(200)
                .body("clientId", equalTo(client));
        report(Tokens.staff("coordinator", parent.code()), client, REPORT_REASON, "application/json")
                .then()
                .statusCode(200)
                .body("client.administrativeStatus", equalTo("IRREGULAR"));

        // another office's staff, even with a purpose: the record does not exist for them
        for (String role : List.of("caseworker", "coordinator")) {
            report(Tokens.staff(role, other), client, REPORT_REASON, "application/json")
                    .then()
                    .statusCode(404)
                    .contentType(containsString(Problem.MEDIA_TYPE))
                    .body(not(containsString(client + "\"")));
        }
        // a caseworker of the parent office reaches the desk's records like a coordinator does; a desk's caseworker
        // never reaches a record of the parent office
        String parentClient =
                ClientFixtures.registerId(parent.code(), ClientFixtures.person("Taras", ClientFixtures.uniqueName()));
        report(Tokens.staff("caseworker", desk.code()), parentClient, REPORT_REASON, "application/json")
                .then()
                .statusCode(404);

        // partners, the dashboard (analyst) and the other roles are refused by role
        for (String token : List.of(
                Tokens.partner("partner-" + java.util.UUID.randomUUID()),
                Tokens.of("analyst"),
                Tokens.of("auditor"),
                Tokens.admin())) {
            report(token, client, REPORT_REASON, "application/json").then().statusCode(403);
        }

        // the purpose is required and must be well formed; neither answer says whether the client exists
        report(Tokens.staff("caseworker", desk.code()), client, null, "application/json")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("X-Access-Reason"));
        report(Tokens.staff("caseworker", desk.code()), client, "SUBJECT; please", "application/json")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("X-Access-Reason"));
        report(Tokens.staff("caseworker", other), java.util.UUID.randomUUID().toString(), null, "text/html")
                .then()
                .statusCode(400);
        report(
                        Tokens.staff("caseworker", desk.code()),
                        java.util.UUID.randomUUID().toString(),
                        REPORT_REASON,
                        "text/html")
                .then()
                .statusCode(404)
                .contentType(containsString(Problem.MEDIA_TYPE));
    }

    @Test
    void theDocumentEscapesEveryValueAndSpeaksThePersonsLanguage() {
        String hostile = "<script>alert('x')</script>";
        SubjectAccessFixtures.Held held = SubjectAccessFixtures.everythingHeld(
                p -> p.address(hostile + " street").preferredLanguages(List.of("fr", "en")));
        Response response = report(held.staff(), held.client(), REPORT_REASON, "text/html");
        response.then().statusCode(200).contentType(containsString("text/html"));
        String html = response.asString();

        assertFalse(html.contains("<script"), "no markup from the data");
        assertFalse(html.contains("user-"), "staff subjects are removed from every part");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; street"));
        // French labels, English where French has none, words for a member without any label
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains("Votre dossier"));
        assertTrue(html.contains("Corrections apport\u00e9es \u00e0 votre dossier"));
        assertTrue(html.contains("<th scope=\"row\">Specific needs</th>"), "English where French has no label");
        assertTrue(html.contains("<th scope=\"row\">Reference</th>"), "words where no language has a label");
        // the correction and the old value are in the document too
        assertTrue(html.contains(held.oldFamilyName()));
        assertTrue(html.contains(held.confidentialNote()));
    }

    /**
     * The document of a demo persona (Pedro, domain section 7: Uruguayan, Spanish-speaking), written to
     * {@code target/subject-access-example.html}; docs/subject-access-example.html is a copy of it.
     */
    @Test
    void aDemoPersonasDocumentIsLabelledInSpanish() throws IOException {
        UnaryOperator<ClientFixtures.Person> pedro = p -> p.givenName("Pedro")
                .sex(Sex.MALE)
                .birthDate("1987-03-14")
                .nationalities(List.of("UY"))
                .countryOfBirth("UY")
                .preferredLanguages(List.of("es"))
                .phone("+598 99 123 456")
                .email("pedro.example@example.org")
                .genderIdentity("man")
                .administrativeStatus(AdministrativeStatus.REGULAR_TEMPORARY)
                .roles(Set.of(ClientRole.EMIGRANT_DIASPORA));
        SubjectAccessFixtures.Held held = SubjectAccessFixtures.everythingHeld(pedro, "Fernandes", "Fern\u00e1ndez");
        Api.as(Tokens.staff(
                        "caseworker",
                        HouseholdFixtures.office("MIGRATION_DESK", null).code()))
                .header(AccessReasons.HEADER, "SAFEGUARDING; the client asked our desk for urgent help abroad")
                .get("/clients/" + held.client())
                .then()
                .statusCode(200);
        String html = report(held.staff(), held.client(), REPORT_REASON, "text/html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("<html lang=\"es\">"));
        assertTrue(html.contains("Su expediente"));
        assertTrue(html.contains("Correcciones de su expediente"));
        assertTrue(html.contains("Fernandes"), "the corrected value");
        Files.writeString(Path.of("target", "subject-access-example.html"), html);
    }

    @Test
    void aLanguageWithoutLabelsFallsBackToEnglish() {
        String office = HouseholdFixtures.office("MIGRATION_DESK", null).code();
        ClientFixtures.Person person = ClientFixtures.person("Maria", ClientFixtures.uniqueName());
        person.preferredLanguages(List.of("tl"));
        String client = ClientFixtures.registerId(office, person);
        report(Tokens.staff("caseworker", office), client, REPORT_REASON, "text/html")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Who consulted your record"))
                .body(containsString("Nothing recorded"));
    }

    private static long count(Connection connection, String sql, String... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
