package org.mrc.casework.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;
import org.mrc.casework.shared.scheduling.ClusterJobs;

/**
 * Makes a create safe to retry. The key is claimed by inserting a row in the creating transaction: a concurrent
 * retry with the same key blocks on that row until the first transaction ends, then replays its response (or, if
 * the first one rolled back, performs the create itself). So a key yields exactly one write.
 *
 * <p>The store keeps no copy of what was created: only the caller, the key, the operation, a fingerprint of the
 * request and the created resource's id. A replay renders the resource again through {@code reread}, the
 * operation's own read of one resource by id as the current caller. So a replay re-checks the caller's access
 * today (a caller who lost the scope gets the 404 a direct read would give) and shows the current projection
 * (changes made since, cut to what the caller may see now). The status (201) and the {@code Location} header
 * follow from the operation and the id, so they need not be stored either.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    /**
     * An {@value #HEADER} as sent ({@code value} null when absent) and the operation it was sent to. The operation is
     * named in one place, the operationId of the resource method ({@link IdempotencyKeyParam}), so a key used for one
     * operation is a 422 on another, and no service writes the name again.
     */
    public record Key(String value, String operation) {}

    /** The result of a create: the new representation, and whether it is a replay of an earlier response. */
    public record Outcome<V extends Identified>(V view, boolean replayed) {}

    private final EntityManager em;
    private final ObjectMapper json;
    private final Duration retention;
    private final Duration purgeInterval;
    private final ClusterJobs jobs;

    public Idempotency(EntityManager em, ObjectMapper json, IdempotencyConfig config, ClusterJobs jobs) {
        this.em = em;
        this.json = json;
        this.retention = config.retention();
        this.purgeInterval = config.purgeInterval();
        this.jobs = jobs;
    }

    /**
     * Runs {@code create} once per (caller, key). Without a key (or with a null {@code key}, for callers outside
     * HTTP) it simply runs. The same key with another body or on another operation is a 422. A replay answers {@code reread} of the created resource's id: the operation's
     * read of one such resource by the current caller, with the access check and projection a direct read has.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V extends Identified> Outcome<V> once(
            Key idempotencyKey, String caller, Object request, Function<UUID, V> reread, Supplier<V> create) {
        if (idempotencyKey == null || idempotencyKey.value() == null) {
            return new Outcome<>(create.get(), false);
        }
        String key = idempotencyKey.value();
        String operation = idempotencyKey.operation();
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid(FieldError.header(HEADER, "1 to 200 visible ASCII characters"));
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("""
                        insert into idempotency_record (caller, idem_key, operation, request_hash, created_at)
                        values (?1, ?2, ?3, ?4, now())
                        on conflict (caller, idem_key) do nothing""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, operation)
                .setParameter(4, hash)
                .executeUpdate();
        if (claimed == 1) {
            V view = create.get();
            em.createNativeQuery("""
                            update idempotency_record set resource_id = ?3
                            where caller = ?1 and idem_key = ?2""")
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .setParameter(3, view.id())
                    .executeUpdate();
            return new Outcome<>(view, false);
        }
        return replay(key, caller, operation, hash, reread);
    }

    private <V extends Identified> Outcome<V> replay(
            String key, String caller, String operation, String hash, Function<UUID, V> reread) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select operation, request_hash, resource_id from idempotency_record
                        where caller = ?1 and idem_key = ?2""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!operation.equals(row[0]) || !hash.equals(row[1]) || row[2] == null) {
            throw new ApiException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        // what a direct read by this caller would answer now: 404 if they lost access, the current projection if not
        return new Outcome<>(reread.apply((UUID) row[2]), true);
    }

    /** Keys are kept for the configured retention (at least a day), then forgotten. */
    @Scheduled(
            every = "${mrc.idempotency.purge-interval}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        if (jobs.claim("idempotency-purge", purgeInterval)) {
            purgeExpired();
        }
    }

    @Transactional
    void purgeExpired() {
        em.createNativeQuery("delete from idempotency_record where created_at < now() - cast(?1 as interval)")
                .setParameter(1, retention.toSeconds() + " seconds")
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(json.writeValueAsBytes(request)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }
}
