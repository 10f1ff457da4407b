package org.mrc.casework.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF rules: every address a name resolves to is checked, with the production defaults. */
class TargetPolicyTest {

    /** Production settings: https only, no loopback, no private range allowed. */
    static WebhookConfig config(boolean allowHttp, boolean allowLoopback, List<String> allowedRanges) {
        return new WebhookConfig() {
            public String publicBaseUrl() {
                return "https://mrc.example.org";
            }

            public String secretKey() {
                return "k";
            }

            public boolean allowHttp() {
                return allowHttp;
            }

            public boolean allowLoopback() {
                return allowLoopback;
            }

            public Optional<List<String>> allowedPrivateRanges() {
                return Optional.of(allowedRanges);
            }

            public Duration rotationGracePeriod() {
                return Duration.ofHours(24);
            }

            public Dispatch dispatch() {
                return null;
            }

            public Retry retry() {
                return null;
            }
        };
    }

    /** Names resolving to fixed addresses, as a hostile DNS server could arrange. */
    private static final Map<String, String[]> DNS = Map.of(
            "receiver.example.org", new String[] {"93.184.216.34"},
            "rebind.example.org", new String[] {"93.184.216.34", "10.1.2.3"},
            "metadata.example.org", new String[] {"169.254.169.254"},
            "v6private.example.org", new String[] {"2606:4700::1111", "fd12::1"},
            "loop.example.org", new String[] {"127.0.0.1"});

    private static TargetPolicy policy(boolean allowHttp, boolean allowLoopback, List<String> ranges) {
        return new TargetPolicy(config(allowHttp, allowLoopback, ranges), host -> {
            String[] addresses = DNS.get(host);
            if (addresses == null) {
                return InetAddress.getAllByName(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        });
    }

    private static final TargetPolicy PRODUCTION = policy(false, false, List.of());

    private static String refusal(TargetPolicy policy, String url) {
        TargetPolicy.Refused refused =
                assertThrows(TargetPolicy.Refused.class, () -> policy.check(policy.parse(url)), url);
        return refused.getMessage();
    }

    @Test
    void aPublicHttpsTargetIsAccepted() throws Exception {
        assertEquals(
                1,
                PRODUCTION
                        .check(PRODUCTION.parse("https://receiver.example.org/hooks"))
                        .size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://rebind.example.org/hooks",
                "https://metadata.example.org/latest",
                "https://v6private.example.org/hooks",
                "https://loop.example.org/hooks",
                "https://10.0.0.1/",
                "https://172.31.255.255/",
                "https://192.168.0.10/",
                "https://100.100.100.200/",
                "https://127.0.0.1/",
                "https://[::1]/",
                "https://[::ffff:192.168.0.1]/",
                "https://[fe80::1]/",
                "https://0.0.0.0/",
                "https://198.18.0.1/",
                "https://240.0.0.1/"
            })
    void aTargetAnyOfWhoseAddressesIsNotPublicIsRefused(String url) {
        String reason = refusal(PRODUCTION, url);
        assertEquals(true, reason.startsWith("resolves to"), reason);
        assertEquals(false, reason.contains("10.") || reason.contains("example"), "no address or host in: " + reason);
    }

    @Test
    void plainHttpAndCredentialsAreRefusedInProduction() {
        assertEquals("must be an https URL", refusal(PRODUCTION, "http://receiver.example.org/hooks"));
        assertEquals("must not carry credentials", refusal(PRODUCTION, "https://u:p@receiver.example.org/"));
        assertEquals("the host does not resolve", refusal(PRODUCTION, "https://no-such-host.invalid/"));
    }

    @Test
    void loopbackAndConfiguredPrivateRangesAreAllowedOnlyWhereConfigured() throws Exception {
        TargetPolicy local = policy(true, true, List.of());
        local.check(local.parse("http://127.0.0.1:8081/hooks"));
        assertThrows(TargetPolicy.Refused.class, () -> local.check(local.parse("http://10.1.2.3/")));
        TargetPolicy internal = policy(false, false, List.of("10.1.0.0/16", "fd12::/16"));
        internal.check(internal.parse("https://rebind.example.org/hooks"));
        internal.check(internal.parse("https://v6private.example.org/hooks"));
        assertThrows(TargetPolicy.Refused.class, () -> internal.check(internal.parse("https://10.2.0.1/")));
        assertThrows(TargetPolicy.Refused.class, () -> internal.check(internal.parse("https://127.0.0.1/")));
    }

    @Test
    void unknownHostsFailToResolveRatherThanFallingThrough() {
        assertThrows(UnknownHostException.class, () -> InetAddress.getByName("no-such-host.invalid"));
        assertEquals(URI.create("https://receiver.example.org/h").getHost(), "receiver.example.org");
    }
}
