package org.mrc.casework.lifecycle.retention;

/** What a rule does once its period has passed: anonymise, erase (a tombstone), or keep (not touched by the job). */
public enum RetentionAction {
    ANONYMISE,
    ERASE,
    KEEP
}
