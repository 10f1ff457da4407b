package org.mrc.casework.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** Any constant: the advisory lock that serialises drawing change numbers (see {@link #nextChangeSeq()}). */
    private static final long CHANGE_LOCK = 0x5245464552524c4cL;

    /**
     * The next change number. It is drawn under a transaction-level advisory lock held until commit, so change
     * numbers become visible in the order they were drawn: a feed reader that has seen n never later finds an
     * uncommitted smaller number appear. Call it as the last step before the transaction ends.
     */
    long nextChangeSeq() {
        lockChangeNumbers();
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('referral_change_seq')")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Takes the lock under which change numbers are drawn, until the transaction ends: for a statement that draws
     * them itself ({@code nextval('referral_change_seq')}), as {@link #nextChangeSeq()} does.
     */
    void lockChangeNumbers() {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, CHANGE_LOCK)
                .getSingleResult();
    }

    /** The referral, locked for a status change, so that concurrent changes queue and the later one sees 412. */
    Optional<Referral> forUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * One page of a client's referrals, newest first, leaving out those of the {@code hiddenTypes} (in the query, so
     * that page sizes and cursors do not betray them); {@code before} is the last id of the previous page.
     */
    List<Referral> ofClient(UUID clientId, Set<String> hiddenTypes, UUID before, int fetchSize) {
        StringBuilder query = new StringBuilder("clientId = :client");
        Map<String, Object> params = new HashMap<>(Map.of("client", clientId));
        if (!hiddenTypes.isEmpty()) {
            query.append(" and serviceTypeCode not in :hidden");
            params.put("hidden", hiddenTypes);
        }
        if (before != null) {
            query.append(" and id < :before");
            params.put("before", before);
        }
        return find(query.append(" order by id desc").toString(), params)
                .range(0, fetchSize - 1)
                .list();
    }

    /** Every referral of a client (a client has few), leaving out those of the {@code hiddenTypes}. */
    List<Referral> allOf(UUID clientId, Set<String> hiddenTypes) {
        return hiddenTypes.isEmpty()
                ? list("clientId = ?1 order by id", clientId)
                : list("clientId = ?1 and serviceTypeCode not in ?2 order by id", clientId, hiddenTypes);
    }

    /** The referrals sent to a partner, in change order after {@code afterSeq}. */
    List<Referral> feed(UUID partnerId, long afterSeq, Instant updatedSince, ReferralStatus status, int fetchSize) {
        StringBuilder query = new StringBuilder("partnerId = ?1 and requestedAt is not null and changeSeq > ?2");
        List<Object> params = new ArrayList<>(List.of(partnerId, afterSeq));
        if (updatedSince != null) {
            params.add(updatedSince);
            query.append(" and updatedAt >= ?").append(params.size());
        }
        if (status != null) {
            params.add(status);
            query.append(" and status = ?").append(params.size());
        }
        query.append(" order by changeSeq");
        return find(query.toString(), params.toArray()).range(0, fetchSize - 1).list();
    }

    /** The statuses of a sent referral still open (the receiver has not closed it). */
    static final List<ReferralStatus> OPEN = List.of(
            ReferralStatus.REQUESTED,
            ReferralStatus.RECEIVED,
            ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROGRESS,
            ReferralStatus.ON_HOLD);

    /** The open referrals of a client sent to one of these offices' in-house offerings. */
    List<Referral> openToOffices(UUID clientId, Set<UUID> offices) {
        return list(
                "clientId = ?1 and providerOfficeId in ?2 and requestedAt is not null and status in ?3",
                clientId,
                offices,
                OPEN);
    }

    /** A page of the referrals sent to these offices, newest first, optionally of one status. */
    List<Referral> sentToOffices(Set<UUID> offices, ReferralStatus status, UUID before, int fetchSize) {
        StringBuilder query = new StringBuilder("providerOfficeId in ?1 and requestedAt is not null");
        List<Object> params = new ArrayList<>(List.of(offices));
        if (status != null) {
            params.add(status);
            query.append(" and status = ?").append(params.size());
        }
        if (before != null) {
            params.add(before);
            query.append(" and id < ?").append(params.size());
        }
        query.append(" order by id desc");
        return find(query.toString(), params.toArray()).range(0, fetchSize - 1).list();
    }

    /** A client's referrals that were sent and are not closed, locked for cancellation. */
    List<Referral> openShared(UUID clientId) {
        return openShared(List.of(clientId));
    }

    /** {@link #openShared(UUID)} of several clients at once (one statement, whatever their number). */
    @SuppressWarnings("unchecked")
    List<Referral> openShared(List<UUID> clientIds) {
        String open = OPEN.stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        return getEntityManager()
                .createNativeQuery(
                        "select * from referral where client_id = any(cast(?1 as uuid[])) and requested_at is not null"
                                + " and status in (" + open + ") order by id for update",
                        Referral.class)
                .setParameter(1, clientIds.toArray(UUID[]::new))
                .getResultList();
    }

    /**
     * Up to {@code limit} requested referrals whose due date is before {@code today}, locked; rows another instance
     * has locked are skipped, so several instances share the work without waiting or doing it twice.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockOverdue(LocalDate today, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        select id from referral where status = 'REQUESTED' and due_date < ?1
                        order by due_date, id limit ?2 for update skip locked""")
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
    }
}
