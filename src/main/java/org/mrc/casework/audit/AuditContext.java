package org.mrc.casework.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What a service tells the audit trail about the access it is serving beyond who and what: the purpose and the
 * justification stated for an access outside the caller's normal scope.
 */
@RequestScoped
public class AuditContext {

    private String purpose;
    private String reason;
    private boolean refusalRecorded;

    /** Records that this request reached a record outside the caller's scope, for which purpose, and why. */
    public void outOfScope(String statedPurpose, String statedReason) {
        purpose = statedPurpose;
        reason = statedReason;
    }

    /**
     * Records the purpose and justification a caller within scope had to state for this access (a subject-access
     * report), so that the entry can be reviewed by purpose like an out-of-scope read.
     */
    public void stated(String statedPurpose, String statedReason) {
        purpose = statedPurpose;
        reason = statedReason;
    }

    /** The coded purpose, or null for an access within scope. */
    public String purpose() {
        return purpose;
    }

    /** The stated justification, or null for an access within scope. */
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
