package org.mrc.casework.lifecycle.erasure;

/** What became of an erasure request: it is decided when it is recorded. */
public enum ErasureStatus {
    EXECUTED,
    REFUSED
}
