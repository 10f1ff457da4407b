package org.mrc.casework.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mrc.casework.audit.AuditContext;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.ApiException;

/**
 * The one entry point to a client record: every service that reads or changes a client, or a record hanging off
 * one, asks here first, and none applies the office scope to a client itself.
 *
 * <ul>
 *   <li><b>Read</b> ({@link #read}): staff of the owning office (and, for coordinators, of the offices above it) see
 *       everything up to S2. Other staff who state an {@link AccessReason} read S0 and S1, read-only; the purpose
 *       and text go to the audit entry. Everyone else is told the record does not exist (404).
 *   <li><b>Write</b> ({@link #write}): only the owning office's staff (404 for everyone else). The client row is
 *       locked ({@code select ... for update}) for the rest of the transaction, and a record merged into another is
 *       refused with a 409 {@code client-merged} naming the survivor. The lock is what makes the merged check hold:
 *       a merge locks both records too, so a write either completes before a merge (and the merge moves what it
 *       wrote) or sees the record merged and writes nothing.
 * </ul>
 *
 * A merged-away record answers 409, not 404: the caller is entitled to know the record (they may read it), and
 * the survivor's id tells them where the change belongs; a 404 would send them looking for a record that exists.
 */
@ApplicationScoped
public class ClientAccess {

    public static final String REASON_HEADER = "X-Access-Reason";

    /** The contract's description of {@value #REASON_HEADER}, one text for every operation that takes it. */
    public static final String REASON_DESCRIPTION = "Why a client record outside the caller's offices is needed:"
            + " `<PURPOSE>; <justification>`, e.g. `CONTINUITY_OF_CARE; client came to our desk for legal aid`."
            + " PURPOSE is one of CONTINUITY_OF_CARE, SAFEGUARDING, VITAL_INTEREST, DATA_SUBJECT_REQUEST,"
            + " LEGAL_OBLIGATION, DUPLICATE_RESOLUTION, COMPLAINT_INVESTIGATION, OTHER; the justification is free text"
            + " of at least `mrc.access.reason-min-length` (default 10) and at most 480 characters. Staff of other"
            + " offices who send it read S0 and S1 of the record, read-only; purpose and justification are recorded in"
            + " the audit entry. When present, the header must be well formed (else 400 naming the header), also for"
            + " callers within scope.";

    /** A client reached by the caller inside the client feature: the record and what the caller may do with it. */
    record Reached(Client client, Tier ceiling, boolean writable, boolean aboutAMinor) {
        ClientRef ref() {
            return new ClientRef(client.id(), client.officeId(), ceiling, writable, aboutAMinor);
        }
    }

    private final ClientRepository clients;
    private final OfficeScope scope;
    private final CurrentCaller caller;
    private final AuditContext audit;
    private final AccessConfig config;
    private final Clock clock = Clock.systemUTC();

    ClientAccess(
            ClientRepository clients,
            OfficeScope scope,
            CurrentCaller caller,
            AuditContext audit,
            AccessConfig config) {
        this.clients = clients;
        this.scope = scope;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
    }

    /**
     * Read access to a client for the current caller: how much they may see and whether they may change it, or
     * 404. {@code reason} is the raw {@value #REASON_HEADER} header (null when absent); when present it must be a
     * valid {@link AccessReason} (else 400), and it is what lets out-of-scope staff in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientRef read(UUID clientId, String reason) {
        return reach(clientId, reason).ref();
    }

    /**
     * Write access to a client for the current caller: the client locked for this transaction, or 404 (not the
     * caller's to change) or 409 {@code client-merged} (merged into the survivor the problem names).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientRef write(UUID clientId) {
        Client client = forWrite(clientId);
        return new ClientRef(client.id(), client.officeId(), Tier.S2, true, client.minorOn(today()));
    }

    /**
     * For an admin acting on a client's lifecycle (a legal hold) without seeing any of its data: admins have no office
     * scope, so none is applied. The client is locked; 404 if it does not exist, 409 {@code client-merged}, 410
     * {@code client-erased}. The reference carries the lowest tier: it opens no data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientRef administer(UUID clientId) {
        if (!caller.get().has(Roles.ADMIN)) {
            throw ApiException.notFound("client");
        }
        Client client = find(clientId);
        clients.getEntityManager().refresh(client, LockModeType.PESSIMISTIC_WRITE);
        client.requireNotErased();
        client.requireNotMerged();
        return new ClientRef(client.id(), client.officeId(), Tier.S0, false, client.minorOn(today()));
    }

    /** {@link #read} for the client feature itself, which also needs the record. */
    Reached reach(UUID clientId, String reason) {
        Caller me = caller.get();
        AccessReason justification = reason == null ? null : AccessReason.parse(reason, config.reasonMinLength());
        Client client = find(clientId);
        if (scope.covers(me, client.officeId())) {
            client.requireNotErased();
            return new Reached(client, Tier.S2, true, client.minorOn(today()));
        }
        if (justification != null && isStaff(me)) {
            client.requireNotErased();
            audit.outOfScope(justification.purpose().name(), justification.text());
            return new Reached(client, Tier.S1, false, client.minorOn(today()));
        }
        throw ApiException.notFound("client");
    }

    /** {@link #write} for the client feature itself, which also needs the record. */
    Client forWrite(UUID clientId) {
        Client client = forWriteEvenIfMerged(clientId);
        client.requireNotMerged();
        return client;
    }

    /**
     * Write access to several clients at once (a household link changes two households), each locked, in id order
     * so that two requests naming the same clients cannot deadlock; any of them merged away is a 409.
     */
    Map<UUID, Client> forWrite(UUID first, UUID second) {
        Map<UUID, Client> locked = forWriteEvenIfMerged(first, second);
        locked.values().forEach(Client::requireNotMerged);
        return locked;
    }

    /** {@link #forWrite(UUID, UUID)} without the merged check, for merging and undoing a merge. */
    Map<UUID, Client> forWriteEvenIfMerged(UUID first, UUID second) {
        Map<UUID, Client> locked = new LinkedHashMap<>();
        // the database's order of uuids (bytewise), which the lowercase text form shares
        Stream.of(first, second)
                .distinct()
                .sorted(Comparator.comparing(UUID::toString))
                .forEach(id -> locked.put(id, forWriteEvenIfMerged(id)));
        return locked;
    }

    /**
     * Write access without the merged check, for merging and undoing a merge only: there the merged record itself
     * is the subject of the change.
     */
    Client forWriteEvenIfMerged(UUID clientId) {
        Caller me = caller.get();
        Client client = find(clientId);
        if (!scope.covers(me, client.officeId())) {
            throw ApiException.notFound("client");
        }
        // re-read under the lock: what was checked above may have changed before the lock was granted
        clients.getEntityManager().refresh(client, LockModeType.PESSIMISTIC_WRITE);
        if (!scope.covers(me, client.officeId())) {
            throw ApiException.notFound("client");
        }
        client.requireNotErased();
        return client;
    }

    /**
     * Of these client ids, those whose record the caller's offices own (the caller reaches them at S2 without a
     * reason), for views that list people (a session's attendees); ids without a client are left out.
     */
    @Transactional
    public Set<UUID> withinScope(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Predicate<Client> mine = withinScope();
        return clients.list("id in ?1", ids).stream()
                .filter(mine)
                .map(Client::id)
                .collect(Collectors.toSet());
    }

    /**
     * Whether a client is within the caller's own scope, for views that show other people next to the client read
     * (the related person of a household link): the caller's offices are resolved once per call of this method.
     */
    Predicate<Client> withinScope() {
        Set<UUID> offices = scope.officesOf(caller.get());
        return client -> offices.contains(client.officeId());
    }

    private Client find(UUID id) {
        return clients.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("client"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean isStaff(Caller caller) {
        return caller.has(Roles.CASEWORKER) || caller.has(Roles.COORDINATOR);
    }
}
