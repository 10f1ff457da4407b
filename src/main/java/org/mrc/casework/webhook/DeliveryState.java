package org.mrc.casework.webhook;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Waiting for its first attempt or a retry (or being sent). */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up after failing for the whole retry period; its subscription was switched off. */
    FAILED
}
