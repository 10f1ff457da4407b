package org.mrc.casework.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.partner.OfferingService;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.DataCategory;
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

/**
 * Recording, listing and withdrawing a client's consents. Writes are for the owning office's staff; reads follow the
 * client's read grant (out-of-scope staff with a stated reason may read, never write). Every call is audited on the
 * client.
 */
@ApplicationScoped
public class ConsentService {

    /** The categories of S2 data: a consent that lists one is itself S2. */
    public static final Set<DataCategory> SENSITIVE_CATEGORIES = Set.of(DataCategory.LEGAL_AND_PROTECTION);

    private static final Cursor.Shape CONSENTS = Cursor.shape("consents", Cursor.Key.UUID);

    private final ConsentRepository consents;
    private final ClientAccess access;
    private final OfferingService offerings;
    private final OfficeScope offices;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Event<ConsentWithdrawn> withdrawn;
    private final Clock clock;

    ConsentService(
            ConsentRepository consents,
            ClientAccess access,
            OfferingService offerings,
            OfficeScope offices,
            Idempotency idempotency,
            CurrentCaller caller,
            Event<ConsentWithdrawn> withdrawn,
            Clock clock) {
        this.consents = consents;
        this.access = access;
        this.offerings = offerings;
        this.offices = offices;
        this.idempotency = idempotency;
        this.caller = caller;
        this.withdrawn = withdrawn;
        this.clock = clock;
    }

    /** Records a consent the client gave; it cannot be changed afterwards, only withdrawn. */
    @Transactional
    @Audited(action = "consent.create", resource = "client")
    public Idempotency.Outcome<ConsentView> record(
            UUID clientId, ConsentRequests.RecordConsent request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        // checked before a replay too: a caller who lost access to the client gets no stored response
        access.write(clientId);
        return idempotency.once(
                idempotencyKey, me.subject(), List.of(clientId, request), id -> get(clientId, id, null), () -> {
                    if (request.recipientOfficeId() != null
                            && offices.active(request.recipientOfficeId()).isEmpty()) {
                        throw ApiException.invalid(
                                FieldError.body("$.recipientOfficeId", "no active office with this id"));
                    }
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
        ClientRef client = access.read(clientId, reason);
        Cursor after = page.after(CONSENTS);
        UUID before = after == null ? null : after.uuid(0);
        Instant now = clock.instant();
        return Page.of(visible(client, before, page.fetchSize()), page.limit(), c -> CONSENTS.at(c.id()))
                .map(c -> client.project(c.view(now)));
    }

    /**
     * Every consent of the client, current and past (withdrawn ones with their withdrawal), newest first, cut to the
     * ceiling of {@code client}: for the subject-access report, which obtained {@code client} from ClientAccess and
     * audits the read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsentView> all(ClientRef client) {
        Instant now = clock.instant();
        return visible(client, null, Integer.MAX_VALUE).stream()
                .map(c -> client.project(c.view(now)))
                .toList();
    }

    /** The client's consents the caller may learn exist, newest first, before {@code before} when given. */
    private List<Consent> visible(ClientRef client, UUID before, int fetchSize) {
        boolean sensitiveHidden = !client.reaches(Tier.S2);
        return consents.page(
                client.id(),
                sensitiveHidden ? SENSITIVE_CATEGORIES : Set.of(),
                sensitiveHidden ? offerings.partnersRevealingAbove(client.ceiling()) : Set.of(),
                before,
                fetchSize);
    }

    @Transactional
    @Audited(action = "consent.read", resource = "client")
    public ConsentView get(UUID clientId, UUID consentId, String reason) {
        ClientRef client = access.read(clientId, reason);
        Consent consent = find(clientId, consentId);
        if (!client.reaches(Tier.S2) && betraysS2(consent, offerings.partnersRevealingAbove(client.ceiling()))) {
            throw ApiException.notFound("consent");
        }
        return client.project(consent.view(clock.instant()));
    }

    /**
     * Whether a consent says what an S2 field would: it lists a category of S2 data, or names a partner whose very
     * name betrays an S2 fact (one that offers an S2 service, such as an anti-trafficking organisation). Such a
     * consent does not exist for readers below S2.
     */
    private static boolean betraysS2(Consent consent, Set<UUID> revealingPartners) {
        ConsentView view = consent.view(Instant.EPOCH);
        return view.dataCategories().stream().anyMatch(SENSITIVE_CATEGORIES::contains)
                || (view.recipientPartnerId() != null && revealingPartners.contains(view.recipientPartnerId()));
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
        access.write(clientId);
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
