package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.client.ClientView;
import org.mrc.casework.consent.ConsentCheck;
import org.mrc.casework.consent.ConsentPurpose;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;

/**
 * Referrals as the addressed partner organisation sees and answers them. A partner sees only referrals sent to its
 * own organisation (any other is 404, as are drafts); the client appears under a pseudonymous per-referral
 * reference, with only the consented categories, and only while the referral is open. Every read of client data is
 * audited.
 */
@ApplicationScoped
public class PartnerReferralService {

    private static final Cursor.Shape FEED = Cursor.shape("partner-referral-feed", Cursor.Key.LONG);

    private final ReferralRepository referrals;
    private final ReferralMoves moves;
    private final ClientService clients;
    private final ConsentCheck consent;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    PartnerReferralService(
            ReferralRepository referrals,
            ReferralMoves moves,
            ClientService clients,
            ConsentCheck consent,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.referrals = referrals;
        this.moves = moves;
        this.clients = clients;
        this.consent = consent;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * The referrals sent to the caller's organisation, in the order they last changed; each item carries no client
     * data (read the referral for that). A referral that changes while the caller pages re-appears later with its
     * new state; none is skipped.
     */
    @Transactional
    public Page<PartnerReferralView> feed(Instant updatedSince, ReferralStatus status, PageRequest page) {
        UUID partnerId = callerPartnerId().orElse(null);
        if (partnerId == null) {
            return new Page<>(List.of(), null);
        }
        Cursor after = page.after(FEED);
        long afterSeq = after == null ? 0 : after.number(0);
        List<Referral> rows = referrals.feed(partnerId, afterSeq, updatedSince, status, page.fetchSize());
        return Page.of(rows, page.limit(), r -> FEED.at(r.changeSeq())).map(r -> r.partnerView(null));
    }

    @Transactional
    @Audited(action = "referral.partner-read", resource = "referral")
    public PartnerReferralView get(UUID referralId) {
        Referral referral = own(referralId, false);
        return withClient(referral);
    }

    /** A status change by the addressed partner, if the referral is still at {@code expectedVersion}. */
    @Transactional
    @Audited(action = "referral.partner-status", resource = "referral")
    public Idempotency.Outcome<PartnerReferralView> changeStatus(
            UUID referralId,
            long expectedVersion,
            ReferralRequests.StatusChange change,
            Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        return idempotency.once(
                idempotencyKey, me.subject(), List.of(referralId, expectedVersion, change), this::get, () -> {
                    Referral referral = own(referralId, true);
                    IfMatch.check(expectedVersion, referral.version());
                    moves.move(referral, ReferralActor.PARTNER, me.subject(), referral.partnerId(), change);
                    return withClient(referral);
                });
    }

    /** The referral with the client block the partner may see now: none once closed. */
    private PartnerReferralView withClient(Referral referral) {
        if (referral.status().closed()) {
            return referral.partnerView(null);
        }
        return referral.partnerView(disclosure(referral).client());
    }

    /**
     * What the addressed partner receives of the client through a sent referral: the categories the referral shares
     * that a consent covers now, of those the ones a consent names this very partner for (S2 fields), and the client
     * block those categories give (none once the referral is closed). Nothing for a draft or a referral to an office.
     */
    record Disclosure(Set<DataCategory> covered, Set<DataCategory> explicit, ClientView client) {

        static final Disclosure NOTHING = new Disclosure(Set.of(), Set.of(), null);
    }

    Disclosure disclosure(Referral referral) {
        if (referral.partnerId() == null || !referral.shared()) {
            return Disclosure.NOTHING;
        }
        Instant now = clock.instant();
        Set<PartnerType> types = moves.partnerTypes(referral.partnerId());
        Set<DataCategory> asked = referral.sharedCategories();
        // what a consent still covers now (a consent may have expired since the referral was sent)
        Set<DataCategory> covered = EnumSet.copyOf(asked);
        covered.removeAll(consent.missing(
                referral.clientId(), referral.partnerId(), types, asked, ConsentPurpose.REFERRAL_SHARING, now));
        // S2 fields only where a consent names this very organisation (not just its type) for the category
        Set<DataCategory> explicit = EnumSet.noneOf(DataCategory.class);
        consent
                .covering(referral.clientId(), referral.partnerId(), types, ConsentPurpose.REFERRAL_SHARING, now)
                .stream()
                .filter(c -> referral.partnerId().equals(c.recipientPartnerId()))
                .forEach(c -> explicit.addAll(c.dataCategories()));
        explicit.retainAll(covered);
        ClientView client = covered.isEmpty() || referral.status().closed()
                ? null
                : clients.sharedWithPartner(referral.clientId(), covered, explicit);
        return new Disclosure(Set.copyOf(covered), Set.copyOf(explicit), client);
    }

    /** A sent referral addressed to the caller's organisation; anything else does not exist for the caller. */
    private Referral own(UUID referralId, boolean lock) {
        UUID partnerId = callerPartnerId().orElse(null);
        Optional<Referral> found = lock ? referrals.forUpdate(referralId) : referrals.findByIdOptional(referralId);
        Referral referral = found.filter(r -> partnerId != null && partnerId.equals(r.partnerId()) && r.shared())
                .orElseThrow(() -> ApiException.notFound("referral"));
        if (referral.erased()) {
            throw new ApiException(ReferralErasure.ERASED, "The client's personal data were erased");
        }
        return referral;
    }

    private Optional<UUID> callerPartnerId() {
        return caller.get().partnerId().flatMap(raw -> {
            try {
                return Optional.of(UUID.fromString(raw));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
