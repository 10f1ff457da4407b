package org.mrc.casework.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.mrc.casework.audit.AuditContext;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * The one decision about who may see how much of a client record. Staff of the owning office (and, for
 * coordinators, of the offices above it) see everything up to S2 and may change the record. Other staff who state a
 * reason may read S0 and S1, read-only, and the access is audited with that reason. Everyone else is told the
 * record does not exist.
 */
@ApplicationScoped
public class ClientAccess {

    public static final String REASON_HEADER = "X-Access-Reason";
    static final int MAX_REASON_LENGTH = 500;

    /** What the caller may do with one record. */
    public record Grant(Tier ceiling, boolean writable) {}

    private final OfficeScope scope;
    private final AuditContext audit;

    ClientAccess(OfficeScope scope, AuditContext audit) {
        this.scope = scope;
        this.audit = audit;
    }

    /** The grant for reading a record owned by {@code officeId}; 404 when the caller may not know it exists. */
    public Grant toRead(Caller caller, UUID officeId, String reason) {
        if (scope.covers(caller, officeId)) {
            return new Grant(Tier.S2, true);
        }
        if (reason != null && !reason.isBlank() && isStaff(caller)) {
            if (reason.length() > MAX_REASON_LENGTH) {
                throw ApiException.invalid(FieldError.header(REASON_HEADER, "at most 500 characters"));
            }
            audit.outOfScope(reason.strip());
            return new Grant(Tier.S1, false);
        }
        throw ApiException.notFound("client");
    }

    /** Changes are for the owning office's staff only; to everyone else the record does not exist. */
    public void toWrite(Caller caller, UUID officeId) {
        if (!scope.covers(caller, officeId)) {
            throw ApiException.notFound("client");
        }
    }

    private static boolean isStaff(Caller caller) {
        return caller.has(Roles.CASEWORKER) || caller.has(Roles.COORDINATOR);
    }
}
