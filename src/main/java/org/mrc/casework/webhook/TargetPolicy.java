package org.mrc.casework.webhook;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the service may send webhooks to: https only (plain http only where configured, for local runs and
 * tests), no credentials in the URL, and a host every one of whose addresses is public. Loopback is allowed only where
 * configured; private, link-local (cloud metadata), carrier-grade NAT, unique-local, multicast, documentation and
 * reserved ranges only inside {@code mrc.webhooks.allowed-private-ranges}. The host is resolved and every address
 * checked both when a subscription is saved and before each delivery, so a name that later resolves elsewhere (DNS
 * rebinding) is refused at send time.
 */
@Singleton
class TargetPolicy {

    /**
     * Ranges no webhook may reach unless allowed. IPv4-mapped IPv6 addresses need no entry: Java turns them into
     * IPv4 addresses, which these ranges then cover.
     */
    private static final List<Cidr> NON_PUBLIC = List.of(
            Cidr.parse("0.0.0.0/8"),
            Cidr.parse("10.0.0.0/8"),
            Cidr.parse("100.64.0.0/10"),
            Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"),
            Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.0.0.0/24"),
            Cidr.parse("192.0.2.0/24"),
            Cidr.parse("192.168.0.0/16"),
            Cidr.parse("198.18.0.0/15"),
            Cidr.parse("198.51.100.0/24"),
            Cidr.parse("203.0.113.0/24"),
            Cidr.parse("224.0.0.0/3"),
            Cidr.parse("::/128"),
            Cidr.parse("::1/128"),
            Cidr.parse("64:ff9b::/96"),
            Cidr.parse("100::/64"),
            Cidr.parse("2001:db8::/32"),
            Cidr.parse("fc00::/7"),
            Cidr.parse("fe80::/10"),
            Cidr.parse("ff00::/8"));

    /** A URL or address the policy refuses, with a reason that names no address or host. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Resolves host names (the system resolver; unit tests give names the addresses they need). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final WebhookConfig config;
    private final List<Cidr> allowed;
    private final Resolver resolver;

    @Inject
    TargetPolicy(WebhookConfig config) {
        this(config, InetAddress::getAllByName);
    }

    TargetPolicy(WebhookConfig config, Resolver resolver) {
        this.config = config;
        this.resolver = resolver;
        List<Cidr> ranges = new ArrayList<>();
        for (String range : config.allowedPrivateRanges().orElse(List.of())) {
            if (!range.isBlank()) {
                ranges.add(Cidr.parse(range.trim()));
            }
        }
        this.allowed = List.copyOf(ranges);
    }

    /** The URL as it will be called, if its form is acceptable (scheme, host, no credentials, no fragment). */
    URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("not a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            throw new Refused("not a valid absolute URL with a host");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && config.allowHttp())) {
            throw new Refused(config.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        return uri;
    }

    /** Resolves the URL's host and checks every address it has; returns the addresses. */
    List<InetAddress> check(URI uri) throws Refused {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("the host does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("the host does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get());
            }
        }
        return List.of(addresses);
    }

    /** Why this address may not be a target, if it may not. */
    Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return config.allowLoopback() || inAllowed(address)
                    ? Optional.empty()
                    : Optional.of("resolves to a loopback address");
        }
        boolean nonPublic = address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || NON_PUBLIC.stream().anyMatch(range -> range.contains(address));
        if (nonPublic && !inAllowed(address)) {
            return Optional.of("resolves to a private or reserved address");
        }
        return Optional.empty();
    }

    private boolean inAllowed(InetAddress address) {
        return allowed.stream().anyMatch(range -> range.contains(address));
    }

    /** An address range in CIDR notation, IPv4 or IPv6. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("not a CIDR range: " + text);
            }
            try {
                InetAddress base = InetAddress.getByName(literal(text.substring(0, slash)));
                int prefix = Integer.parseInt(text.substring(slash + 1));
                byte[] bytes = bytes(base, text.substring(0, slash).contains(":"));
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("not a CIDR range: " + text);
                }
                return new Cidr(bytes, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR range: " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = bytes(address, network.length == 16);
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[full] & mask) == (network[full] & mask);
        }

        private static String literal(String text) {
            if (!text.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an address literal: " + text);
            }
            return text;
        }

        /** The address's bytes; an IPv4 address compared with an IPv6 range becomes its IPv4-mapped form. */
        private static byte[] bytes(InetAddress address, boolean asIpv6) {
            byte[] raw = address.getAddress();
            if (asIpv6 && address instanceof Inet4Address) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(raw, 0, mapped, 12, 4);
                return mapped;
            }
            return raw;
        }
    }
}
