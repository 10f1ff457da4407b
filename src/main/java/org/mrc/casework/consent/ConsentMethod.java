package org.mrc.casework.consent;

/** How the client gave a consent. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    DIGITAL
}
