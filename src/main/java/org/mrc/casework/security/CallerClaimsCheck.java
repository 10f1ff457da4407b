package org.mrc.casework.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Refuses, with 403 and the name of the missing claim, a staff token that names no office and a partner token
 * that names no partner organisation: without them no scoping rule could be applied.
 */
public class CallerClaimsCheck {

    private final CurrentIdentityAssociation identities;
    private final CallerClaims claims;

    public CallerClaimsCheck(CurrentIdentityAssociation identities, CallerClaims claims) {
        this.identities = identities;
        this.claims = claims;
    }

    /** Runs before matching and role checks: a token without its scope claim is refused whatever it asks for. */
    @ServerRequestFilter(preMatching = true, priority = 300)
    public Uni<Void> requireScopeClaims() {
        return identities.getDeferredIdentity().invoke(this::check).replaceWithVoid();
    }

    private void check(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return;
        }
        Caller caller = CurrentCaller.from(identity, claims);
        boolean officeBound = caller.roles().stream().anyMatch(Roles.OFFICE_BOUND::contains);
        if (officeBound && caller.officeCode().isEmpty()) {
            throw missing(claims.officeClaim(), "staff tokens must name the caller's office");
        }
        if (caller.has(Roles.PARTNER) && caller.partnerId().isEmpty()) {
            throw missing(claims.partnerClaim(), "partner tokens must name the caller's organisation");
        }
    }

    private static ApiException missing(String claim, String why) {
        return new ApiException(
                ProblemType.MISSING_CLAIM,
                "The token has no '" + claim + "' claim: " + why,
                List.of(new FieldError(claim, "token", "required claim is missing")));
    }
}
