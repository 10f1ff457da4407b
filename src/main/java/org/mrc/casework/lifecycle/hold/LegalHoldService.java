package org.mrc.casework.lifecycle.hold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.problem.ApiException;

/**
 * Placing, listing and releasing legal holds. A coordinator acts on the clients of the offices in their scope; an
 * admin on any client (an admin reads no client data here: a hold holds codes and dates). The client is reached
 * through {@link ClientAccess} like every other record hanging off a client: 404 out of scope, 409 merged away (for
 * changes), 410 erased. Every call is audited.
 */
@ApplicationScoped
public class LegalHoldService {

    private final LegalHoldRepository holds;
    private final ClientAccess access;
    private final CurrentCaller caller;
    private final Idempotency idempotency;
    private final Clock clock;

    LegalHoldService(
            LegalHoldRepository holds,
            ClientAccess access,
            CurrentCaller caller,
            Idempotency idempotency,
            Clock clock) {
        this.holds = holds;
        this.idempotency = idempotency;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    @Audited(action = "legal-hold.place", resource = "client")
    public Idempotency.Outcome<LegalHoldView> place(UUID clientId, PlaceLegalHold request, Idempotency.Key key) {
        Caller me = requireReach(clientId, true);
        return idempotency.once(key, me.subject(), List.of(clientId, request), id -> get(clientId, id), () -> {
            LegalHold hold = LegalHold.place(clientId, request, me.subject(), clock.instant());
            holds.persistAndFlush(hold);
            return hold.view(today());
        });
    }

    @Transactional
    @Audited(action = "legal-hold.read", resource = "client")
    public LegalHoldView get(UUID clientId, UUID holdId) {
        requireReach(clientId, false);
        return find(clientId, holdId).view(today());
    }

    @Transactional
    @Audited(action = "legal-hold.list", resource = "client")
    public List<LegalHoldView> list(UUID clientId) {
        requireReach(clientId, false);
        LocalDate today = today();
        return holds.list("clientId = ?1 order by placedAt", clientId).stream()
                .map(h -> h.view(today))
                .toList();
    }

    @Transactional
    @Audited(action = "legal-hold.release", resource = "client")
    public LegalHoldView release(UUID clientId, UUID holdId, long expectedVersion) {
        Caller me = requireReach(clientId, true);
        LegalHold hold = find(clientId, holdId);
        IfMatch.check(expectedVersion, hold.version());
        hold.release(me.subject(), clock.instant());
        holds.flush();
        return hold.view(today());
    }

    private LegalHold find(UUID clientId, UUID holdId) {
        return holds.findByIdOptional(holdId)
                .filter(h -> h.clientId().equals(clientId))
                .orElseThrow(() -> ApiException.notFound("legal hold"));
    }

    /** Coordinators through the client's one access check (write: locked, not merged, not erased); admins too. */
    private Caller requireReach(UUID clientId, boolean write) {
        Caller me = caller.get();
        if (me.has(Roles.ADMIN)) {
            access.administer(clientId);
        } else if (write) {
            access.write(clientId);
        } else {
            access.read(clientId, null);
        }
        return me;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
