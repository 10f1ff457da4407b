package org.mrc.casework.servicelog;

/** A group session held for a set group (e.g. a pre-departure orientation) or an outreach event open to anyone. */
public enum SessionKind {
    SESSION,
    OUTREACH_EVENT
}
