package org.mrc.casework.office;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * The scoping rule every feature applies to office-owned records: a caseworker acts within their own office, a
 * coordinator within their office and every office below it. Other roles have no office scope; features grant
 * them access (or not) explicitly.
 */
@ApplicationScoped
public class OfficeScope {

    static final ProblemType UNKNOWN_OFFICE =
            new ProblemType("unknown-office", 403, "The token names an office that does not exist or is inactive");

    private final OfficeRepository offices;

    OfficeScope(OfficeRepository offices) {
        this.offices = offices;
    }

    /** The id of the office the caller works in; 403 when the token's office is unknown or inactive. */
    @Transactional
    public UUID homeOffice(Caller caller) {
        return offices.findByCode(officeCode(caller))
                .filter(Office::active)
                .orElseThrow(OfficeScope::unknownOffice)
                .id();
    }

    private static String officeCode(Caller caller) {
        return caller.officeCode()
                .orElseThrow(() -> new ApiException(ProblemType.MISSING_CLAIM, "The token names no office"));
    }

    private static ApiException unknownOffice() {
        return new ApiException(
                UNKNOWN_OFFICE,
                "The office named in the token is not an active office",
                List.of(new FieldError("office", "token", "unknown or inactive office")));
    }

    /** The code of an office (for human-readable references); 404 if there is no such office. */
    @Transactional
    public String codeOf(UUID officeId) {
        return offices.findByIdOptional(officeId).map(Office::code).orElseThrow(() -> ApiException.notFound("office"));
    }

    /** Every office the caller may act within; empty for roles without an office scope. */
    @Transactional
    public Set<UUID> officesOf(Caller caller) {
        if (caller.has(Roles.COORDINATOR)) {
            // one statement: the home office (which must be active) and every office below it
            Set<UUID> subtree = offices.subtreeOfActiveCode(officeCode(caller));
            if (subtree.isEmpty()) {
                throw unknownOffice();
            }
            return subtree;
        }
        if (caller.has(Roles.CASEWORKER)) {
            return Set.of(homeOffice(caller));
        }
        return Set.of();
    }

    /**
     * The office with this code and every office below it, inactive ones included (reports cover the past);
     * empty when no office has that code.
     */
    @Transactional
    public Set<UUID> subtreeOfCode(String code) {
        return offices.findByCode(code).map(o -> offices.subtreeOf(o.id())).orElse(Set.of());
    }

    /** Whether a record owned by {@code officeId} is within the caller's office scope. */
    @Transactional
    public boolean covers(Caller caller, UUID officeId) {
        return officesOf(caller).contains(officeId);
    }

    /** The office with this id if it exists and is active (for features that attach records to an office). */
    @Transactional
    public Optional<OfficeView> active(UUID officeId) {
        return offices.findByIdOptional(officeId).filter(Office::active).map(Office::view);
    }
}
