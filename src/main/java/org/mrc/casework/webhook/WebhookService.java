package org.mrc.casework.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Subscriptions, their delivery log and replays, for their owner: a partner manages its own organisation's
 * subscriptions ({@link Audience#PARTNER}), admins the internal systems' ({@link Audience#INTERNAL}). A subscription of
 * another owner does not exist for the caller (404).
 */
@ApplicationScoped
public class WebhookService {

    /** Whose subscriptions a call manages. */
    public enum Audience {
        /** The calling partner organisation's own. */
        PARTNER,
        /** Internal systems', managed by admins. */
        INTERNAL
    }

    static final int MAX_SUBSCRIPTIONS = 20;
    static final int MAX_REPLAY = 10_000;
    static final Duration MAX_REPLAY_AGE = Duration.ofDays(30);

    static final ProblemType TOO_MANY_SUBSCRIPTIONS =
            new ProblemType("too-many-webhook-subscriptions", 409, "The subscription limit is reached");

    private static final Cursor.Shape SUBSCRIPTIONS = Cursor.shape("webhook-subscriptions", Cursor.Key.UUID);
    private static final Cursor.Shape DELIVERIES = Cursor.shape("webhook-deliveries", Cursor.Key.LONG);

    private final WebhookSubscriptionRepository subscriptions;
    private final EntityManager entityManager;
    private final TargetPolicy targets;
    private final SecretBox secrets;
    private final WebhookConfig config;
    private final CurrentCaller caller;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    WebhookService(
            WebhookSubscriptionRepository subscriptions,
            EntityManager entityManager,
            TargetPolicy targets,
            SecretBox secrets,
            WebhookConfig config,
            CurrentCaller caller,
            WebhookDispatcher dispatcher,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.entityManager = entityManager;
        this.targets = targets;
        this.secrets = secrets;
        this.config = config;
        this.caller = caller;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Creates a subscription with a new signing secret, returned this once. */
    @Transactional
    @Audited(action = "webhook.create", resource = "webhook-subscription", idFrom = Audited.IdFrom.RESULT)
    public WebhookSecretView create(Audience audience, WebhookRequests.Subscription terms) {
        UUID owner = owner(audience);
        WebhookRequests.Subscription checked = check(audience, terms);
        if (subscriptions.countOf(owner) >= MAX_SUBSCRIPTIONS) {
            throw new ApiException(
                    TOO_MANY_SUBSCRIPTIONS,
                    "At most " + MAX_SUBSCRIPTIONS + " subscriptions; delete one that is no longer used");
        }
        Instant now = clock.instant();
        WebhookSubscription subscription = WebhookSubscription.create(owner, checked, now);
        String secret = Signatures.newSecret();
        subscription.rotate(secrets.seal(secret, subscription.id().toString()), null, now);
        subscriptions.persistAndFlush(subscription);
        return new WebhookSecretView(subscription.view(), secret, null);
    }

    @Transactional
    public Page<WebhookSubscriptionView> list(Audience audience, PageRequest page) {
        UUID owner = owner(audience);
        Cursor after = page.after(SUBSCRIPTIONS);
        List<WebhookSubscription> rows =
                subscriptions.ofOwner(owner, after == null ? null : after.uuid(0), page.fetchSize());
        return Page.of(rows, page.limit(), s -> SUBSCRIPTIONS.at(s.id())).map(WebhookSubscription::view);
    }

    @Transactional
    public WebhookSubscriptionView get(Audience audience, UUID id) {
        return find(audience, id).view();
    }

    @Transactional
    @Audited(action = "webhook.update", resource = "webhook-subscription")
    public WebhookSubscriptionView revise(
            Audience audience, UUID id, long expectedVersion, WebhookRequests.Subscription terms) {
        WebhookSubscription subscription = find(audience, id);
        IfMatch.check(expectedVersion, subscription.view().version());
        subscription.revise(check(audience, terms), clock.instant());
        subscriptions.flush();
        dispatcher.wake();
        return subscription.view();
    }

    @Transactional
    @Audited(action = "webhook.delete", resource = "webhook-subscription")
    public void delete(Audience audience, UUID id) {
        subscriptions.delete(find(audience, id));
    }

    /**
     * A new signing secret, returned this once; the previous one keeps signing alongside it for the grace period, so
     * a receiver can switch its verifier without losing a delivery.
     */
    @Transactional
    @Audited(action = "webhook.rotate-secret", resource = "webhook-subscription")
    public WebhookSecretView rotate(Audience audience, UUID id) {
        WebhookSubscription subscription = find(audience, id);
        Instant now = clock.instant();
        String secret = Signatures.newSecret();
        Instant graceEnd = now.plus(config.rotationGracePeriod());
        subscription.rotate(secrets.seal(secret, subscription.id().toString()), graceEnd, now);
        subscriptions.flush();
        return new WebhookSecretView(subscription.view(), secret, graceEnd);
    }

    /** The delivery log of a subscription, newest first, optionally only in one state (e.g. FAILED). */
    @Transactional
    public Page<WebhookDeliveryView> deliveries(Audience audience, UUID id, String state, PageRequest page) {
        WebhookSubscription subscription = find(audience, id);
        Cursor after = page.after(DELIVERIES);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select d.seq, d.id, d.event_id, e.type, d.state, d.replay, d.attempts, d.next_attempt_at,
                               d.delivered_at, d.created_at
                        from webhook_delivery d join webhook_event e on e.id = d.event_id
                        where d.subscription_id = ?1 and (cast(?2 as varchar) is null or d.state = ?2)
                          and d.seq < ?3
                        order by d.seq desc limit ?4""")
                .setParameter(1, subscription.id())
                .setParameter(2, state)
                .setParameter(3, after == null ? Long.MAX_VALUE : after.number(0))
                .setParameter(4, page.fetchSize())
                .getResultList();
        Map<UUID, List<WebhookDeliveryView.Attempt>> log = attempts(rows);
        List<Row> fetched = rows.stream()
                .map(r -> new Row(
                        ((Number) r[0]).longValue(),
                        new WebhookDeliveryView(
                                (UUID) r[1],
                                (UUID) r[2],
                                WebhookEventType.fromWire((String) r[3]).orElse(null),
                                DeliveryState.valueOf((String) r[4]),
                                (Boolean) r[5],
                                ((Number) r[6]).intValue(),
                                "PENDING".equals(r[4]) ? instant(r[7]) : null,
                                instant(r[8]),
                                instant(r[9]),
                                log.getOrDefault((UUID) r[1], List.of()))))
                .toList();
        return Page.of(fetched, page.limit(), row -> DELIVERIES.at(row.seq())).map(Row::view);
    }

    private record Row(long seq, WebhookDeliveryView view) {}

    private Map<UUID, List<WebhookDeliveryView.Attempt>> attempts(List<Object[]> deliveries) {
        Map<UUID, List<WebhookDeliveryView.Attempt>> log = new LinkedHashMap<>();
        if (deliveries.isEmpty()) {
            return log;
        }
        UUID[] ids = deliveries.stream().map(r -> (UUID) r[1]).toArray(UUID[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        select delivery_id, attempt, attempted_at, status, error, latency_ms
                        from webhook_attempt where delivery_id = any (?1) order by delivery_id, attempt""").setParameter(1, ids).getResultList();
        for (Object[] r : rows) {
            log.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new WebhookDeliveryView.Attempt(
                            ((Number) r[1]).intValue(),
                            instant(r[2]),
                            r[3] == null ? null : ((Number) r[3]).intValue(),
                            (String) r[4],
                            ((Number) r[5]).intValue()));
        }
        return log;
    }

    /**
     * Queues the event again (same webhook-id), or every event of the subscription's types since an instant (at most
     * {@value #MAX_REPLAY}, within the last 30 days), in their original order after what is already queued.
     */
    @Transactional
    @Audited(action = "webhook.replay", resource = "webhook-subscription")
    public WebhookReplayView replay(Audience audience, UUID id, WebhookRequests.Replay replay) {
        WebhookSubscription subscription = find(audience, id);
        if ((replay.eventId() == null) == (replay.since() == null)) {
            String message = "give exactly one of eventId and since";
            throw new ApiException(
                    ProblemType.VALIDATION_FAILED,
                    "One or more fields are invalid",
                    List.of(FieldError.body("$.eventId", message), FieldError.body("$.since", message)));
        }
        Instant now = clock.instant();
        if (replay.since() != null
                && (replay.since().isBefore(now.minus(MAX_REPLAY_AGE))
                        || replay.since().isAfter(now))) {
            throw ApiException.invalid(FieldError.body("$.since", "must be within the last 30 days"));
        }
        int queued = entityManager
                .createNativeQuery("""
                        insert into webhook_delivery
                            (id, subscription_id, event_id, state, replay, next_attempt_at, created_at)
                        select gen_random_uuid(), s.id, e.id, 'PENDING', true, now(), now()
                        from webhook_subscription s
                        join webhook_event e
                          on e.type = any (string_to_array(s.event_types, ','))
                         and (s.partner_id is null or e.partner_id = s.partner_id)
                        where s.id = ?1
                          and (cast(?2 as uuid) is null or e.id = cast(?2 as uuid))
                          and (cast(?3 as timestamptz) is null or e.occurred_at >= cast(?3 as timestamptz))
                        order by e.occurred_at, e.id
                        limit ?4""")
                .setParameter(1, subscription.id())
                .setParameter(
                        2, replay.eventId() == null ? null : replay.eventId().toString())
                .setParameter(3, replay.since() == null ? null : Timestamp.from(replay.since()))
                .setParameter(4, MAX_REPLAY)
                .executeUpdate();
        if (replay.eventId() != null && queued == 0) {
            throw ApiException.notFound("event for this subscription");
        }
        dispatcher.wake();
        return new WebhookReplayView(queued);
    }

    private WebhookRequests.Subscription check(Audience audience, WebhookRequests.Subscription terms) {
        List<FieldError> errors = new ArrayList<>();
        try {
            URI uri = targets.parse(terms.url());
            targets.check(uri);
        } catch (TargetPolicy.Refused refused) {
            errors.add(FieldError.body("$.url", refused.getMessage()));
        }
        LinkedHashSet<WebhookEventType> types = new LinkedHashSet<>(terms.eventTypes());
        if (audience == Audience.PARTNER) {
            for (WebhookEventType type : types) {
                if (!type.forPartners()) {
                    errors.add(FieldError.body("$.eventTypes", type.wire() + " is for internal subscriptions only"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
        }
        return new WebhookRequests.Subscription(terms.url(), List.copyOf(types), terms.description(), terms.active());
    }

    private WebhookSubscription find(Audience audience, UUID id) {
        return subscriptions
                .owned(id, owner(audience))
                .orElseThrow(() -> ApiException.notFound("webhook subscription"));
    }

    /** The owner id for this audience: the caller's partner organisation, or null for internal subscriptions. */
    private UUID owner(Audience audience) {
        if (audience == Audience.INTERNAL) {
            return null;
        }
        UUID partnerId = caller.get()
                .partnerId()
                .flatMap(WebhookService::uuid)
                .orElseThrow(() -> ApiException.notFound("partner organisation"));
        Number known = (Number) entityManager
                .createNativeQuery("select count(*) from partner_organisation where id = ?1")
                .setParameter(1, partnerId)
                .getSingleResult();
        if (known.intValue() == 0) {
            throw ApiException.notFound("partner organisation");
        }
        return partnerId;
    }

    private static java.util.Optional<UUID> uuid(String raw) {
        try {
            UUID parsed = UUID.fromString(raw);
            return parsed.toString().equals(raw) ? java.util.Optional.of(parsed) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
