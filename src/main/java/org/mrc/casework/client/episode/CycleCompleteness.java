package org.mrc.casework.client.episode;

/**
 * Whether the migration reached its objective. Interrupted cycles (permit not renewed, expulsion, job loss, illness,
 * war) reintegrate worst, so this predicts need.
 */
public enum CycleCompleteness {
    COMPLETE,
    INCOMPLETE,
    INTERRUPTED
}
