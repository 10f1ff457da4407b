package org.mrc.casework.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read once from the verified token. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final CallerClaims claims;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, CallerClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    public Caller get() {
        if (caller == null) {
            caller = from(identity, claims);
        }
        return caller;
    }

    static Caller from(SecurityIdentity identity, CallerClaims claims) {
        String subject =
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        Optional<String> office = Optional.empty();
        Optional<String> partner = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = jwt.getSubject() != null ? jwt.getSubject() : subject;
            office = stringClaim(jwt, claims.officeClaim());
            partner = stringClaim(jwt, claims.partnerClaim());
        }
        return new Caller(subject, identity.getRoles(), office, partner);
    }

    private static Optional<String> stringClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
