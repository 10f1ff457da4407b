package org.mrc.casework.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.mrc.casework.shared.Ids;

/**
 * The outbox's one entry point for the features: {@link #publish} writes a thin event and its deliveries to every
 * active subscription that wants it, in the caller's transaction. A rolled-back change leaves no event; a committed
 * one always has its event, which the dispatcher delivers (at least once) after the commit.
 */
@ApplicationScoped
public class WebhookEvents {

    private static final Object WAKE_KEY = new Object();

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    WebhookEvents(
            EntityManager entityManager,
            TransactionSynchronizationRegistry transactions,
            WebhookDispatcher dispatcher,
            Clock clock) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Records that {@code type} happened to the resource {@code resourceId}, concerning partner {@code partnerId}
     * (null when it concerns no partner: only internal subscriptions receive it). Must run inside the transaction of
     * the change. Returns the event id (the {@code webhook-id} receivers see).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(WebhookEventType type, UUID resourceId, UUID partnerId) {
        UUID id = Ids.newId();
        entityManager
                .createNativeQuery("""
                        insert into webhook_event (id, type, partner_id, resource_type, resource_id, occurred_at)
                        values (?1, ?2, cast(?3 as uuid), ?4, ?5, ?6)""")
                .setParameter(1, id)
                .setParameter(2, type.wire())
                .setParameter(3, partnerId == null ? null : partnerId.toString())
                .setParameter(4, type.resourceType())
                .setParameter(5, resourceId)
                .setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
        entityManager
                .createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, state, next_attempt_at, created_at)
                        select gen_random_uuid(), s.id, ?1, 'PENDING', now(), now()
                        from webhook_subscription s
                        where s.active
                          and ?2 = any (string_to_array(s.event_types, ','))
                          and (s.partner_id is null or s.partner_id = cast(?3 as uuid))
                        order by s.id""")
                .setParameter(1, id)
                .setParameter(2, type.wire())
                .setParameter(3, partnerId == null ? null : partnerId.toString())
                .executeUpdate();
        wakeDispatcherAfterCommit();
        return id;
    }

    private void wakeDispatcherAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }
}
