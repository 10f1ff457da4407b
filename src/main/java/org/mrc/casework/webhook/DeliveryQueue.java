package org.mrc.casework.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The dispatcher's side of the outbox, in SQL: claiming due deliveries under a lease and recording what each attempt
 * gave. Safe with several instances: a claim locks the rows it takes with {@code for update skip locked} and commits
 * a lease, so no two instances send the same delivery at once, and a delivery whose instance died is claimed again
 * once its lease has expired. Only the oldest pending delivery of each subscription is ever claimable, so each
 * subscription receives its events in order; a delivery waiting for a retry holds back the later ones.
 */
@ApplicationScoped
class DeliveryQueue {

    /** A claimed delivery with what is needed to send it. */
    record Claim(
            UUID deliveryId,
            int attempt,
            Duration sinceFirstAttempt,
            UUID subscriptionId,
            String url,
            UUID partnerId,
            String sealedSecret,
            String sealedPreviousSecret,
            UUID eventId,
            String eventType,
            UUID resourceId,
            Instant occurredAt) {}

    private static final String CLAIM = """
            with heads as (
                select h.seq
                from webhook_subscription s
                cross join lateral (
                    select d.seq from webhook_delivery d
                    where d.subscription_id = s.id and d.state = 'PENDING'
                    order by d.seq limit 1) h
                where s.active and (cast(? as uuid) is null or s.id = cast(? as uuid))),
            due as (
                select d.seq from webhook_delivery d
                join heads on heads.seq = d.seq
                where d.state = 'PENDING'
                  and d.next_attempt_at <= now()
                  and (d.lease_until is null or d.lease_until < now())
                order by d.seq
                limit ?
                for update of d skip locked),
            claimed as (
                update webhook_delivery d
                set lease_until = now() + ? * interval '1 millisecond',
                    attempts = d.attempts + 1,
                    first_attempt_at = coalesce(d.first_attempt_at, now())
                from due
                where d.seq = due.seq
                returning d.id, d.seq, d.attempts, d.first_attempt_at, d.subscription_id, d.event_id)
            select c.id, c.attempts, extract(epoch from now() - c.first_attempt_at) * 1000,
                   s.id, s.url, s.partner_id, s.secret,
                   case when s.previous_secret_expires_at > now() then s.previous_secret end,
                   e.id, e.type, e.resource_id, e.occurred_at
            from claimed c
            join webhook_subscription s on s.id = c.subscription_id
            join webhook_event e on e.id = c.event_id
            order by c.seq""";

    private final DataSource dataSource;

    DeliveryQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims the due heads of at most {@code limit} subscriptions. */
    List<Claim> claim(int limit, Duration lease) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        inTransaction(connection -> claims.addAll(claim(connection, null, limit, lease)));
        return claims;
    }

    /**
     * The due heads of at most {@code limit} subscriptions ({@code subscription} alone when not null), leased for
     * {@code lease}: only the oldest pending delivery of a subscription is ever taken, so order holds.
     */
    private static List<Claim> claim(Connection connection, UUID subscription, int limit, Duration lease)
            throws SQLException {
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, subscription);
            statement.setObject(2, subscription);
            statement.setInt(3, limit);
            statement.setLong(4, lease.toMillis());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claims.add(new Claim(
                            rows.getObject(1, UUID.class),
                            rows.getInt(2),
                            Duration.ofMillis(rows.getLong(3)),
                            rows.getObject(4, UUID.class),
                            rows.getString(5),
                            rows.getObject(6, UUID.class),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getObject(9, UUID.class),
                            rows.getString(10),
                            rows.getObject(11, UUID.class),
                            rows.getTimestamp(12).toInstant()));
                }
            }
        }
        return claims;
    }

    /** What one attempt gave: an HTTP status (null without an answer), a failure class, the latency. */
    record Result(Integer status, String error, long latencyMillis) {
        boolean delivered() {
            return error == null;
        }
    }

    /**
     * Records the delivery as delivered and, in the same transaction, claims the subscription's next due delivery
     * (its new head) when {@code next} is not null: a subscription with a backlog is served one commit per event, without
     * waiting for the next round. Returns that next delivery, if any.
     */
    Optional<Claim> delivered(Claim claim, Result result, Duration next) throws SQLException {
        List<Claim> following = new ArrayList<>();
        inTransaction(connection -> {
            markDelivered(connection, claim, result);
            if (next != null) {
                following.addAll(claim(connection, claim.subscriptionId(), 1, next));
            }
        });
        return following.stream().findFirst();
    }

    private static void markDelivered(Connection connection, Claim claim, Result result) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update webhook_delivery
                set state = 'DELIVERED', delivered_at = now(), lease_until = null, last_status = ?, last_error = null
                where id = ?""")) {
            update.setObject(1, result.status());
            update.setObject(2, claim.deliveryId());
            update.executeUpdate();
        }
        log(connection, claim, result);
    }

    /** Schedules the next attempt after {@code delay}. */
    void retryLater(Claim claim, Result result, Duration delay) throws SQLException {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update webhook_delivery
                    set lease_until = null, last_status = ?, last_error = ?,
                        next_attempt_at = now() + ? * interval '1 millisecond'
                    where id = ?""")) {
                update.setObject(1, result.status());
                update.setString(2, result.error());
                update.setLong(3, delay.toMillis());
                update.setObject(4, claim.deliveryId());
                update.executeUpdate();
            }
            log(connection, claim, result);
        });
    }

    /** Gives the delivery up and switches its subscription off, saying why. */
    void giveUp(Claim claim, Result result, String reason) throws SQLException {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                            update webhook_delivery
                            set state = 'FAILED', lease_until = null, last_status = ?, last_error = ?
                            where id = ?""");
                    PreparedStatement disable = connection.prepareStatement("""
                            update webhook_subscription
                            set active = false, disabled_reason = ?, disabled_at = now(), updated_at = now(),
                                version = version + 1
                            where id = ? and active""")) {
                update.setObject(1, result.status());
                update.setString(2, result.error());
                update.setObject(3, claim.deliveryId());
                update.executeUpdate();
                disable.setString(1, reason);
                disable.setObject(2, claim.subscriptionId());
                disable.executeUpdate();
            }
            log(connection, claim, result);
        });
    }

    private static void log(Connection connection, Claim claim, Result result) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into webhook_attempt (delivery_id, attempt, attempted_at, status, error, latency_ms)
                values (?, ?, now(), ?, ?, ?)
                on conflict do nothing""")) {
            insert.setObject(1, claim.deliveryId());
            insert.setInt(2, claim.attempt());
            insert.setObject(3, result.status());
            insert.setString(4, result.error());
            insert.setInt(5, (int) Math.min(Integer.MAX_VALUE, result.latencyMillis()));
            insert.executeUpdate();
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs the statements in one transaction of the pool's transaction manager, committed without waiting for the
     * write-ahead log to reach disk ({@code synchronous_commit = off}, for this transaction only). This is the
     * dispatcher's own bookkeeping (leases, outcomes, the attempt log); the events and deliveries themselves are
     * written, durably, in the transaction of the change that published them. A crash can therefore lose at most the
     * last few outcomes recorded: those deliveries are sent again with the same webhook-id (at least once, as
     * documented), and nothing acknowledged to a caller is lost. It spares one disk flush per claim and per outcome,
     * the dispatcher's largest cost per event.
     */
    private void inTransaction(Work work) throws SQLException {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    try (PreparedStatement relaxed =
                            connection.prepareStatement("set local synchronous_commit = off")) {
                        relaxed.execute();
                    }
                    work.run(connection);
                } catch (SQLException e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed e) {
            throw e.cause;
        }
    }

    private static final class Failed extends RuntimeException {
        private final SQLException cause;

        Failed(SQLException cause) {
            super(cause.getSQLState(), null, false, false);
            this.cause = cause;
        }
    }
}
