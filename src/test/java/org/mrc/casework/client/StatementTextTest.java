package org.mrc.casework.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.StatementLog;
import org.mrc.casework.support.Tokens;

/**
 * The statements behind the client registry's requests have texts that depend on which parameters a request uses,
 * never on their values: otherwise every new input adds an entry to Hibernate's query interpretation cache (which then
 * degrades into long hash chains) and to PostgreSQL's statement cache. The same requests are made twice with other
 * values (other names with other numbers of words, dates, phones, page sizes, and coordinators whose subtrees hold
 * other numbers of offices); the second round must not add one new statement text.
 */
@QuarkusTest
class StatementTextTest {

    /** Statements of scheduled jobs (which may run at any time) are not about the requests made here. */
    private static final Pattern REQUEST_TABLES = Pattern.compile("\\b(client|office|audit_entry|consent)\\b");

    @Test
    void statementTextsDoNotGrowWithTheValuesOfRequests() {
        Random random = new Random(11);
        round(random, 1);
        Set<String> before = relevant(StatementLog.seen());
        round(random, 4);
        Set<String> added = new HashSet<>(relevant(StatementLog.seen()));
        added.removeAll(before);
        assertEquals(Set.of(), added, "statement texts that a new input added");
    }

    private static void round(Random random, int firstSubtreeSize) {
        for (int subtree = firstSubtreeSize; subtree < firstSubtreeSize + 3; subtree++) {
            String centreCode = OfficeFixtures.uniqueCode();
            String centreId = OfficeFixtures.openWithCode(centreCode, "RESOURCE_CENTRE", null)
                    .extract()
                    .path("id");
            List<String> desks = new ArrayList<>();
            for (int i = 0; i < subtree; i++) {
                desks.add(Api.asAdmin()
                        .body(OfficeFixtures.body(OfficeFixtures.uniqueCode(), "MIGRATION_DESK", centreId))
                        .post("/offices")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("code"));
            }
            String coordinator = Tokens.staff("coordinator", centreCode);
            String caseworker = Tokens.staff("caseworker", desks.get(0));
            Api.as(coordinator).get("/offices/in-my-scope").then().statusCode(200);
            for (int person = 0; person < 4; person++) {
                String name = words(random, 1 + person);
                ClientFixtures.Person body = ClientFixtures.person(words(random, 1), name);
                body.birthDate(
                        "19%02d-0%d-1%d".formatted(50 + random.nextInt(49), 1 + random.nextInt(9), random.nextInt(9)));
                if (person % 2 == 1) {
                    body.birthDate((LocalDate) null);
                    body.birthYear(1950 + random.nextInt(50));
                }
                if (person == 3) {
                    body.phone(null);
                }
                // the duplicate check runs; a new, unrelated person is registered
                String id = Api.as(caseworker)
                        .body(body)
                        .post("/clients")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                Api.as(coordinator).get("/clients/" + id).then().statusCode(200);
                Api.as(caseworker).get("/clients/" + id).then().statusCode(200);
                for (String token : List.of(coordinator, caseworker)) {
                    Api.as(token)
                            .queryParam("name", words(random, 1 + random.nextInt(4)))
                            .queryParam("limit", 1 + random.nextInt(150))
                            .get("/clients")
                            .then()
                            .statusCode(200);
                    Api.as(token)
                            .queryParam("name", name)
                            .queryParam("birthYear", 1950 + random.nextInt(50))
                            .get("/clients")
                            .then()
                            .statusCode(200);
                    Api.as(token)
                            .queryParam("phone", "+380 44 " + random.nextInt(9_999_999))
                            .queryParam("limit", 1 + random.nextInt(150))
                            .get("/clients")
                            .then()
                            .statusCode(200);
                }
            }
        }
    }

    private static Set<String> relevant(Set<String> statements) {
        Set<String> kept = new HashSet<>();
        for (String statement : statements) {
            if (REQUEST_TABLES.matcher(statement).find()) {
                kept.add(statement);
            }
        }
        return kept;
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int syllable = 0; syllable < 3; syllable++) {
                word.append("bcdfgklmnprstvz".charAt(random.nextInt(15))).append("aeiou".charAt(random.nextInt(5)));
            }
            word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
            words.add(word.toString());
        }
        return String.join(" ", words);
    }
}
