/**
 * Signed webhooks from a transactional outbox. Owns subscriptions (partners' own at {@code /partner/webhooks},
 * internal systems' at {@code /webhooks} for admins), the outbox of thin events, the dispatcher that delivers them
 * (Standard Webhooks signatures, retries with backoff, delivery log) and replays.
 *
 * <p>Other features use only {@link org.mrc.casework.webhook.WebhookEvents#publish} (inside their own transaction)
 * and {@link org.mrc.casework.webhook.WebhookEventType}. This package depends on no feature.
 */
package org.mrc.casework.webhook;
