package org.mrc.casework.lifecycle.erasure;

/** Who asked for the erasure. */
public enum ErasureRequester {
    DATA_SUBJECT,
    LEGAL_REPRESENTATIVE,
    PARENT_OR_GUARDIAN,
    SUPERVISORY_AUTHORITY
}
