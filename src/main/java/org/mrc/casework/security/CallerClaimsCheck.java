package org.mrc.casework.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mrc.casework.shared.http.RequestIds;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * The first thing every request meets after its id: the token is verified here (authentication is lazy), and
 * <ul>
 *   <li>a rejected token, or one whose subject is missing or blank, is a 401 with one WARN line saying why: an
 *       action nobody can be held to account for is not served;
 *   <li>a staff token that names no office and a partner token that names no organisation are a 403
 *       {@code missing-claim}, and a scope claim of any shape but one string a 403 {@code invalid-claim}: without
 *       them no scoping rule could be applied.
 * </ul>
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
    public Uni<Void> requireScopeClaims(ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        return identities
                .getDeferredIdentity()
                .onFailure()
                .invoke(failure ->
                        RejectedTokens.log(failure, request.getHeaderString(HttpHeaders.AUTHORIZATION), requestId))
                .invoke(identity -> check(identity, requestId))
                .replaceWithVoid();
    }

    private void check(SecurityIdentity identity, String requestId) {
        if (identity.isAnonymous()) {
            return;
        }
        if (CurrentCaller.subjectOf(identity).isEmpty()) {
            RejectedTokens.log(RejectedTokens.Reason.MISSING_SUBJECT, requestId);
            throw new AuthenticationFailedException("The token has no subject");
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
