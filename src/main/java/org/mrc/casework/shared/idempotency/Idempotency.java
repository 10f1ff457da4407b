package org.mrc.casework.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;
import org.mrc.casework.shared.scheduling.ClusterJobs;

/**
 * Makes a create safe to retry. The key is claimed by inserting a row in the creating transaction: a concurrent
 * retry with the same key blocks on that row until the first transaction ends, then replays its stored response
 * (or, if the first one rolled back, performs the create itself). So a key yields exactly one write.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    /** The result of a create: the new representation, and whether it is a replay of an earlier response. */
    public record Outcome<V extends Identified>(V view, boolean replayed) {}

    private final EntityManager em;
    private final ObjectMapper json;
    private final Duration retention;
    private final Duration purgeInterval;
    private final ClusterJobs jobs;

    public Idempotency(
            EntityManager em,
            ObjectMapper json,
            @ConfigProperty(name = "mrc.idempotency.retention") Duration retention,
            @ConfigProperty(name = "mrc.idempotency.purge-interval", defaultValue = "1h") Duration purgeInterval,
            ClusterJobs jobs) {
        this.em = em;
        this.json = json;
        this.retention = retention;
        this.purgeInterval = purgeInterval;
        this.jobs = jobs;
    }

    /**
     * Runs {@code create} once per (caller, key). Without a key it simply runs. The same key with another body or
     * on another operation is a 422.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V extends Identified> Outcome<V> once(
            String key, String caller, String operation, Object request, Class<V> viewType, Supplier<V> create) {
        if (key == null) {
            return new Outcome<>(create.get(), false);
        }
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
                            update idempotency_record set resource_id = ?3, response_body = cast(?4 as jsonb)
                            where caller = ?1 and idem_key = ?2""")
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .setParameter(3, view.id())
                    .setParameter(4, write(view))
                    .executeUpdate();
            return new Outcome<>(view, false);
        }
        return replay(key, caller, operation, hash, viewType);
    }

    private <V extends Identified> Outcome<V> replay(
            String key, String caller, String operation, String hash, Class<V> viewType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select operation, request_hash, cast(response_body as text) from idempotency_record
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
        try {
            return new Outcome<>(json.readValue((String) row[2], viewType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response cannot be read", e);
        }
    }

    /** Keys are kept for the configured retention (at least a day), then forgotten. */
    @Scheduled(
            every = "${mrc.idempotency.purge-interval:1h}",
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

    private String write(Object view) {
        try {
            return new String(json.writeValueAsBytes(view), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store idempotent response", e);
        }
    }
}
