/**
 * {@code Idempotency}: a create retried with the same {@code Idempotency-Key} returns the first response and creates
 * nothing new.
 */
package org.mrc.casework.shared.idempotency;
