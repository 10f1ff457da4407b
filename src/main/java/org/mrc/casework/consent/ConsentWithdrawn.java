package org.mrc.casework.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a consent is withdrawn, synchronously inside the withdrawing transaction: an in-transaction observer
 * (e.g. cancelling the open referrals the consent covered) commits or rolls back with the withdrawal; observe with
 * {@code during = TransactionPhase.AFTER_SUCCESS} for work that must follow the commit. Carries ids only.
 */
public record ConsentWithdrawn(UUID consentId, UUID clientId, Instant withdrawnAt) {}
