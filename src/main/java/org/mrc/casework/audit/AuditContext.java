package org.mrc.casework.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What a service tells the audit trail about the access it is serving beyond who and what: the reason stated for
 * an access outside the caller's normal scope.
 */
@RequestScoped
public class AuditContext {

    private String reason;
    private boolean refusalRecorded;

    /** Records that this request reached a record outside the caller's scope, and why. */
    public void outOfScope(String statedReason) {
        reason = statedReason;
    }

    /** The stated reason, or null for an access within scope. */
    public String reason() {
        return reason;
    }

    /** Notes that a refusal of this request has been written to the trail, so it is not recorded twice. */
    void refusalRecorded(boolean recorded) {
        refusalRecorded = recorded;
    }

    boolean refusalRecorded() {
        return refusalRecorded;
    }
}
