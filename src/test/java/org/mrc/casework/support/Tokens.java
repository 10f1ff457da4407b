package org.mrc.casework.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import java.util.UUID;

/** Real RS256 tokens, signed with the key whose public half the WireMock OIDC provider publishes. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "mrc-casework";
    public static final String SIGNING_KEY = "privateKey.jwk";

    private Tokens() {}

    /** A caseworker or coordinator working in the office with this code. */
    public static String staff(String role, String officeCode) {
        return claims(role).claim("office_code", officeCode).jws().keyId("1").sign(SIGNING_KEY);
    }

    public static String partner(String partnerId) {
        return claims("partner").claim("partner_id", partnerId).jws().keyId("1").sign(SIGNING_KEY);
    }

    /** A role with no office or partner (analyst, auditor, admin). */
    public static String of(String role) {
        return claims(role).jws().keyId("1").sign(SIGNING_KEY);
    }

    public static String admin() {
        return of("admin");
    }

    /** Claims of a valid token; tests change one thing to make it invalid. */
    public static JwtClaimsBuilder claims(String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("user-" + UUID.randomUUID())
                .groups(Set.of(roles))
                .expiresIn(600);
    }
}
