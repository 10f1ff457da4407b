package org.mrc.casework.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;

/**
 * The outbox survives the death of the instance that is delivering: the packaged service (a separate process) is killed
 * with SIGKILL while the receiver holds its delivery open, and the same service started again (same command line,
 * database and port) delivers the event, with the same {@code webhook-id}, once the dead instance's lease expires.
 * The restarted instance stays up in place of the first one for the integration tests that follow.
 */
@QuarkusIntegrationTest
class WebhookCrashIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theServiceKilledMidDeliveryLosesNoEventAndARestartDeliversIt() throws Exception {
        Setup s = ReferralFixtures.setup("NGO");
        try (Receiver receiver = Receiver.ok()) {
            WebhookDeliveryTest.Subscription sub =
                    WebhookDeliveryTest.subscribePartner(s, receiver.url(), "referral.sent");
            receiver.hold();
            String referral = ReferralFixtures.sent(s, "IDENTITY");
            Receiver.await(
                    WAIT,
                    "the first delivery attempt",
                    () -> receiver.requests().size() == 1);

            ProcessHandle service = theServiceProcess();
            List<String> commandLine = new ArrayList<>();
            commandLine.add(service.info().command().orElseThrow());
            commandLine.addAll(List.of(service.info().arguments().orElseThrow()));
            // on the port the tests talk to (the launcher let the first instance pick a free one); the last -D wins
            int jar = commandLine.indexOf("-jar");
            assertTrue(jar > 0, "a java -jar command line: " + commandLine);
            commandLine.addAll(
                    jar,
                    List.of("-Dquarkus.http.test-port=" + RestAssured.port, "-Dquarkus.http.port=" + RestAssured.port));
            service.destroyForcibly();
            service.onExit().get(30, TimeUnit.SECONDS);
            receiver.release();

            Process restarted = new ProcessBuilder(commandLine)
                    .redirectErrorStream(true)
                    .redirectOutput(new File(
                            Path.of("target", "webhook-crash-restart.log").toString()))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(restarted::destroy));
            // generous: a start on a busy CI machine can take a minute
            Receiver.await(Duration.ofMinutes(4), "the restarted service to be ready", () -> ready(restarted));

            Receiver.await(
                    WAIT,
                    "the redelivery after the restart",
                    () -> receiver.requests().size() >= 2);
            Receiver.Request first = receiver.requests().get(0);
            Receiver.Request again = receiver.requests().get(1);
            assertEquals(first.header("webhook-id"), again.header("webhook-id"), "the same event, not a new one");
            assertEquals(first.body(), again.body());
            WebhookDeliveryTest.verify(sub.secret(), again);
            assertEquals("referral.sent", WebhookDeliveryTest.json(again.body()).get("type"));
            assertTrue(again.body().contains(referral));
            Api.as(s.partnerToken())
                    .get("/partner/webhooks/" + sub.id() + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].state", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(2));
        }
    }

    /** The packaged service the integration-test launcher started: the one child of this JVM running the jar. */
    private static ProcessHandle theServiceProcess() {
        List<ProcessHandle> services = ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).stream()
                        .anyMatch(argument -> argument.endsWith("quarkus-run.jar")))
                .toList();
        assertEquals(1, services.size(), "exactly one running service process expected: " + services);
        return services.get(0);
    }

    private static boolean ready(Process restarted) {
        if (!restarted.isAlive()) {
            throw new AssertionError("the restarted service exited with " + restarted.exitValue()
                    + "; see target/webhook-crash-restart.log");
        }
        try {
            return given().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notYetListening) { // RestAssured rethrows ConnectException unchecked
            return false;
        }
    }
}
