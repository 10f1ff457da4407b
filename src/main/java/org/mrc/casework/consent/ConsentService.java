package org.mrc.casework.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.ClientRef;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.client.Projection;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;

/**
 * Recording, listing and withdrawing a client's consents. Writes are for the owning office's staff; reads follow the
 * client's read grant (out-of-scope staff with a stated reason may read, never write). Every call is audited on the
 * client.
 */
@ApplicationScoped
public class ConsentService {

    private static final Cursor.Shape CONSENTS = Cursor.shape("consents", Cursor.Key.UUID);

    private final ConsentRepository consents;
    private final ClientService clients;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Event<ConsentWithdrawn> withdrawn;
    private final Clock clock = Clock.systemUTC();

    ConsentService(
            ConsentRepository consents,
            ClientService clients,
            Idempotency idempotency,
            CurrentCaller caller,
            Event<ConsentWithdrawn> withdrawn) {
        this.consents = consents;
        this.clients = clients;
        this.idempotency = idempotency;
        this.caller = caller;
        this.withdrawn = withdrawn;
    }

    /** Records a consent the client gave; it cannot be changed afterwards, only withdrawn. */
    @Transactional
    @Audited(action = "consent.create", resource = "client")
    public Idempotency.Outcome<ConsentView> record(
            UUID clientId, ConsentRequests.RecordConsent request, String idempotencyKey) {
        Caller me = caller.get();
        // checked before a replay too: a caller who lost access to the client gets no stored response
        clients.writable(clientId);
        return idempotency.once(
                idempotencyKey, me.subject(), "consent.create", List.of(clientId, request), ConsentView.class, () -> {
                    Instant now = clock.instant();
                    Consent consent = Consent.record(clientId, request, me.subject(), now);
                    consents.persistAndFlush(consent);
                    return consent.view(now);
                });
    }

    /** The client's consents, current and past, newest first, each with its status now. */
    @Transactional
    @Audited(action = "consent.list", resource = "client")
    public Page<ConsentView> list(UUID clientId, String reason, PageRequest page) {
        ClientRef client = clients.readable(clientId, reason);
        Cursor after = page.after(CONSENTS);
        UUID before = after == null ? null : after.uuid(0);
        Instant now = clock.instant();
        List<Consent> rows = consents.page(clientId, before, page.fetchSize());
        return Page.of(rows, page.limit(), c -> CONSENTS.at(c.id()))
                .map(c -> Projection.upTo(c.view(now), client.ceiling()));
    }

    @Transactional
    @Audited(action = "consent.read", resource = "client")
    public ConsentView get(UUID clientId, UUID consentId, String reason) {
        ClientRef client = clients.readable(clientId, reason);
        return Projection.upTo(find(clientId, consentId).view(clock.instant()), client.ceiling());
    }

    /**
     * Records the client's withdrawal of a consent (once: a second withdrawal is a 409) and publishes
     * {@link ConsentWithdrawn} inside the transaction. The consent stays in the history, with its status WITHDRAWN
     * from the effective instant on.
     */
    @Transactional
    @Audited(action = "consent.withdraw", resource = "client")
    public ConsentView withdraw(
            UUID clientId, UUID consentId, long expectedVersion, ConsentRequests.WithdrawConsent request) {
        clients.writable(clientId);
        Consent consent = find(clientId, consentId);
        Instant now = clock.instant();
        Instant effective = request.withdrawnAt() == null ? now : request.withdrawnAt();
        if (!consent.withdrawn()) {
            // a second withdrawal is a 409 whatever ETag it carries
            IfMatch.check(expectedVersion, consent.version());
        }
        consent.withdraw(effective, request.note(), caller.get().subject(), now);
        consents.flush();
        withdrawn.fire(new ConsentWithdrawn(consent.id(), clientId, consent.withdrawnAt()));
        return consent.view(now);
    }

    private Consent find(UUID clientId, UUID consentId) {
        return consents.ofClient(clientId, consentId).orElseThrow(() -> ApiException.notFound("consent"));
    }
}
