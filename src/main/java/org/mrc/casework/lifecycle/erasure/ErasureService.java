package org.mrc.casework.lifecycle.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.lifecycle.hold.LegalHolds;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.referral.ReferralErasure;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.problem.ApiException;

/**
 * Erasure on request. The request is recorded and decided at once, by the rules in order: a legal hold on the person
 * refuses it ({@link ErasureRefusal#LEGAL_HOLD}); so does an open referral to a protection service
 * ({@link ErasureRefusal#OPEN_SAFEGUARDING_CASE}: the safeguarding work must go on and be accountable). Otherwise it
 * is executed in the same transaction: the referrals first (open ones cancelled with SUBJECT_ERASURE, all of them
 * stripped of free text and marked erased for their partner), then every other table ({@link PersonalDataEraser}),
 * then {@link ClientErased} is fired for the outgoing events. Only the owning office's staff may ask (404 for
 * others, 410 once erased).
 */
@ApplicationScoped
public class ErasureService {

    private static final String OPEN_PROTECTION_REFERRAL = """
            select exists (
                select 1 from referral r join service_type t on t.code = r.service_type_code
                where r.client_id in (:c) and t.category = 'PROTECTION'
                  and r.status not in ('REJECTED', 'COMPLETED', 'FAILED', 'CANCELLED', 'ENTERED_IN_ERROR'))""";

    private final ErasureRequestRepository requests;
    private final ClientAccess access;
    private final OfficeScope scope;
    private final LegalHolds holds;
    private final ReferralErasure referrals;
    private final PersonalDataEraser eraser;
    private final Event<ClientErased> erased;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final EntityManager em;
    private final Clock clock;

    ErasureService(
            ErasureRequestRepository requests,
            ClientAccess access,
            OfficeScope scope,
            LegalHolds holds,
            ReferralErasure referrals,
            PersonalDataEraser eraser,
            Event<ClientErased> erased,
            Idempotency idempotency,
            CurrentCaller caller,
            EntityManager em,
            Clock clock) {
        this.requests = requests;
        this.access = access;
        this.scope = scope;
        this.holds = holds;
        this.referrals = referrals;
        this.eraser = eraser;
        this.erased = erased;
        this.idempotency = idempotency;
        this.caller = caller;
        this.em = em;
        this.clock = clock;
    }

    /** Records the request, decides it and, unless refused, erases the person now. */
    @Transactional
    @Audited(action = "client.erasure-request", resource = "client")
    public Idempotency.Outcome<ErasureRequestView> request(UUID clientId, RequestErasure request, Idempotency.Key key) {
        Caller me = caller.get();
        return idempotency.once(key, me.subject(), List.of(clientId, request), this::get, () -> {
            ClientRef client = access.write(clientId);
            List<UUID> same = eraser.samePerson(client.id());
            Instant now = clock.instant();
            ErasureRequest decided =
                    ErasureRequest.decided(client.id(), client.officeId(), request, me.subject(), refusal(same), now);
            requests.persist(decided);
            requests.flush();
            if (decided.executed()) {
                execute(same, decided.id(), now);
            }
            return decided.view();
        });
    }

    /**
     * Erases a person under a retention rule whose action is ERASE, in the caller's transaction (the retention job's
     * batch): no request, the rule is the ground; the job has checked holds and open cases.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseUnderRetention(UUID clientId) {
        execute(eraser.samePerson(clientId), null, clock.instant());
    }

    private void execute(List<UUID> same, UUID requestId, Instant now) {
        List<ClientErased.ErasedReferral> reached = referrals.erase(same).stream()
                .map(r -> new ClientErased.ErasedReferral(r.referralId(), r.partnerId(), r.cancelled()))
                .toList();
        eraser.erase(same, requestId, now);
        // the outgoing-events (webhook) feature observes this to send referral.erased to each partner
        erased.fire(new ClientErased(requestId, same, reached, now));
    }

    /** A recorded request, for staff of the office that owned the client. */
    @Transactional
    @Audited(action = "erasure-request.read", resource = "erasure-request")
    public ErasureRequestView get(UUID requestId) {
        ErasureRequest request = requests.findByIdOptional(requestId)
                .filter(r -> scope.covers(caller.get(), r.officeId()))
                .orElseThrow(() -> ApiException.notFound("erasure request"));
        return request.view();
    }

    private ErasureRefusal refusal(List<UUID> same) {
        LocalDate today = LocalDate.now(clock);
        if (!holds.heldAmong(same, today).isEmpty()) {
            return ErasureRefusal.LEGAL_HOLD;
        }
        boolean safeguarding = (Boolean) em.createNativeQuery(OPEN_PROTECTION_REFERRAL)
                .setParameter("c", same)
                .getSingleResult();
        return safeguarding ? ErasureRefusal.OPEN_SAFEGUARDING_CASE : null;
    }
}
