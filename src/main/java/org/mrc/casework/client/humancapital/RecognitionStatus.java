package org.mrc.casework.client.humancapital;

/**
 * Where a diploma stands with the authorities of one country. Not having any entry for a country means
 * {@code NOT_REQUESTED}; recording it explicitly says the question was considered.
 */
public enum RecognitionStatus {
    NOT_REQUESTED,
    PENDING,
    RECOGNISED,
    PARTIAL,
    REFUSED,
    LAPSED
}
