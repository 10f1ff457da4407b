package org.mrc.casework.reporting;

/** How a report's period is split into a time series. */
public enum Granularity {
    MONTH,
    QUARTER,
    YEAR
}
