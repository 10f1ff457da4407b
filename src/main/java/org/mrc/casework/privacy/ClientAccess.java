package org.mrc.casework.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mrc.casework.audit.AuditContext;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * The one entry point to a client record: every service that reads or changes a client, or a record hanging off
 * one, asks here first, and none applies the office scope to a client itself.
 *
 * <ul>
 *   <li><b>Read</b> ({@link #read}): staff of the owning office (and, for coordinators, of the offices above it) see
 *       everything up to S2. Other staff who state an {@link AccessReason} read S0 and S1, read-only; the purpose
 *       and text go to the audit entry. Staff of an office holding an {@link AccessGrant} on the client (an open
 *       internal referral it received, a handover proposed to it) read up to the grant's ceiling without a reason,
 *       read-only; the grant's purpose and source id go to the audit entry. Everyone else is told the record does
 *       not exist (404).
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

    private final ClientRecords clients;
    private final OfficeScope scope;
    private final CurrentCaller caller;
    private final AuditContext audit;
    private final AccessConfig config;
    private final Instance<AccessGrant> grants;

    static final ProblemType OWNER_CHANGED =
            new ProblemType("case-owner-changed", 409, "The case is no longer owned by the office that handed it over");

    ClientAccess(
            ClientRecords clients,
            OfficeScope scope,
            CurrentCaller caller,
            AuditContext audit,
            AccessConfig config,
            Instance<AccessGrant> grants) {
        this.clients = clients;
        this.scope = scope;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
        this.grants = grants;
    }

    /**
     * Read access to a client for the current caller: how much they may see and whether they may change it, or
     * 404. {@code reason} is the raw {@value #REASON_HEADER} header (null when absent); when present it must be a
     * valid {@link AccessReason} (else 400), and it is what lets out-of-scope staff in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientRef read(UUID clientId, String reason) {
        Caller me = caller.get();
        AccessReason justification = reason == null ? null : AccessReason.parse(reason, config.reasonMinLength());
        ClientRecords.Facts client = find(clientId);
        if (scope.covers(me, client.officeId())) {
            return ref(client, Tier.S2, true);
        }
        Optional<AccessGrant.Granted> granted = isStaff(me) ? granted(clientId, scope.officesOf(me)) : Optional.empty();
        if (granted.isPresent()) {
            audit.outOfScope(
                    granted.get().purpose(), "grant held by " + granted.get().sourceId());
            return ref(client, granted.get().ceiling(), false);
        }
        if (justification != null && isStaff(me)) {
            audit.outOfScope(justification.purpose().name(), justification.text());
            return ref(client, Tier.S1, false);
        }
        throw ApiException.notFound("client");
    }

    /**
     * Access to the whole of a client's record for a subject-access report: only staff whose offices cover the owning
     * office (its caseworkers, coordinators above it) reach it, at S2 and read-only; everyone else is told the record
     * does not exist (404). {@code reason} is the raw {@value #REASON_HEADER} header, required here (400 when absent or
     * malformed, before anything is looked up); its purpose and text go to the audit entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientRef readWhole(UUID clientId, String reason) {
        if (reason == null) {
            throw ApiException.invalid(FieldError.header(
                    REASON_HEADER, "is required: " + AccessReason.SYNTAX + ", e.g. DATA_SUBJECT_REQUEST; <text>"));
        }
        AccessReason justification = AccessReason.parse(reason, config.reasonMinLength());
        ClientRecords.Facts client = find(clientId);
        if (!isStaff(caller.get()) || !scope.covers(caller.get(), client.officeId())) {
            throw ApiException.notFound("client");
        }
        audit.stated(justification.purpose().name(), justification.text());
        return ref(client, Tier.S2, false);
    }

    /**
     * Write access to a client for the current caller: the client locked for this transaction, or 404 (not the
     * caller's to change) or 409 {@code client-merged} (merged into the survivor the problem names).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientRef write(UUID clientId) {
        ClientRef client = writeEvenIfMerged(clientId);
        client.requireNotMerged();
        return client;
    }

    /**
     * Write access to several clients at once (a household link changes two households), each locked, in id order
     * so that two requests naming the same clients cannot deadlock; any of them merged away is a 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, ClientRef> write(UUID first, UUID second) {
        Map<UUID, ClientRef> locked = writeEvenIfMerged(first, second);
        locked.values().forEach(ClientRef::requireNotMerged);
        return locked;
    }

    /**
     * {@link #write(UUID, UUID)} without the merged check, for merging and undoing a merge only: there the merged
     * record itself is the subject of the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, ClientRef> writeEvenIfMerged(UUID first, UUID second) {
        Map<UUID, ClientRef> locked = new LinkedHashMap<>();
        // the database's order of uuids (bytewise), which the lowercase text form shares
        Stream.of(first, second)
                .distinct()
                .sorted(Comparator.comparing(UUID::toString))
                .forEach(id -> locked.put(id, writeEvenIfMerged(id)));
        return locked;
    }

    private ClientRef writeEvenIfMerged(UUID clientId) {
        Caller me = caller.get();
        ClientRecords.Facts client = find(clientId);
        if (!scope.covers(me, client.officeId())) {
            throw ApiException.notFound("client");
        }
        // re-read under the lock: what was checked above may have changed before the lock was granted
        ClientRecords.Facts locked = clients.lock(clientId);
        if (!scope.covers(me, locked.officeId())) {
            throw ApiException.notFound("client");
        }
        return ref(locked, Tier.S2, true);
    }

    /**
     * Moves a case to {@code toOffice}, for an office accepting a handover: the caller's offices must cover
     * {@code toOffice}, and the client must still be owned by {@code fromOffice} (else 409 {@code case-owner-changed})
     * and not merged away (409 {@code client-merged}). Locks the client for the rest of the transaction; from then on
     * the former office reaches the record like any other office.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void handOver(UUID clientId, UUID fromOffice, UUID toOffice) {
        if (!scope.covers(caller.get(), toOffice)) {
            throw ApiException.notFound("client");
        }
        find(clientId);
        ClientRecords.Facts locked = clients.lock(clientId);
        if (!locked.officeId().equals(fromOffice)) {
            throw ApiException.conflict(
                    OWNER_CHANGED, "The case moved since the handover was proposed", Map.of("clientId", clientId));
        }
        ref(locked, Tier.S2, true).requireNotMerged();
        clients.handOver(clientId, toOffice);
    }

    /** The highest grant any of the offices holds on the client now. */
    private Optional<AccessGrant.Granted> granted(UUID clientId, Set<UUID> offices) {
        if (offices.isEmpty()) {
            return Optional.empty();
        }
        return grants.stream()
                .map(grant -> grant.grantedTo(clientId, offices))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(AccessGrant.Granted::ceiling));
    }

    /**
     * Of these client ids, those whose record the caller's offices own (the caller reaches them at S2 without a
     * reason), for views that list people (a session's attendees, the relatives on a household link); ids without a
     * client are left out.
     */
    @Transactional
    public Set<UUID> withinScope(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> offices = scope.officesOf(caller.get());
        return clients.officesOf(ids).entrySet().stream()
                .filter(client -> offices.contains(client.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private ClientRecords.Facts find(UUID id) {
        return clients.find(id).orElseThrow(() -> ApiException.notFound("client"));
    }

    private static ClientRef ref(ClientRecords.Facts client, Tier ceiling, boolean writable) {
        return new ClientRef(client.id(), client.officeId(), ceiling, writable, client.minor(), client.mergedInto());
    }

    private static boolean isStaff(Caller caller) {
        return caller.has(Roles.CASEWORKER) || caller.has(Roles.COORDINATOR);
    }
}
