package org.mrc.casework.shared;

import java.util.UUID;

/** A representation that names the record it shows (used for Location headers, audit and idempotent replay). */
public interface Identified {
    UUID id();
}
