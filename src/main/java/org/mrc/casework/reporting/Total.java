package org.mrc.casework.reporting;

/**
 * A total published with a suppressed table: the grand total ({@code dimension == -1}, {@code value == null}) or the
 * margin of one value of one breakdown dimension (tables of two or more dimensions only; in a one-dimension table the
 * margins are the cells themselves).
 *
 * <p>{@code count} is the true total, computed from the unsuppressed cells so that it is exact; callers publish it only
 * when {@code suppressed} is false, because a withheld total would otherwise give a withheld cell away.
 */
public record Total(int dimension, String value, long count, boolean suppressed) {}
