package org.mrc.casework.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.LiveContract;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The same requests, repeated, add nothing to Hibernate's query-plan cache. A statement whose cache key differs on
 * every call (a value written into the SQL text, or a native query given a basic result class, whose implicit
 * result builder has no equality) adds one plan per request: every key has the same hash, so the cache bin becomes a
 * tree searched on every request, and the read path slows down as the service runs (issue 15's profile: 15-19% of
 * all samples in {@code SelectInterpretationsKey.equals}). Every GET of the live contract is sent as every role,
 * with real ids where the path names a client or an office, and a registration runs the duplicate check.
 */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void repeatingTheSameRequestsAddsNoQueryPlan() {
        String office = OfficeFixtures.uniqueCode();
        String officeId = OfficeFixtures.openWithCode(office, "RESOURCE_CENTRE", null)
                .extract()
                .path("id");
        String clientId = ClientFixtures.registerId(office, ClientFixtures.person("Plan", ClientFixtures.uniqueName()));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("caseworker", Tokens.staff("caseworker", office));
        tokens.put("coordinator", Tokens.staff("coordinator", office));
        tokens.put("admin", Tokens.admin());
        tokens.put("analyst", Tokens.of("analyst"));
        tokens.put("auditor", Tokens.of("auditor"));
        tokens.put("partner", Tokens.partner(UUID.randomUUID().toString()));
        List<String> uris = LiveContract.operations().stream()
                .filter(operation -> operation.method().equals("GET"))
                .map(operation -> uri(operation, clientId, officeId))
                .toList();

        int[] served = new int[1];
        AtomicInteger rounds = new AtomicInteger();
        Runnable round = () -> {
            for (String uri : uris) {
                for (String token : tokens.values()) {
                    int status = Api.as(token)
                            .header(AccessReasons.HEADER, AccessReasons.VALID)
                            .get(uri)
                            .statusCode();
                    if (status == 200) {
                        served[0]++;
                    }
                }
            }
            // without confirmNotDuplicate, so that the duplicate check runs
            Api.as(tokens.get("caseworker"))
                    // born years apart from everyone registered here before, so the check finds nobody (a 201)
                    .body(ClientFixtures.person("Plan", ClientFixtures.uniqueName())
                            .birthDate(LocalDate.of(1940 + 3 * rounds.getAndIncrement(), 1, 1)))
                    .post("/clients")
                    .then()
                    .statusCode(201);
        };
        round.run();
        round.run();
        // a scheduled job (report refresh, outbox, expiry) may run a statement for the first time during any round,
        // which adds its plan once; a statement that pollutes the cache adds plans in every round
        List<Integer> added = new ArrayList<>();
        int after = plans();
        do {
            int before = after;
            served[0] = 0;
            round.run();
            after = plans();
            added.add(after - before);
        } while (added.get(added.size() - 1) != 0 && added.size() < 3);

        int max = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.hibernate-orm.query.query-plan-cache-max-size", Integer.class)
                .orElse(2048);
        assertTrue(after < max, "the plan cache is full (" + after + " of " + max + "), so growth cannot be seen");
        assertTrue(served[0] > 40, "the rounds reached the data (" + served[0] + " answers 200)");
        assertEquals(
                0,
                added.get(added.size() - 1),
                "query plans added by each repetition of the same " + uris.size() + " reads per role: " + added);
    }

    private int plans() {
        return entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    /** The operation's path with a real client or office where it names one, and a fixed unknown id elsewhere. */
    private static String uri(LiveContract.Operation operation, String clientId, String officeId) {
        String path = operation.path();
        String id = path.startsWith("/clients/") ? clientId : path.startsWith("/offices/") ? officeId : UNKNOWN;
        return path.replace("{clientId}", clientId)
                .replace("{id}", id)
                .replace("{code}", "LEGAL_AID")
                .replaceAll("\\{[A-Za-z]+}", UNKNOWN);
    }

    private static final String UNKNOWN = "00000000-0000-4000-8000-00000000abcd";
}
