package org.mrc.casework.lifecycle.retention;

/** The kind of record a retention rule is about. The job acts on clients only; the others document what it keeps. */
public enum RecordKind {
    CLIENT,
    CONSENT,
    AUDIT_ENTRY,
    GROUP_SESSION_HEADCOUNT
}
