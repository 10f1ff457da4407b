package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.eligibility.EligibilityService;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.partner.OfferingService;
import org.mrc.casework.partner.OfferingStatus;
import org.mrc.casework.partner.OfferingView;
import org.mrc.casework.partner.PartnerService;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * Referrals as the referring office's staff make and follow them. Creating and moving need write access to the
 * client (owning office staff); reading follows the client's read grant, and a referral of a service type above the
 * caller's ceiling (an S2 type read by out-of-scope staff) does not exist for them: left out of lists in the query,
 * 404 when asked for. Every call is audited.
 */
@ApplicationScoped
public class ReferralService {

    private static final Cursor.Shape REFERRALS = Cursor.shape("referrals", Cursor.Key.UUID);

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final ReferralMoves moves;
    private final ClientAccess access;
    private final OfferingService offerings;
    private final EligibilityService eligibility;
    private final PartnerService partners;
    private final CatalogueService catalogue;
    private final OfficeScope offices;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final PartnerReferralService partnerSide;
    private final Clock clock;

    ReferralService(
            ReferralRepository referrals,
            ReferralEventRepository events,
            ReferralMoves moves,
            ClientAccess access,
            OfferingService offerings,
            EligibilityService eligibility,
            PartnerService partners,
            CatalogueService catalogue,
            OfficeScope offices,
            Idempotency idempotency,
            CurrentCaller caller,
            PartnerReferralService partnerSide,
            Clock clock) {
        this.partnerSide = partnerSide;
        this.referrals = referrals;
        this.events = events;
        this.moves = moves;
        this.access = access;
        this.offerings = offerings;
        this.eligibility = eligibility;
        this.partners = partners;
        this.catalogue = catalogue;
        this.offices = offices;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    /** A draft referral of the client to a partner's offering, or to an in-house offering of another office. */
    @Transactional
    @Audited(action = "referral.create", resource = "referral", idFrom = Audited.IdFrom.RESULT)
    public Idempotency.Outcome<ReferralView> create(
            UUID clientId, ReferralRequests.CreateReferral request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        ClientRef client = access.write(clientId);
        return idempotency.once(
                idempotencyKey, me.subject(), List.of(clientId, request), id -> get(id, clientId, null), () -> {
                    OfferingView offering = offering(request.offeringId(), client.officeId());
                    eligibility.requireEligible(client, offering, request.eligibilityOverride());
                    Referral referral = Referral.draft(
                            clientId,
                            client.officeId(),
                            offering.partnerId(),
                            offering.providerOfficeId(),
                            offering.serviceType(),
                            request,
                            me.subject(),
                            referrals.nextChangeSeq(),
                            clock.instant());
                    moves.created(referral, me.subject());
                    return referral.view();
                });
    }

    @Transactional
    @Audited(action = "referral.list", resource = "client")
    public Page<ReferralView> list(UUID clientId, String reason, PageRequest page) {
        ClientRef client = access.read(clientId, reason);
        Cursor after = page.after(REFERRALS);
        UUID before = after == null ? null : after.uuid(0);
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        return Page.of(
                        referrals.ofClient(clientId, hidden, before, page.fetchSize()),
                        page.limit(),
                        r -> REFERRALS.at(r.id()))
                .map(Referral::view);
    }

    /**
     * Every referral of the client (of the types the ceiling of {@code client} reaches), newest first, each with its
     * history and what its recipient receives of the client: for the subject-access report, which obtained
     * {@code client} from ClientAccess and audits the read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReferralDisclosureView> disclosures(ClientRef client) {
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        return referrals.ofClient(client.id(), hidden, null, Integer.MAX_VALUE).stream()
                .map(referral -> {
                    PartnerReferralService.Disclosure disclosed = partnerSide.disclosure(referral);
                    ReferralView view = referral.view()
                            .withHistory(events.history(referral.id()).stream()
                                    .map(ReferralEvent::view)
                                    .toList());
                    String recipient = referral.partnerId() == null
                            ? null
                            : partners.get(referral.partnerId()).name();
                    return new ReferralDisclosureView(
                            view,
                            recipient,
                            disclosed.covered(),
                            disclosed.explicit(),
                            disclosed.client() == null ? null : client.project(disclosed.client()));
                })
                .toList();
    }

    /** One referral of the client with its history. */
    @Transactional
    @Audited(action = "referral.read", resource = "referral")
    public ReferralView get(UUID referralId, UUID clientId, String reason) {
        ClientRef client = access.read(clientId, reason);
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        // a referral of a service type above the caller's ceiling does not exist for them (404, not a redaction)
        Referral referral = referrals
                .findByIdOptional(referralId)
                .filter(r -> r.clientId().equals(clientId))
                .filter(r -> !hidden.contains(r.view().serviceType()))
                .orElseThrow(() -> ApiException.notFound("referral"));
        return referral.view()
                .withHistory(events.history(referralId).stream()
                        .map(ReferralEvent::view)
                        .toList());
    }

    /** A status change by the referring office, if the referral is still at {@code expectedVersion}. */
    @Transactional
    @Audited(action = "referral.status", resource = "referral")
    public Idempotency.Outcome<ReferralView> changeStatus(
            UUID referralId,
            UUID clientId,
            long expectedVersion,
            ReferralRequests.StatusChange change,
            Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        ClientRef client = access.write(clientId);
        return idempotency.once(
                idempotencyKey,
                me.subject(),
                List.of(referralId, expectedVersion, change),
                id -> get(id, clientId, null),
                () -> {
                    Referral referral = referrals
                            .forUpdate(referralId)
                            .filter(r -> r.clientId().equals(clientId))
                            .orElseThrow(() -> ApiException.notFound("referral"));
                    IfMatch.check(expectedVersion, referral.version());
                    moves.move(referral, ReferralActor.REFERRER, me.subject(), client.officeId(), change);
                    return referral.view();
                });
    }

    /**
     * The offering a referral may go to: a partner's, or an in-house offering of another office of the network (the
     * referring office delivers its own services without a referral); active, with an active provider.
     */
    private OfferingView offering(UUID offeringId, UUID referringOffice) {
        OfferingView offering;
        try {
            offering = offerings.get(offeringId);
        } catch (ApiException e) {
            throw ApiException.invalid(FieldError.body("$.offeringId", "no offering with this id"));
        }
        if (referringOffice.equals(offering.providerOfficeId())) {
            throw ApiException.invalid(FieldError.body(
                    "$.offeringId", "an in-house offering of the client's own office; record the service instead"));
        }
        boolean providerActive = offering.partnerId() != null
                ? partners.isActive(offering.partnerId())
                : offices.active(offering.providerOfficeId()).isPresent();
        if (offering.status() != OfferingStatus.ACTIVE || !providerActive) {
            throw ApiException.invalid(FieldError.body("$.offeringId", "the offering is not active"));
        }
        return offering;
    }

    /** Whether a referral with this id was made for this client (for records that say which referral they fulfil). */
    @Transactional
    public boolean isReferralOf(UUID referralId, UUID clientId) {
        return referrals.count("id = ?1 and clientId = ?2", referralId, clientId) > 0;
    }

    /** A referral a partner is working on: the client it is for and the service type it asks for. */
    public record ReferralWork(UUID referralId, UUID clientId, String serviceType) {}

    /**
     * For partners recording the services they delivered: the referral, if it is addressed to {@code partnerId} and
     * work on it has begun (accepted, in progress, on hold or completed). Empty otherwise, which callers report as
     * 404 so that partners learn nothing about referrals that are not theirs.
     */
    @Transactional
    public Optional<ReferralWork> workOf(UUID referralId, UUID partnerId) {
        return referrals
                .findByIdOptional(referralId)
                .filter(referral -> partnerId.equals(referral.partnerId()))
                .filter(referral -> WORKED_ON.contains(referral.status()))
                .map(referral -> new ReferralWork(
                        referral.id(), referral.clientId(), referral.view().serviceType()));
    }

    private static final Set<ReferralStatus> WORKED_ON = EnumSet.of(
            ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.COMPLETED);
}
