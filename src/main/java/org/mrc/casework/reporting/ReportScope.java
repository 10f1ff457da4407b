package org.mrc.casework.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Which offices a report covers: analysts and admins every office (or the subtree they name), coordinators their own
 * subtree (or a part of it they name), through {@link OfficeScope} like every other scoped read.
 */
@ApplicationScoped
class ReportScope {

    static final ProblemType OFFICE_OUT_OF_SCOPE =
            new ProblemType("office-out-of-scope", 403, "The office is outside the caller's office scope");

    private final OfficeScope scope;

    ReportScope(OfficeScope scope) {
        this.scope = scope;
    }

    /** The offices covered, or null for all of them. */
    Set<UUID> offices(Caller caller, String code) {
        boolean everywhere = caller.has(Roles.ANALYST) || caller.has(Roles.ADMIN);
        if (code == null) {
            return everywhere ? null : scope.officesOf(caller);
        }
        Set<UUID> subtree = scope.subtreeOfCode(code);
        if (subtree.isEmpty()) {
            throw ApiException.invalid(FieldError.query("office", "no office has this code"));
        }
        if (!everywhere && !scope.officesOf(caller).containsAll(subtree)) {
            throw new ApiException(
                    OFFICE_OUT_OF_SCOPE,
                    "A coordinator's reports cover their own office and the offices below it",
                    List.of(FieldError.query("office", "outside the caller's office scope")));
        }
        return subtree;
    }
}
