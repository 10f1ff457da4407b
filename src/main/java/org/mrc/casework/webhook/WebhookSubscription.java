package org.mrc.casework.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.shared.Ids;

/**
 * A receiver's subscription: where to send which events, signed with which secret. A partner's (partnerId set) or an
 * internal system's (partnerId null). Secrets are held sealed ({@link SecretBox}); the plain secret leaves the
 * service once, in the response that created or rotated it.
 */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription {

    @Id
    private UUID id;

    @Column(name = "partner_id", updatable = false)
    private UUID partnerId;

    @Column(nullable = false)
    private String url;

    private String description;

    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_expires_at")
    private Instant previousSecretExpiresAt;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected WebhookSubscription() {}

    static WebhookSubscription create(UUID partnerId, WebhookRequests.Subscription terms, Instant now) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = Ids.newId();
        subscription.partnerId = partnerId;
        subscription.createdAt = now;
        subscription.revise(terms, now);
        return subscription;
    }

    /** Replaces the terms; switching a subscription back on clears the reason it was switched off. */
    void revise(WebhookRequests.Subscription terms, Instant now) {
        url = terms.url();
        description = terms.description();
        eventTypes = String.join(
                ",", terms.eventTypes().stream().map(WebhookEventType::wire).toList());
        boolean activate = terms.active() == null || terms.active();
        if (activate) {
            disabledReason = null;
            disabledAt = null;
        }
        active = activate;
        updatedAt = now;
    }

    /** Sets a new sealed secret; the current one stays valid until {@code previousValidUntil}. */
    void rotate(String sealedSecret, Instant previousValidUntil, Instant now) {
        if (secret != null) {
            previousSecret = secret;
            previousSecretExpiresAt = previousValidUntil;
        }
        secret = sealedSecret;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID partnerId() {
        return partnerId;
    }

    boolean internal() {
        return partnerId == null;
    }

    WebhookSubscriptionView view() {
        return new WebhookSubscriptionView(
                id,
                url,
                description,
                types(eventTypes),
                active,
                disabledReason,
                disabledAt,
                previousSecretExpiresAt,
                createdAt,
                updatedAt,
                version);
    }

    static List<WebhookEventType> types(String joined) {
        List<WebhookEventType> types = new ArrayList<>();
        Arrays.stream(joined.split(",")).map(WebhookEventType::fromWire).forEach(type -> type.ifPresent(types::add));
        return types;
    }
}
