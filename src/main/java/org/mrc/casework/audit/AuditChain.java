package org.mrc.casework.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.audit.AuditVerification.BrokenLink;
import org.mrc.casework.audit.AuditVerification.ChainProblem;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * Verifies the hash chain the database keeps over the audit trail (migration V100): each link's entry must exist
 * and hash, with its predecessor's hash, to the link's hash; sequence numbers must have no gap. The whole check is
 * one query, so a range is verified without loading entries into the service.
 */
@ApplicationScoped
public class AuditChain {

    static final String VERIFY = """
            with links as (
                select c.chain_seq, c.entry_id, c.prev_hash, c.hash,
                       lag(c.chain_seq) over w as before_seq,
                       lag(c.hash) over w as before_hash,
                       e.id is not null as present,
                       e.id is not null and sha256(c.prev_hash || audit_entry_canonical(e)) = c.hash as matches
                from audit_chain c
                         left join audit_entry e on e.id = c.entry_id
                where c.chain_seq between greatest(?1 - 1, 1) and ?2
                window w as (order by c.chain_seq)
            ),
            checked as (
                select chain_seq, entry_id,
                       case
                           when chain_seq < ?1 then null
                           when chain_seq = 1 and prev_hash <> audit_chain_genesis() then 'LINK_BROKEN'
                           when before_seq is null and chain_seq > 1 then 'LINK_MISSING'
                           when before_seq is not null and before_seq <> chain_seq - 1 then 'LINK_MISSING'
                           when before_hash is not null and prev_hash <> before_hash then 'LINK_BROKEN'
                           when not present then 'ENTRY_MISSING'
                           when not matches then 'ENTRY_ALTERED'
                           end as problem,
                       case
                           when before_seq is null and chain_seq > 1 then greatest(?1 - 1, 1)
                           when before_seq is not null and before_seq <> chain_seq - 1 then before_seq + 1
                           else chain_seq
                           end as broken_seq
                from links
            )
            select count(*),
                   max(chain_seq),
                   (array_agg(broken_seq order by broken_seq) filter (where problem is not null))[1],
                   (array_agg(problem order by broken_seq) filter (where problem is not null))[1],
                   (array_agg(case when problem = 'LINK_MISSING' then null else entry_id end order by broken_seq)
                       filter (where problem is not null))[1]
            from checked
            where chain_seq >= ?1""";

    private final EntityManager em;

    AuditChain(EntityManager em) {
        this.em = em;
    }

    /**
     * Checks the links from {@code from} to {@code to} (chain sequence numbers, inclusive; defaults: the first
     * and the last link) and reports how many were checked and the first broken one.
     */
    @Transactional
    @Audited(action = "audit.verify", resource = "audit")
    public AuditVerification verify(Long from, Long to) {
        long lo = from == null ? 1 : from;
        long hi = to == null ? Long.MAX_VALUE : to;
        if (hi < lo) {
            throw ApiException.invalid(FieldError.query("to", "must not be below from"));
        }
        Object[] row = (Object[]) em.createNativeQuery(VERIFY)
                .setParameter(1, lo)
                .setParameter(2, hi)
                .getSingleResult();
        long checked = ((Number) row[0]).longValue();
        Long last = row[1] == null ? null : ((Number) row[1]).longValue();
        BrokenLink broken = row[2] == null
                ? null
                : new BrokenLink(((Number) row[2]).longValue(), (UUID) row[4], ChainProblem.valueOf((String) row[3]));
        String lastHash = last == null ? null : hashOf(last);
        return new AuditVerification(lo, to != null ? to : last, checked, broken == null, broken, last, lastHash);
    }

    private String hashOf(long sequence) {
        List<?> rows = em.createNativeQuery("select encode(hash, 'hex') from audit_chain where chain_seq = ?1")
                .setParameter(1, sequence)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
