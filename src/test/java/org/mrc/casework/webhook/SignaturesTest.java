package org.mrc.casework.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our signer against the Standard Webhooks specification's published test vector and its own Java verifier. */
class SignaturesTest {

    /** From the specification repository's library tests (libraries/python/tests/test_webhooks.py, test_sign_function). */
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330L;
    private static final String VECTOR_BODY = "{\"test\": 2432232314}";
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsThePublishedTestVectorExactly() {
        assertEquals(VECTOR_SIGNATURE, Signatures.sign(VECTOR_SECRET, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY));
    }

    @Test
    void theReferenceVerifierAcceptsOurSignaturesUnderEitherSecretDuringARotation() throws Exception {
        String oldSecret = Signatures.newSecret();
        String newSecret = Signatures.newSecret();
        long now = Instant.now().getEpochSecond();
        String body = "{\"id\":\"e1\",\"type\":\"referral.sent\"}";
        String header = Signatures.header(List.of(newSecret, oldSecret), "e1", now, body);
        Map<String, List<String>> headers = Map.of(
                "webhook-id", List.of("e1"),
                "webhook-timestamp", List.of(Long.toString(now)),
                "webhook-signature", List.of(header));
        new Webhook(newSecret).verify(body, headers);
        new Webhook(oldSecret).verify(body, headers);
        assertThrows(
                WebhookVerificationException.class, () -> new Webhook(Signatures.newSecret()).verify(body, headers));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(newSecret).verify(body + " ", headers));
    }

    @Test
    void secretsAreWhsecPrefixedBase64OfThirtyTwoRandomBytes() {
        String secret = Signatures.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, java.util.Base64.getDecoder().decode(secret.substring(6)).length);
    }
}
