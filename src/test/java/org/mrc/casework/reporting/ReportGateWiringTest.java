package org.mrc.casework.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Reports go through the gate: with every report slot taken, a report is answered 503 report-busy (a problem
 * document with Retry-After) once the queue wait (1 s in tests) has passed, while case work is served as usual; once
 * a slot frees, reports are answered again.
 */
@QuarkusTest
class ReportGateWiringTest {

    @Inject
    ReportGate gate;

    @Inject
    ReportingConfig config;

    @Test
    void withEverySlotTakenReportsAreRefusedAndCaseWorkIsNot() throws Exception {
        String office = OfficeFixtures.open("RESOURCE_CENTRE", null);
        // the reports answer (200) before the slots are taken: rollups built, nothing else in the way
        ReportFixtures.refresh();
        Api.as(Tokens.of("analyst")).get("/reports/caseload").then().statusCode(200);
        CountDownLatch taken = new CountDownLatch(config.concurrency());
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency());
        List<Future<Boolean>> holders = new ArrayList<>();
        try {
            for (int i = 0; i < config.concurrency(); i++) {
                holders.add(pool.submit(() -> gate.through(() -> {
                    taken.countDown();
                    return release.await(60, TimeUnit.SECONDS);
                })));
            }
            assertTrue(taken.await(30, TimeUnit.SECONDS));
            Api.as(Tokens.of("analyst"))
                    .get("/reports/caseload")
                    .then()
                    .statusCode(503)
                    .contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", ReportGate.RETRY_AFTER_SECONDS)
                    .body("type", equalTo("urn:problem-type:mrc:report-busy"));
            Api.asAdmin().get("/offices/" + office).then().statusCode(200);
        } finally {
            release.countDown();
            for (Future<Boolean> holder : holders) {
                holder.get(30, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
        }
        Api.as(Tokens.of("analyst")).get("/reports/caseload").then().statusCode(200);
    }
}
