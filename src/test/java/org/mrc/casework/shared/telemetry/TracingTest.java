package org.mrc.casework.shared.telemetry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.FailureProbeResource;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Requests are traced (the test suite exports spans into memory), and no span carries what the caller sent or what
 * a failure said: a searched name, a phone number in a query, a name typed into a URL, the user agent, or the message
 * of an exception that names a person.
 */
@QuarkusTest
class TracingTest {

    /** The suite's trace exporter: spans stay in this JVM. */
    @ApplicationScoped
    static class InMemoryExporter {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void requestsAreTracedByRouteAndNoSpanCarriesWhatTheCallerSentOrWhatAFailureSaid() throws InterruptedException {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String name = ClientFixtures.uniqueName();
        String typedInUrl = "Zz" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "q";
        String staff = Tokens.staff("caseworker", office);
        spans.reset();

        Api.as(staff)
                .queryParam("name", name)
                .queryParam("phone", "+63 917 555 0199")
                .header("User-Agent", "Agent-" + name)
                .get("/clients")
                .then()
                .statusCode(200);
        Api.as(staff).get("/clients/" + typedInUrl).then().statusCode(404);
        Api.asAdmin().get("/test-support/failure").then().statusCode(500);

        // spans are exported in batches: wait for the search's own, not for any three (an earlier test's late spans
        // can arrive after the reset)
        List<SpanData> exported = awaitSpans(3, all -> all.stream().anyMatch(s -> "/clients".equals(route(s))));
        assertTrue(
                exported.stream().anyMatch(s -> "/clients".equals(route(s))),
                "the search is traced under its route template: " + exported);
        for (SpanData span : exported) {
            String seen = span.getName() + span.getAttributes() + span.getEvents() + span.getStatus();
            for (String secret : List.of(name, "555 0199", typedInUrl, FailureProbeResource.SECRET)) {
                assertFalse(seen.contains(secret), "span " + span.getName() + " carries what it must not: " + seen);
            }
        }
    }

    private static String route(SpanData span) {
        return span.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("http.route"))
                .map(e -> String.valueOf(e.getValue()))
                .findFirst()
                .orElse(null);
    }

    private List<SpanData> awaitSpans(int atLeast, java.util.function.Predicate<List<SpanData>> arrived)
            throws InterruptedException {
        for (int i = 0;
                i < 200
                        && (spans.getFinishedSpanItems().size() < atLeast
                                || !arrived.test(spans.getFinishedSpanItems()));
                i++) {
            Thread.sleep(100);
        }
        List<SpanData> exported = spans.getFinishedSpanItems();
        assertTrue(exported.size() >= atLeast, "spans exported: " + exported.size());
        return exported;
    }
}
