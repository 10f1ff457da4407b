/**
 * The tier mechanism, neutral ground for every feature that shows client data: tiers and consent categories ({@code
 * Tier}, {@code DataCategory}), their declaration on view fields ({@code @Sensitive}) and the one projection that
 * cuts a view to a caller ({@code Projection}), and {@code ClientAccess}, the one entry point to a client record,
 * which answers with a {@code ClientRef}. Uses the office scope, the caller and the audit context, never
 * the client registry: the registry provides the facts a decision needs through {@code ClientRecords}.
 */
package org.mrc.casework.privacy;
