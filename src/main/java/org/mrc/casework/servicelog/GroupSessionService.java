package org.mrc.casework.servicelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.catalogue.ServiceTypeView;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Group sessions and outreach events. A session belongs to an office; staff whose scope covers that office see and
 * change it, to anyone else it does not exist. Attendees must be clients the caller may reach without a reason.
 */
@ApplicationScoped
public class GroupSessionService {

    private static final Cursor.Shape SESSIONS = Cursor.shape("group-sessions", Cursor.Key.DATE, Cursor.Key.UUID);

    private final GroupSessionRepository sessions;
    private final ServiceLogService serviceLog;
    private final ClientService clients;
    private final CatalogueService catalogue;
    private final ClientAccess access;
    private final OfficeScope scope;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    GroupSessionService(
            GroupSessionRepository sessions,
            ServiceLogService serviceLog,
            ClientService clients,
            CatalogueService catalogue,
            ClientAccess access,
            OfficeScope scope,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.sessions = sessions;
        this.serviceLog = serviceLog;
        this.clients = clients;
        this.catalogue = catalogue;
        this.access = access;
        this.scope = scope;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    @Audited(action = "group-session.create", resource = "group-session", idFrom = Audited.IdFrom.RESULT)
    public Idempotency.Outcome<GroupSessionView> record(
            ServiceLogRequests.RecordGroupSession request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        return idempotency.once(idempotencyKey, me.subject(), request, this::get, () -> {
            Instant now = clock.instant();
            List<FieldError> errors = new ArrayList<>();
            Optional<ServiceTypeView> type = serviceLog.activeType(request.serviceType(), "$.serviceType", errors);
            UUID officeId = request.officeId() == null ? scope.homeOffice(me) : request.officeId();
            if (!scope.covers(me, officeId)) {
                errors.add(FieldError.body("$.officeId", "not an office in your scope"));
            }
            ServiceLogService.notInFuture(request.heldOn(), "$.heldOn", now, errors);
            if (!errors.isEmpty()) {
                throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
            }
            GroupSession session = GroupSession.record(
                    officeId, type.orElseThrow().id(), type.orElseThrow().code(), request, me.subject(), now);
            sessions.persistAndFlush(session);
            return full(session);
        });
    }

    /** Sessions of the caller's offices (or one of them), latest first; attendee ids are not listed. */
    @Transactional
    public Page<GroupSessionView> list(
            UUID officeId, LocalDate from, LocalDate to, String serviceType, PageRequest page) {
        serviceLog.requireKnownType(serviceType, "serviceType");
        Set<UUID> offices = scope.officesOf(caller.get());
        if (officeId != null) {
            offices = offices.contains(officeId) ? Set.of(officeId) : Set.of();
        }
        Cursor after = page.after(SESSIONS);
        LocalDate beforeDate = after == null ? null : after.date(0);
        UUID beforeId = after == null ? null : after.uuid(1);
        List<GroupSession> rows = offices.isEmpty()
                ? List.of()
                : sessions.page(offices, from, to, serviceType, beforeDate, beforeId, page.fetchSize());
        Set<String> sensitive = catalogue.codesAbove(Tier.S1);
        Set<UUID> reachable = access.withinScope(rows.stream()
                .filter(s -> sensitive.contains(s.serviceTypeCode()))
                .flatMap(s -> s.attendeeIds().stream())
                .collect(Collectors.toSet()));
        return Page.of(rows, page.limit(), s -> SESSIONS.at(s.heldOn(), s.id()))
                .map(s -> s.view(null, sensitive.contains(s.serviceTypeCode()) ? reachable : null));
    }

    @Transactional
    @Audited(action = "group-session.read", resource = "group-session")
    public GroupSessionView get(UUID sessionId) {
        return full(find(sessionId));
    }

    /**
     * The sessions the client attended, oldest first, of the types the ceiling of {@code client} reaches, each as the
     * client's attendance (the other attendees are not the client's data): for the subject-access report, which
     * obtained {@code client} from ClientAccess and audits the read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SessionAttendanceView> attendedBy(ClientRef client) {
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        return sessions.attendedBy(client.id(), hidden).stream()
                .map(session -> client.project(session.attendance()))
                .toList();
    }

    @Transactional
    @Audited(action = "group-session.add-attendee", resource = "group-session")
    public GroupSessionView addAttendee(UUID sessionId, long expectedVersion, UUID clientId) {
        GroupSession session = find(sessionId);
        IfMatch.check(expectedVersion, session.version());
        try {
            // only clients the caller may change can be named (a merged-away record is a 409 naming the survivor)
            access.write(clientId);
        } catch (ApiException e) {
            if (e.type().status() != 404) {
                throw e;
            }
            throw ApiException.invalid(FieldError.body("$.clientId", "no client in your scope with this id"));
        }
        session.addAttendee(clientId, caller.get().subject(), clock.instant());
        sessions.flush();
        return full(session);
    }

    @Transactional
    @Audited(action = "group-session.remove-attendee", resource = "group-session")
    public GroupSessionView removeAttendee(UUID sessionId, long expectedVersion, UUID clientId) {
        GroupSession session = find(sessionId);
        IfMatch.check(expectedVersion, session.version());
        session.removeAttendee(clientId);
        sessions.flush();
        return full(session);
    }

    @Transactional
    @Audited(action = "group-session.headcounts", resource = "group-session")
    public GroupSessionView replaceHeadcounts(
            UUID sessionId, long expectedVersion, ServiceLogRequests.ReplaceHeadcounts request) {
        GroupSession session = find(sessionId);
        IfMatch.check(expectedVersion, session.version());
        session.replaceHeadcounts(request.cells());
        sessions.flush();
        return full(session);
    }

    /**
     * The session with its attendees. A session of a type above S1 (an S2 type) names and counts only the attendees
     * whose record the caller's offices own: that a client of another office attended it is an S2 fact about them.
     */
    private GroupSessionView full(GroupSession session) {
        Set<UUID> shown = catalogue.codesAbove(Tier.S1).contains(session.serviceTypeCode())
                ? access.withinScope(session.attendeeIds())
                : null;
        return session.view(clients.references(session.attendeeIds()), shown);
    }

    private GroupSession find(UUID sessionId) {
        return sessions.findByIdOptional(sessionId)
                .filter(s -> scope.covers(caller.get(), s.officeId()))
                .orElseThrow(() -> ApiException.notFound("group session"));
    }
}
