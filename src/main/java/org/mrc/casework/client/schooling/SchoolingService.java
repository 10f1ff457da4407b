package org.mrc.casework.client.schooling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * School status of children left behind. Recording: the owning office's staff, for a client who is a child today and
 * has a household member who migrated (else 422 {@code schooling-not-applicable}). Reading: S2, so only callers who
 * reach S2 for the child (the owning office) see any entry; for anyone else who may read the record the list is empty
 * and an entry does not exist (404). Audited on the client.
 */
@ApplicationScoped
public class SchoolingService {

    static final ProblemType NOT_APPLICABLE = new ProblemType(
            "schooling-not-applicable",
            422,
            "School status is recorded for children in a household with a member who migrated");

    private final ChildSchoolingRepository rows;
    private final ClientAccess access;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    SchoolingService(
            ChildSchoolingRepository rows,
            ClientAccess access,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.rows = rows;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    @Audited(action = "schooling.record", resource = "client")
    public Idempotency.Outcome<SchoolingView> record(
            UUID clientId, SchoolingRequests.RecordSchooling request, Idempotency.Key idempotencyKey) {
        String subject = caller.get().subject();
        ClientRef client = access.write(clientId);
        return idempotency.once(
                idempotencyKey, subject, List.of(clientId, request), id -> get(clientId, id, null), () -> {
                    LocalDate today = LocalDate.now(clock);
                    if (!client.aboutAMinor() || !rows.hasMigrantMember(clientId, today)) {
                        throw new ApiException(
                                NOT_APPLICABLE,
                                "Record school status for a child (under 18 today) linked to a household member who"
                                        + " migrated (TRANSIT, MIGRATION or EMIGRANT_DIASPORA)");
                    }
                    List<FieldError> errors = new ArrayList<>();
                    if (request.attending() != null && request.status() != SchoolStatus.ENROLLED) {
                        errors.add(FieldError.body("$.attending", "only for an ENROLLED child"));
                    }
                    if (request.since().isAfter(today)) {
                        errors.add(FieldError.body("$.since", "must not be in the future"));
                    }
                    if (!errors.isEmpty()) {
                        throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
                    }
                    ChildSchooling row = ChildSchooling.record(clientId, request, subject, clock.instant());
                    rows.persistAndFlush(row);
                    return row.view();
                });
    }

    /** The child's school statuses, latest first; none for a caller below S2 for the child. */
    @Transactional
    @Audited(action = "schooling.list", resource = "client")
    public List<SchoolingView> list(UUID clientId, String reason) {
        ClientRef client = access.read(clientId, reason);
        if (!client.reaches(Tier.S2)) {
            return List.of();
        }
        return rows.ofClient(clientId).stream()
                .map(row -> client.project(row.view()))
                .toList();
    }

    /** Every school status of the child as the caller may see it, for the subject-access report (audited there). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SchoolingView> all(ClientRef client) {
        return rows.ofClient(client.id()).stream()
                .map(row -> client.project(row.view()))
                .toList();
    }

    @Transactional
    @Audited(action = "schooling.read", resource = "client")
    public SchoolingView get(UUID clientId, UUID id, String reason) {
        ClientRef client = access.read(clientId, reason);
        return rows.findByIdOptional(id)
                .filter(row -> row.clientId().equals(clientId))
                .filter(row -> client.reaches(Tier.S2))
                .map(row -> client.project(row.view()))
                .orElseThrow(() -> ApiException.notFound("school status"));
    }
}
