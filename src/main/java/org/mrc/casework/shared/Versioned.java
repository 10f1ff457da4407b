package org.mrc.casework.shared;

/** A representation of an updatable record: its {@code @Version}, sent as the strong ETag. */
public interface Versioned {
    Long version();
}
