package org.mrc.casework.client.humancapital;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mrc.casework.support.HumanCapitalFixtures.deskWithClient;
import static org.mrc.casework.support.HumanCapitalFixtures.diploma;
import static org.mrc.casework.support.HumanCapitalFixtures.employment;
import static org.mrc.casework.support.HumanCapitalFixtures.language;
import static org.mrc.casework.support.HumanCapitalFixtures.recognition;
import static org.mrc.casework.support.HumanCapitalFixtures.skill;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class HumanCapitalTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String TOMORROW = LocalDate.now().plusDays(2).toString();

    /** Diplomas and the history of their recognition. */
    @Nested
    class Diplomas {

        @Test
        void aCaseworkerRecordsADiplomaWithItsRecognitionSoFar() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            Response created = Api.as(caseworker)
                    .body(diploma(
                            2004,
                            List.of(
                                    recognition("FR", "RECOGNISED", "2012-09-01"),
                                    recognition("GB", "REFUSED", "2011-05-10"),
                                    recognition("FR", "PENDING", "2012-01-15"))))
                    .post("/clients/" + desk[1] + "/diplomas");
            created.then()
                    .statusCode(201)
                    .header("Location", containsString("/clients/" + desk[1] + "/diplomas/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("title", equalTo("Master in Management and International Trade"))
                    .body("level", equalTo("MASTER"))
                    .body("issuingCountry", equalTo("IN"))
                    .body("year", equalTo(2004))
                    .body("recognition.country", equalTo(List.of("FR", "GB")))
                    .body("recognition.status", equalTo(List.of("RECOGNISED", "REFUSED")))
                    .body("history.status", equalTo(List.of("REFUSED", "PENDING", "RECOGNISED")))
                    .body("history[0].recordedBy", not(nullValue()));
            String id = created.path("id");
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .statusCode(200)
                    .body("clientId", equalTo(desk[1]))
                    .body("visibility", equalTo("S2"))
                    .body("diplomas.id", equalTo(List.of(id)))
                    .body("diplomas[0].recognition.status", equalTo(List.of("RECOGNISED", "REFUSED")))
                    .body("diplomas[0].history", hasSize(3))
                    .body("skills", equalTo(List.of()))
                    .body("languages", equalTo(List.of()))
                    .body("employment", equalTo(List.of()));
        }

        @Test
        void theLatestEffectiveEntryIsTheCurrentStatusPerCountryAndTheHistoryIsKept() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String diplomas = "/clients/" + desk[1] + "/diplomas/";
            String id = Api.as(caseworker)
                    .body(diploma(2004, List.of(recognition("FR", "RECOGNISED", "2012-09-01"))))
                    .post(diplomas)
                    .path("id");
            Api.as(caseworker)
                    .body(recognition("FR", "LAPSED", "2020-01-01"))
                    .post(diplomas + id + "/recognitions")
                    .then()
                    .statusCode(201)
                    .header("Location", containsString(diplomas + id + "/recognitions/"))
                    .body("diplomaId", equalTo(id))
                    .body("status", equalTo("LAPSED"));
            // a back-filled earlier status completes the history without becoming current
            Api.as(caseworker)
                    .body(Map.of("country", "FR", "status", "PENDING", "effectiveOn", "2011-03-01", "note", "applied"))
                    .post(diplomas + id + "/recognitions")
                    .then()
                    .statusCode(201);
            Api.as(caseworker)
                    .body(recognition("DE", "PARTIAL", "2019-06-30"))
                    .post(diplomas + id + "/recognitions")
                    .then()
                    .statusCode(201);
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .statusCode(200)
                    .body("diplomas[0].recognition.country", equalTo(List.of("DE", "FR")))
                    .body("diplomas[0].recognition.status", equalTo(List.of("PARTIAL", "LAPSED")))
                    .body("diplomas[0].history.status", equalTo(List.of("PENDING", "RECOGNISED", "PARTIAL", "LAPSED")))
                    .body(
                            "diplomas[0].history.effectiveOn",
                            equalTo(List.of("2011-03-01", "2012-09-01", "2019-06-30", "2020-01-01")))
                    .body("diplomas[0].history[0].note", equalTo("applied"))
                    .body("diplomas[0].version", equalTo(3));
        }

        @Test
        void aDiplomaIsRemovedOnlyAtItsCurrentVersionAndTakesItsHistoryWithIt() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String diplomas = "/clients/" + desk[1] + "/diplomas/";
            String id = Api.as(caseworker)
                    .body(diploma(null, List.of(recognition("FR", "PENDING", "2024-01-01"))))
                    .post(diplomas)
                    .path("id");
            Api.as(caseworker)
                    .body(recognition("FR", "RECOGNISED", "2025-01-01"))
                    .post(diplomas + id + "/recognitions")
                    .then()
                    .statusCode(201);
            Api.as(caseworker).delete(diplomas + id).then().statusCode(428);
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .delete(diplomas + id)
                    .then()
                    .statusCode(412)
                    .contentType(Problem.MEDIA_TYPE);
            Api.as(caseworker)
                    .header("If-Match", "\"1\"")
                    .delete(diplomas + id)
                    .then()
                    .statusCode(204);
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .body("diplomas", equalTo(List.of()));
            Api.as(caseworker)
                    .body(recognition("FR", "LAPSED", "2025-06-01"))
                    .post(diplomas + id + "/recognitions")
                    .then()
                    .statusCode(404);
        }

        @Test
        void theDatabaseRefusesToRewriteRecognitionHistoryButDropsItWithItsDiploma() throws SQLException {
            String[] desk = deskWithClient();
            String id = Api.as(Tokens.staff("caseworker", desk[0]))
                    .body(diploma(2004, List.of(recognition("FR", "REFUSED", "2012-09-01"))))
                    .post("/clients/" + desk[1] + "/diplomas")
                    .path("id");
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                String where = " where diploma_id = '" + id + "'";
                assertThrows(
                        SQLException.class,
                        () -> statement.executeUpdate("update diploma_recognition set status = 'RECOGNISED'" + where));
                assertThrows(
                        SQLException.class, () -> statement.executeUpdate("delete from diploma_recognition" + where));
                assertThrows(SQLException.class, () -> statement.executeUpdate("truncate diploma_recognition"));
                assertEquals(1, count(statement, "select count(*) from diploma_recognition" + where));
                statement.executeUpdate("delete from client_diploma where id = '" + id + "'");
                assertEquals(0, count(statement, "select count(*) from diploma_recognition" + where));
            }
        }

        @Test
        void diplomasAndRecognitionsAreValidatedFieldByField() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String diplomas = "/clients/" + desk[1] + "/diplomas/";
            HumanCapitalFixtures.Diploma body = diploma(
                    2004,
                    List.of(recognition("XX", "RECOGNISED", "2012-09-01"), recognition("FR", "PENDING", TOMORROW)));
            body.issuingCountry("India");
            body.title(" ");
            Api.as(caseworker)
                    .body(body)
                    .post(diplomas)
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors.field", hasItem("$.recognitions[0].country"))
                    .body("errors.field", hasItem("$.recognitions[1].effectiveOn"))
                    .body("errors.field", hasItem("$.issuingCountry"))
                    .body("errors.field", hasItem("$.title"))
                    .body(not(containsString("India")));
            Api.as(caseworker)
                    .body(Json.with(
                            diploma(2004, null),
                            "recognitions",
                            List.of(Json.with(recognition("FR", "RECOGNISED", "2012-09-01"), "status", "ACCEPTED"))))
                    .post(diplomas)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.recognitions[0].status"))
                    .body("errors[0].message", containsString("RECOGNISED"));
            Api.as(caseworker)
                    .body(diploma(
                            2004,
                            List.of(
                                    recognition("FR", "PENDING", "2012-01-01"),
                                    recognition("FR", "RECOGNISED", "2003-01-01"))))
                    .post(diplomas)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.recognitions[1].effectiveOn")));
            Api.as(caseworker)
                    .body(diploma(LocalDate.now().getYear() + 1, null))
                    .post(diplomas)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.year")));
            String id =
                    Api.as(caseworker).body(diploma(2004, null)).post(diplomas).path("id");
            Api.as(caseworker)
                    .body(recognition("FR", "RECOGNISED", "2003-12-31"))
                    .post(diplomas + id + "/recognitions")
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.effectiveOn")));
            Api.as(caseworker)
                    .body(Map.of("country", "FR"))
                    .post(diplomas + id + "/recognitions")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("$.status"))
                    .body("errors.field", hasItem("$.effectiveOn"));
        }
    }

    /** Skills and how they were acquired. */
    @Nested
    class Skills {

        @Test
        void skillsAreRecordedWithHowTheyWereAcquiredAndRemovedWhenEnteredByMistake() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String skills = "/clients/" + desk[1] + "/skills/";
            HumanCapitalFixtures.Skill hairdressing = skill("Hairdressing", "ABROAD", "DE");
            hairdressing.certified(true);
            Response created = Api.as(caseworker).body(hairdressing).post(skills);
            created.then()
                    .statusCode(201)
                    .header("Location", endsWith(skills + created.path("id")))
                    .body("name", equalTo("Hairdressing"))
                    .body("acquired", equalTo("ABROAD"))
                    .body("certified", equalTo(true))
                    .body("country", equalTo("DE"));
            String mistake = Api.as(caseworker)
                    .body(skill("Bookkeeping", "ON_THE_JOB", null))
                    .post(skills)
                    .then()
                    .statusCode(201)
                    .body("certified", equalTo(false))
                    .body("$", not(hasKey("country")))
                    .extract()
                    .path("id");
            Api.as(caseworker).delete(skills + mistake).then().statusCode(204);
            Api.as(caseworker).delete(skills + mistake).then().statusCode(404);
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .body("skills.name", equalTo(List.of("Hairdressing")));
        }

        @Test
        void aSkillAcquiredAbroadNamesTheCountryAndCodesAreValidated() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String skills = "/clients/" + desk[1] + "/skills";
            Api.as(caseworker)
                    .body(skill("Welding", "ABROAD", null))
                    .post(skills)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.country")));
            Api.as(caseworker)
                    .body(Json.with(skill("Welding", "ABROAD", "DE"), "acquired", "SELF_TAUGHT"))
                    .post(skills)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.acquired"));
            Api.as(caseworker)
                    .body(skill("", "FORMAL", "Germany"))
                    .post(skills)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.country", "$.name")));
        }
    }

    /** Languages with their CEFR level and certificate. */
    @Nested
    class Languages {

        @Test
        void aLanguageIsRecordedOnceWithItsCefrLevelAndReplacedByRemovingIt() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String languages = "/clients/" + desk[1] + "/languages/";
            String german = Api.as(caseworker)
                    .body(language("de", null, null, null))
                    .post(languages)
                    .then()
                    .statusCode(201)
                    .body("language", equalTo("de"))
                    .body("level", equalTo("UNKNOWN"))
                    .body("certified", equalTo(false))
                    .extract()
                    .path("id");
            Api.as(caseworker)
                    .body(language("de", "B1", true, "Goethe-Zertifikat B1"))
                    .post(languages)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:language-already-recorded"))
                    .body("existingId", equalTo(german));
            Api.as(caseworker).delete(languages + german).then().statusCode(204);
            Api.as(caseworker)
                    .body(language("de", "B1", true, "Goethe-Zertifikat B1"))
                    .post(languages)
                    .then()
                    .statusCode(201)
                    .body("certificateName", equalTo("Goethe-Zertifikat B1"));
            Api.as(caseworker)
                    .body(language("uk", "NATIVE", false, null))
                    .post(languages)
                    .then()
                    .statusCode(201);
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .body("languages.language", equalTo(List.of("de", "uk")))
                    .body("languages.level", equalTo(List.of("B1", "NATIVE")));
        }

        @Test
        void languageCodesLevelsAndCertificatesAreValidated() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String languages = "/clients/" + desk[1] + "/languages";
            Api.as(caseworker)
                    .body(language("German", "B1", false, null))
                    .post(languages)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.language")));
            Api.as(caseworker)
                    .body(Json.with(language("de", "B1", false, null), "level", "B3"))
                    .post(languages)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.level"))
                    .body("errors[0].message", containsString("C2"));
            Api.as(caseworker)
                    .body(language("de", "UNKNOWN", true, "Some certificate"))
                    .post(languages)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.level")));
            Api.as(caseworker)
                    .body(language("de", "B2", false, "Some certificate"))
                    .post(languages)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.certificateName")));
        }
    }

    /** The employment history across the migration cycle. */
    @Nested
    class Employment {

        @Test
        void employmentHistoryIsInCycleOrderAndACurrentOccupationCanBeEnded() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String employment = "/clients/" + desk[1] + "/employment/";
            Response current = Api.as(caseworker)
                    .body(employment("AFTER", "Export company director", 1, "SELF_EMPLOYED", "2022-01-01", null, true))
                    .post(employment);
            current.then()
                    .statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .header("Location", endsWith(employment + current.path("id")))
                    .body("current", equalTo(true))
                    .body("iscoMajorGroup", equalTo(1))
                    .body("$", not(hasKey("to")));
            Api.as(caseworker)
                    .body(employment("DURING", "Warehouse worker", 9, "FORMAL", "2012-01-01", "2021-06-30", false))
                    .post(employment)
                    .then()
                    .statusCode(201);
            Api.as(caseworker)
                    .body(employment("BEFORE", "Trade officer", 2, "FORMAL", "2005-01-01", "2011-12-31", null))
                    .post(employment)
                    .then()
                    .statusCode(201)
                    .body("current", equalTo(false));
            Api.as(caseworker)
                    .body(employment("DURING", null, null, "UNEMPLOYED", "2011-12-01", "2011-12-31", false))
                    .post(employment)
                    .then()
                    .statusCode(201);
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .body("employment.period", equalTo(List.of("BEFORE", "DURING", "DURING", "AFTER")))
                    .body(
                            "employment.employmentStatus",
                            equalTo(List.of("FORMAL", "UNEMPLOYED", "FORMAL", "SELF_EMPLOYED")))
                    .body("employment.iscoMajorGroup", equalTo(Arrays.asList(2, null, 9, 1)));

            String id = current.path("id");
            Api.as(caseworker)
                    .body(Map.of("to", "2025-12-31"))
                    .post(employment + id + "/end")
                    .then()
                    .statusCode(428);
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("to", "2021-12-31"))
                    .post(employment + id + "/end")
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.to")));
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("to", "2025-12-31"))
                    .post(employment + id + "/end")
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("current", equalTo(false))
                    .body("to", equalTo("2025-12-31"));
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("to", "2025-12-31"))
                    .post(employment + id + "/end")
                    .then()
                    .statusCode(412);
            Api.as(caseworker)
                    .header("If-Match", "\"1\"")
                    .body(Map.of("to", "2025-12-31"))
                    .post(employment + id + "/end")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:employment-already-ended"));
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .delete(employment + id)
                    .then()
                    .statusCode(412);
            Api.as(caseworker)
                    .header("If-Match", "\"1\"")
                    .delete(employment + id)
                    .then()
                    .statusCode(204);
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .body("employment.period", equalTo(List.of("BEFORE", "DURING", "DURING")));
        }

        @Test
        void employmentIsValidatedFieldByField() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String employment = "/clients/" + desk[1] + "/employment";
            HumanCapitalFixtures.Employment body =
                    employment("DURING", "Cleaner", 10, "INFORMAL", TOMORROW, null, false);
            body.country("France");
            Api.as(caseworker)
                    .body(body)
                    .post(employment)
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors.field", equalTo(List.of("$.country", "$.from", "$.iscoMajorGroup")));
            Api.as(caseworker)
                    .body(employment("DURING", "Cleaner", -1, "INFORMAL", null, null, false))
                    .post(employment)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.iscoMajorGroup")));
            Api.as(caseworker)
                    .body(employment("DURING", "Cleaner", 9, "INFORMAL", "2020-05-01", "2020-04-30", false))
                    .post(employment)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.to")));
            Api.as(caseworker)
                    .body(employment("DURING", null, null, "INFORMAL", null, null, false))
                    .post(employment)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.occupationTitle", "$.iscoMajorGroup")));
            Api.as(caseworker)
                    .body(employment("AFTER", "Cleaner", 9, "UNEMPLOYED", null, null, true))
                    .post(employment)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.occupationTitle", "$.iscoMajorGroup")));
            Api.as(caseworker)
                    .body(employment("AFTER", "Cleaner", 9, "FORMAL", "2024-01-01", "2024-06-01", true))
                    .post(employment)
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("$.to")));
            Api.as(caseworker)
                    .body(Json.with(employment("DURING", "Cleaner", 9, "FORMAL", null, null, false), "period", "LATER"))
                    .post(employment)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("$.period"));
        }
    }

    /** What holds for every kind of entry: bounds, audit, idempotent creates. */
    @Nested
    class EveryKindOfEntry {

        @Test
        void aClientRecordHoldsABoundedNumberOfEntriesOfEachKind() throws SQLException {
            String[] desk = deskWithClient();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into client_skill (id, client_id, name, acquired, created_at)"
                        + " select gen_random_uuid(), '" + desk[1] + "', 'Skill ' || n, 'INFORMAL', now()"
                        + " from generate_series(1, " + HumanCapitalService.MAX_ENTRIES + ") n");
            }
            Api.as(Tokens.staff("caseworker", desk[0]))
                    .body(skill("One more", "FORMAL", null))
                    .post("/clients/" + desk[1] + "/skills")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("urn:problem-type:mrc:human-capital-limit-reached"));
        }

        @Test
        void everyReadAndChangeIsAuditedAgainstTheClientIncludingRefusedAttempts() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String base = "/clients/" + desk[1];
            String diploma = Api.as(caseworker)
                    .body(diploma(2004, null))
                    .post(base + "/diplomas")
                    .path("id");
            Api.as(caseworker)
                    .body(recognition("FR", "PENDING", "2024-01-01"))
                    .post(base + "/diplomas/" + diploma + "/recognitions")
                    .then()
                    .statusCode(201);
            String skillId = Api.as(caseworker)
                    .body(skill("Welding", "FORMAL", null))
                    .post(base + "/skills")
                    .path("id");
            Api.as(caseworker).delete(base + "/skills/" + skillId).then().statusCode(204);
            String lang = Api.as(caseworker)
                    .body(language("fr", "A2", false, null))
                    .post(base + "/languages")
                    .path("id");
            Api.as(caseworker).delete(base + "/languages/" + lang).then().statusCode(204);
            String job = Api.as(caseworker)
                    .body(employment("AFTER", "Cook", 5, "FORMAL", "2024-01-01", null, true))
                    .post(base + "/employment")
                    .path("id");
            Api.as(caseworker)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("to", "2025-01-01"))
                    .post(base + "/employment/" + job + "/end")
                    .then()
                    .statusCode(200);
            Api.as(caseworker)
                    .header("If-Match", "\"1\"")
                    .delete(base + "/employment/" + job)
                    .then()
                    .statusCode(204);
            Api.as(caseworker)
                    .header("If-Match", "\"1\"")
                    .delete(base + "/diplomas/" + diploma)
                    .then()
                    .statusCode(204);
            Api.as(caseworker).get(base + "/human-capital").then().statusCode(200);
            String elsewhere = Tokens.staff("caseworker", OfficeFixtures.openCode("MIGRATION_DESK", null));
            Api.as(elsewhere).get(base + "/human-capital").then().statusCode(404);

            Api.as(Tokens.of("auditor"))
                    .queryParam("resourceId", desk[1])
                    .queryParam("resourceType", "client")
                    .get("/audit")
                    .then()
                    .statusCode(200)
                    .body(
                            "items.action",
                            equalTo(List.of(
                                    "client.human-capital.read",
                                    "client.human-capital.read",
                                    "client.diploma.remove",
                                    "client.employment.remove",
                                    "client.employment.end",
                                    "client.employment.add",
                                    "client.language.remove",
                                    "client.language.add",
                                    "client.skill.remove",
                                    "client.skill.add",
                                    "client.diploma.recognition.add",
                                    "client.diploma.add",
                                    "client.create")))
                    .body("items[0].outcome", equalTo("DENIED"))
                    .body("items[1].outcome", equalTo("SUCCESS"))
                    .body("items[2].outcome", equalTo("SUCCESS"));
        }

        @Test
        void aRetriedCreateWithTheSameIdempotencyKeyRecordsOneEntry() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String base = "/clients/" + desk[1];
            String key = "skill-" + UUID.randomUUID();
            Response first = Api.as(caseworker)
                    .header("Idempotency-Key", key)
                    .body(skill("Welding", "FORMAL", null))
                    .post(base + "/skills");
            first.then().statusCode(201);
            Api.as(caseworker)
                    .header("Idempotency-Key", key)
                    .body(skill("Welding", "FORMAL", null))
                    .post(base + "/skills")
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", equalTo("true"))
                    .header("Location", equalTo(first.header("Location")))
                    .body("id", equalTo(first.path("id")));
            Api.as(caseworker)
                    .header("Idempotency-Key", key)
                    .body(skill("Plumbing", "FORMAL", null))
                    .post(base + "/skills")
                    .then()
                    .statusCode(422);
            String diplomaKey = "diploma-" + UUID.randomUUID();
            HumanCapitalFixtures.Diploma body = diploma(2004, List.of(recognition("FR", "PENDING", "2024-01-01")));
            String diploma = Api.as(caseworker)
                    .header("Idempotency-Key", diplomaKey)
                    .body(body)
                    .post(base + "/diplomas")
                    .path("id");
            Api.as(caseworker)
                    .header("Idempotency-Key", diplomaKey)
                    .body(body)
                    .post(base + "/diplomas")
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", equalTo("true"))
                    .header("ETag", equalTo("\"0\""))
                    .body("id", equalTo(diploma));
            Api.as(caseworker)
                    .get(base + "/human-capital")
                    .then()
                    .body("skills", hasSize(1))
                    .body("diplomas", hasSize(1))
                    .body("diplomas[0].history", hasSize(1));
        }
    }

    /** Who reaches the entries: the owning office, staff out of scope, staff above the desk. */
    @Nested
    class Access {

        @Test
        void outOfScopeStaffWithoutAReasonAreToldTheClientDoesNotExist() {
            String[] desk = deskWithClient();
            String elsewhere = Tokens.staff("caseworker", OfficeFixtures.openCode("MIGRATION_DESK", null));
            Response hidden = Api.as(elsewhere).get("/clients/" + desk[1] + "/human-capital");
            Response missing = Api.as(elsewhere).get("/clients/" + UUID.randomUUID() + "/human-capital");
            hidden.then().statusCode(404).contentType(Problem.MEDIA_TYPE);
            missing.then().statusCode(404);
            assertEquals(
                    missing.path("detail").toString(), hidden.path("detail").toString());
            Api.as(elsewhere)
                    .body(skill("Welding", "FORMAL", null))
                    .post("/clients/" + desk[1] + "/skills")
                    .then()
                    .statusCode(404);
        }

        @Test
        void outOfScopeStaffWithAReasonReadEverythingHereButChangeNothing() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String base = "/clients/" + desk[1];
            String diploma = Api.as(caseworker)
                    .body(diploma(2004, List.of(recognition("FR", "RECOGNISED", "2012-09-01"))))
                    .post(base + "/diplomas")
                    .path("id");
            String skillId = Api.as(caseworker)
                    .body(skill("Hairdressing", "ABROAD", "DE"))
                    .post(base + "/skills")
                    .path("id");
            Api.as(caseworker).body(language("fr", "B2", false, null)).post(base + "/languages");
            String job = Api.as(caseworker)
                    .body(employment("DURING", "Window cleaner", 9, "INFORMAL", "2021-03-01", null, true))
                    .post(base + "/employment")
                    .path("id");

            String elsewhereCode = OfficeFixtures.openCode("MIGRATION_DESK", null);
            String elsewhere = Tokens.staff("caseworker", elsewhereCode);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .get(base + "/human-capital")
                    .then()
                    .statusCode(200)
                    .body("visibility", equalTo("S1"))
                    .body("diplomas[0].recognition[0].status", equalTo("RECOGNISED"))
                    .body("skills[0].name", equalTo("Hairdressing"))
                    .body("languages[0].level", equalTo("B2"))
                    .body("employment[0].occupationTitle", equalTo("Window cleaner"))
                    .body("employment[0].iscoMajorGroup", equalTo(9));

            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .body(skill("Welding", "FORMAL", null))
                    .post(base + "/skills")
                    .then()
                    .statusCode(404);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .body(diploma(2004, null))
                    .post(base + "/diplomas")
                    .then()
                    .statusCode(404);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .body(recognition("FR", "LAPSED", "2020-01-01"))
                    .post(base + "/diplomas/" + diploma + "/recognitions")
                    .then()
                    .statusCode(404);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .body(language("de", "A1", false, null))
                    .post(base + "/languages")
                    .then()
                    .statusCode(404);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .body(employment("AFTER", null, null, "UNEMPLOYED", null, null, true))
                    .post(base + "/employment")
                    .then()
                    .statusCode(404);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("to", "2025-01-01"))
                    .post(base + "/employment/" + job + "/end")
                    .then()
                    .statusCode(404);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .delete(base + "/skills/" + skillId)
                    .then()
                    .statusCode(404);
            Api.as(elsewhere)
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .header("If-Match", "\"0\"")
                    .delete(base + "/employment/" + job)
                    .then()
                    .statusCode(404);
            Api.as(caseworker)
                    .get(base + "/human-capital")
                    .then()
                    .body("skills", hasSize(1))
                    .body("diplomas[0].history", hasSize(1))
                    .body("employment[0].current", equalTo(true));
            Api.as(Tokens.of("auditor"))
                    .queryParam("resourceId", desk[1])
                    .queryParam("action", "client.human-capital.read")
                    .get("/audit")
                    .then()
                    .statusCode(200)
                    .body("items.reason", hasItem(AccessReasons.VALID_TEXT))
                    .body("items.find { it.reason != null }.actorOffice", equalTo(elsewhereCode))
                    .body("items.find { it.reason != null }.outcome", equalTo("SUCCESS"));
        }

        @Test
        void anEntryOfAnotherClientIsNotFoundThroughThisClient() {
            String[] desk = deskWithClient();
            String caseworker = Tokens.staff("caseworker", desk[0]);
            String other =
                    ClientFixtures.registerId(desk[0], ClientFixtures.person("Pedro", ClientFixtures.uniqueName()));
            String skillId = Api.as(caseworker)
                    .body(skill("Grape harvesting", "ON_THE_JOB", null))
                    .post("/clients/" + desk[1] + "/skills")
                    .path("id");
            String diploma = Api.as(caseworker)
                    .body(diploma(2004, null))
                    .post("/clients/" + desk[1] + "/diplomas")
                    .path("id");
            Api.as(caseworker)
                    .delete("/clients/" + other + "/skills/" + skillId)
                    .then()
                    .statusCode(404);
            Api.as(caseworker)
                    .body(recognition("FR", "PENDING", "2024-01-01"))
                    .post("/clients/" + other + "/diplomas/" + diploma + "/recognitions")
                    .then()
                    .statusCode(404);
            Api.as(caseworker)
                    .get("/clients/" + desk[1] + "/human-capital")
                    .then()
                    .body("skills", hasSize(1))
                    .body("diplomas[0].history", equalTo(List.of()));
        }

        @Test
        void aCoordinatorAboveTheOwningDeskRecordsAndReadsWithoutAReason() {
            String centre = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
            String centreId = OfficeFixtures.idOf(centre);
            String desk = OfficeFixtures.openCode("MIGRATION_DESK", centreId);
            String client =
                    ClientFixtures.registerId(desk, ClientFixtures.person("Irina", ClientFixtures.uniqueName()));
            String coordinator = Tokens.staff("coordinator", centre);
            Api.as(coordinator)
                    .body(skill("Hairdressing", "ABROAD", "DE"))
                    .post("/clients/" + client + "/skills")
                    .then()
                    .statusCode(201);
            Api.as(coordinator)
                    .get("/clients/" + client + "/human-capital")
                    .then()
                    .statusCode(200)
                    .body("visibility", equalTo("S2"))
                    .body("skills.name", equalTo(List.of("Hairdressing")));
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
