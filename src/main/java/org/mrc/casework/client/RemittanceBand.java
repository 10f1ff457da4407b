package org.mrc.casework.client;

/** Monthly remittances in USD equivalent, banded so that no exact income is stored. */
public enum RemittanceBand {
    NONE,
    UNDER_100,
    FROM_100_TO_299,
    FROM_300_TO_599,
    FROM_600
}
