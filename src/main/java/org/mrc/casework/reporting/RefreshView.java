package org.mrc.casework.reporting;

import java.time.Instant;
import java.util.List;

/**
 * What a refresh rebuilt: each rollup with the time its figures are as of, how long it took and how many rows it wrote
 * (the rollup, its narrower copies and its single-breakdown copy).
 */
public record RefreshView(List<Rollup> rollups) {

    public record Rollup(String rollup, Instant refreshedAt, long durationMs, long rows) {}
}
