package org.mrc.casework.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Tokens;

/**
 * A rejected bearer token leaves exactly one WARN line, naming why and the request id, and never the token, its
 * subject or any other claim value. Real RS256 tokens, verified by quarkus-oidc against the provider's keys.
 */
@QuarkusTest
class RejectedTokenLogTest {

    private static final String PATH = "/offices/tree";

    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                synchronized (warnings) {
                    warnings.add(record.getLoggerName() + ": " + text
                            + (record.getThrown() == null ? "" : " " + record.getThrown()));
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureWarnings() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void anExpiredTokenIsLoggedOnceAsExpired() {
        String subject = "subject-" + UUID.randomUUID();
        String token = Tokens.claims("auditor")
                .subject(subject)
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(600))
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertOneWarning(token, "expired", subject);
    }

    @Test
    void aTokenForAnotherAudienceIsLoggedOnceAsWrongAudience() {
        String subject = "subject-" + UUID.randomUUID();
        String token = Tokens.claims("auditor")
                .subject(subject)
                .audience("some-other-api")
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertOneWarning(token, "wrong audience", subject);
    }

    @Test
    void aTokenFromAnotherIssuerIsLoggedOnceAsWrongIssuer() {
        String subject = "subject-" + UUID.randomUUID();
        String token = Tokens.claims("auditor")
                .subject(subject)
                .issuer("https://evil.example.com")
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertOneWarning(token, "wrong issuer", subject);
    }

    @Test
    void aTokenSignedByAnotherKeyIsLoggedOnceAsBadSignature() throws NoSuchAlgorithmException {
        String subject = "subject-" + UUID.randomUUID();
        String token = Tokens.claims("auditor")
                .subject(subject)
                .jws()
                .keyId("1")
                .sign(foreignKey().getPrivate());
        assertOneWarning(token, "bad signature", subject);
    }

    @Test
    void aTokenNamingAnUnknownKeyIsLoggedOnceAsUnknownKey() throws NoSuchAlgorithmException {
        String subject = "subject-" + UUID.randomUUID();
        String token = Tokens.claims("auditor")
                .subject(subject)
                .jws()
                .keyId("no-such-key-" + UUID.randomUUID())
                .sign(foreignKey().getPrivate());
        assertOneWarning(token, "unknown signing key", subject);
    }

    @Test
    void aMalformedTokenIsLoggedOnceAsMalformed() {
        assertOneWarning("alice", "malformed token", "alice");
        String secret = "not.a-jwt-" + UUID.randomUUID();
        assertOneWarning(secret, "malformed token", secret);
    }

    @Test
    void aTokenWithoutSubjectIsLoggedOnceAsMissingSubject() {
        String office = "OFFICE-" + UUID.randomUUID();
        String token = Jwt.issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .groups("auditor")
                .claim("office_code", office)
                .expiresIn(600)
                .jws()
                .keyId("1")
                .sign(Tokens.SIGNING_KEY);
        assertOneWarning(token, "missing subject", office);
    }

    @Test
    void aTokenWithABlankSubjectIsLoggedOnceAsMissingSubject() {
        for (String blank : new String[] {"", "   "}) {
            String office = "OFFICE-" + UUID.randomUUID();
            String token = Tokens.claims("admin")
                    .subject(blank)
                    .claim("office_code", office)
                    .jws()
                    .keyId("1")
                    .sign(Tokens.SIGNING_KEY);
            assertOneWarning(token, "missing subject", office);
        }
    }

    @Test
    void aValidTokenLeavesNoWarning() {
        String requestId = "ok-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(Tokens.of("auditor"))
                .header("X-Request-Id", requestId)
                .get(PATH)
                .then()
                .statusCode(200);
        assertEquals(List.of(), warnings);
    }

    private void assertOneWarning(String token, String reason, String secret) {
        synchronized (warnings) {
            warnings.clear();
        }
        String requestId = "rejected-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(token)
                .header("X-Request-Id", requestId)
                .get(PATH)
                .then()
                .statusCode(401);
        List<String> lines;
        synchronized (warnings) {
            lines = List.copyOf(warnings);
        }
        assertEquals(1, lines.size(), "exactly one WARN line per rejected token, got: " + lines);
        String line = lines.get(0);
        assertTrue(line.contains("(" + reason + ")"), line);
        assertTrue(line.contains(requestId), line);
        assertFalse(line.contains(token), "the token must not be logged");
        assertFalse(line.contains(secret), "no claim value may be logged");
        for (String part : token.split("\\.")) {
            if (part.length() > 8) {
                assertFalse(line.contains(part), "no part of the token may be logged");
            }
        }
        assertFalse(line.contains(new String(Base64.getUrlEncoder().encode(secret.getBytes()))));
    }

    private static KeyPair foreignKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
