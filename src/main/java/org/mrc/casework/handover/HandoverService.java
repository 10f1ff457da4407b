package org.mrc.casework.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.household.HouseholdService;
import org.mrc.casework.consent.ConsentCheck;
import org.mrc.casework.consent.ConsentPurpose;
import org.mrc.casework.consent.ConsentView;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.DataCategory;
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
 * Case handovers. The sending office (write access to the client and to every member chosen to move) proposes; the
 * receiving office (its staff, or coordinators above it) accepts or declines; the sending office may withdraw while
 * the proposal is open. Accepting moves the client and the members through {@link ClientAccess#handOver}: from then on
 * the case (its episodes, its open referrals, everything that hangs off the client) answers to the receiving office,
 * and the former office reaches it like any other office. A handover is visible to the office that has the case in
 * hand for it (both while proposed; the receiving office once accepted; the sending one once declined or withdrawn);
 * for anyone else it does not exist. Every call is audited.
 */
@ApplicationScoped
public class HandoverService {

    static final ProblemType PENDING =
            new ProblemType("handover-pending", 409, "A handover of this client is already awaiting an answer");

    private static final Cursor.Shape HANDOVERS = Cursor.shape("handovers", Cursor.Key.UUID);

    private final CaseHandoverRepository handovers;
    private final ClientAccess access;
    private final HouseholdService households;
    private final ConsentCheck consent;
    private final OfficeScope scope;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    HandoverService(
            CaseHandoverRepository handovers,
            ClientAccess access,
            HouseholdService households,
            ConsentCheck consent,
            OfficeScope scope,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.handovers = handovers;
        this.access = access;
        this.households = households;
        this.consent = consent;
        this.scope = scope;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    /** Proposes to hand the client's case (and the chosen household members) to another office. */
    @Transactional
    @Audited(action = "handover.propose", resource = "client")
    public Idempotency.Outcome<HandoverView> propose(
            UUID clientId, HandoverRequests.ProposeHandover request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        ClientRef client = access.write(clientId);
        return idempotency.once(idempotencyKey, me.subject(), List.of(clientId, request), id -> get(id), () -> {
            Instant now = clock.instant();
            UUID to = request.toOfficeId();
            if (to.equals(client.officeId())) {
                throw ApiException.invalid(FieldError.body("$.toOfficeId", "the case is already owned by this office"));
            }
            if (scope.active(to).isEmpty()) {
                throw ApiException.invalid(FieldError.body("$.toOfficeId", "no active office with this id"));
            }
            List<UUID> members = members(client, request.memberIds());
            if (handovers.pendingFor(clientId)) {
                throw ApiException.conflict(
                        PENDING, "Withdraw or await the answer to the open handover first", Map.of());
            }
            List<ConsentView> agreed = consent.coveringOffice(clientId, to, ConsentPurpose.CASE_HANDOVER, now);
            if (agreed.isEmpty()) {
                throw ApiException.conflict(
                        ConsentCheck.CONSENT_REQUIRED,
                        "Record the client's CASE_HANDOVER consent naming the receiving office first",
                        Map.of(
                                "purpose",
                                ConsentPurpose.CASE_HANDOVER.name(),
                                "missingCategories",
                                List.of(DataCategory.IDENTITY.name())));
            }
            CaseHandover handover = CaseHandover.propose(
                    clientId, client.officeId(), to, agreed.get(0).id(), request.summary(), members, me.subject(), now);
            handovers.persistAndFlush(handover);
            return handover.view();
        });
    }

    /** Each member must be linked to the client now and writable by the caller (owned by the sending office). */
    private List<UUID> members(ClientRef client, List<UUID> requested) {
        Set<UUID> members = new LinkedHashSet<>(requested == null ? List.of() : requested);
        List<FieldError> errors = new ArrayList<>();
        int i = 0;
        for (UUID member : members) {
            String field = "$.memberIds[" + i++ + "]";
            if (member.equals(client.id())) {
                errors.add(FieldError.body(field, "the client moves with the case anyway"));
                continue;
            }
            ClientRef ref;
            try {
                ref = access.write(member);
            } catch (ApiException e) {
                errors.add(FieldError.body(field, "not a client of the sending office"));
                continue;
            }
            if (!ref.officeId().equals(client.officeId())) {
                errors.add(FieldError.body(field, "not a client of the sending office"));
            } else if (!households.linkedNow(client.id(), member)) {
                errors.add(FieldError.body(field, "not linked to the client's household now"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
        }
        return List.copyOf(members);
    }

    /** The client's handovers (as subject or member), oldest first, for whoever may read the client. */
    @Transactional
    @Audited(action = "handover.list", resource = "client")
    public List<HandoverView> ofClient(UUID clientId, String reason) {
        return ofClient(access.read(clientId, reason));
    }

    /**
     * {@link #ofClient(UUID, String)} for a caller that has obtained {@code client} from ClientAccess and audits the
     * read itself (the subject-access report).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<HandoverView> ofClient(ClientRef client) {
        return handovers.ofClient(client.id()).stream()
                .map(h -> client.project(h.view()))
                .toList();
    }

    /** Handovers to ({@code incoming}) or from the caller's offices, newest first, that they have in hand. */
    @Transactional
    @Audited(action = "handover.search", resource = "handover")
    public Page<HandoverView> list(boolean incoming, HandoverStatus status, PageRequest page) {
        Set<UUID> offices = scope.officesOf(caller.get());
        if (offices.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Cursor after = page.after(HANDOVERS);
        UUID before = after == null ? null : after.uuid(0);
        // only what the caller's side has in hand: to them, proposed or accepted; from them, proposed or answered no
        Set<HandoverStatus> held = incoming
                ? EnumSet.of(HandoverStatus.PROPOSED, HandoverStatus.ACCEPTED)
                : EnumSet.of(HandoverStatus.PROPOSED, HandoverStatus.DECLINED, HandoverStatus.WITHDRAWN);
        if (status != null) {
            held.retainAll(Set.of(status));
        }
        if (held.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return Page.of(
                        handovers.page(offices, incoming, held, before, page.fetchSize()),
                        page.limit(),
                        h -> HANDOVERS.at(h.id()))
                .map(CaseHandover::view);
    }

    @Transactional
    @Audited(action = "handover.read", resource = "handover")
    public HandoverView get(UUID handoverId) {
        return held(handoverId, false).view();
    }

    /** The receiving office takes the case over: the client and the chosen members move to it now. */
    @Transactional
    @Audited(action = "handover.accept", resource = "handover")
    public HandoverView accept(UUID handoverId, long expectedVersion) {
        CaseHandover handover = answerable(handoverId, expectedVersion, true);
        access.handOver(handover.clientId(), handover.fromOfficeId(), handover.toOfficeId());
        for (UUID member : handover.memberIds()) {
            access.handOver(member, handover.fromOfficeId(), handover.toOfficeId());
        }
        handover.answer(HandoverStatus.ACCEPTED, caller.get().subject(), clock.instant(), null);
        handovers.flush();
        return handover.view();
    }

    /** The receiving office declines; the case stays where it is. */
    @Transactional
    @Audited(action = "handover.decline", resource = "handover")
    public HandoverView decline(UUID handoverId, long expectedVersion, HandoverRequests.AnswerHandover answer) {
        CaseHandover handover = answerable(handoverId, expectedVersion, true);
        handover.answer(HandoverStatus.DECLINED, caller.get().subject(), clock.instant(), note(answer));
        handovers.flush();
        return handover.view();
    }

    /** The sending office withdraws its proposal. */
    @Transactional
    @Audited(action = "handover.withdraw", resource = "handover")
    public HandoverView withdraw(UUID handoverId, long expectedVersion, HandoverRequests.AnswerHandover answer) {
        CaseHandover handover = answerable(handoverId, expectedVersion, false);
        handover.answer(HandoverStatus.WITHDRAWN, caller.get().subject(), clock.instant(), note(answer));
        handovers.flush();
        return handover.view();
    }

    private static String note(HandoverRequests.AnswerHandover answer) {
        return answer == null ? null : answer.note();
    }

    /**
     * A handover the caller may answer, locked: the receiving side ({@code receiving}) or the sending side; the other
     * party gets a 409 naming the status when it can see it, everyone else a 404.
     */
    private CaseHandover answerable(UUID handoverId, long expectedVersion, boolean receiving) {
        CaseHandover handover = held(handoverId, true);
        Set<UUID> offices = scope.officesOf(caller.get());
        UUID side = receiving ? handover.toOfficeId() : handover.fromOfficeId();
        if (!offices.contains(side)) {
            throw ApiException.notFound("handover");
        }
        IfMatch.check(expectedVersion, handover.version());
        return handover;
    }

    private CaseHandover held(UUID handoverId, boolean lock) {
        Set<UUID> offices = scope.officesOf(caller.get());
        return (lock ? handovers.forUpdate(handoverId) : handovers.findByIdOptional(handoverId))
                .filter(h -> h.heldBy(offices))
                .orElseThrow(() -> ApiException.notFound("handover"));
    }
}
