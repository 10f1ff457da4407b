package org.mrc.casework.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mrc.casework.shared.problem.ApiException;

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

    /**
     * Who is calling, for the record of a refusal: the subject and roles even when the token's scope claims are
     * unusable (their values are then left out).
     */
    public static Caller forRefusal(SecurityIdentity identity, CallerClaims claims) {
        try {
            return from(identity, claims);
        } catch (ApiException unusableScopeClaim) {
            return new Caller(subject(identity), identity.getRoles(), Optional.empty(), Optional.empty());
        }
    }

    static Caller from(SecurityIdentity identity, CallerClaims claims) {
        Optional<String> office = Optional.empty();
        Optional<String> partner = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            office = ScopeClaim.read(claims.officeClaim(), jwt.getClaim(claims.officeClaim()));
            partner = ScopeClaim.read(claims.partnerClaim(), jwt.getClaim(claims.partnerClaim()));
        }
        return new Caller(subject(identity), identity.getRoles(), office, partner);
    }

    /** The token's non-blank subject; empty when it has none (such a token is refused with 401). */
    static Optional<String> subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject();
            return subject == null || subject.isBlank() ? Optional.empty() : Optional.of(subject);
        }
        return Optional.ofNullable(identity.getPrincipal().getName()).filter(name -> !name.isBlank());
    }

    private static String subject(SecurityIdentity identity) {
        return identity.isAnonymous() ? "anonymous" : subjectOf(identity).orElse("anonymous");
    }
}
