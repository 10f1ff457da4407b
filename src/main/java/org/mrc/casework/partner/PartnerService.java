package org.mrc.casework.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * The partner organisations of the directory and their locations. Coordinators and admins change them, staff read
 * them, and a partner reads its own organisation. Directory data is not personal data, but every change is audited
 * so that it is known who changed what a partner may receive.
 */
@ApplicationScoped
public class PartnerService {

    private static final Cursor.Shape PARTNERS = Cursor.shape("partners", Cursor.Key.UUID);

    private final PartnerRepository partners;
    private final PartnerLocationRepository locations;
    private final OfferingRepository offerings;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    PartnerService(
            PartnerRepository partners,
            PartnerLocationRepository locations,
            OfferingRepository offerings,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.partners = partners;
        this.locations = locations;
        this.offerings = offerings;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    @Audited(action = "partner.create", resource = "partner")
    public Idempotency.Outcome<PartnerView> register(
            DirectoryRequests.RegisterPartner request, Idempotency.Key idempotencyKey) {
        return idempotency.once(idempotencyKey, caller.get().subject(), request, this::get, () -> {
            PartnerOrganisation partner = PartnerOrganisation.register(request, clock.instant());
            partners.persistAndFlush(partner);
            return partner.view();
        });
    }

    /**
     * Registers the partner under the given id unless it exists (first-start bootstrap): the id is what the identity
     * provider puts in partner tokens, so it is chosen by the operator. Returns the new partner, or empty.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PartnerView> registerIfAbsent(UUID id, DirectoryRequests.RegisterPartner request) {
        if (partners.findByIdOptional(id).isPresent()) {
            return Optional.empty();
        }
        PartnerOrganisation partner = PartnerOrganisation.register(id, request, clock.instant());
        partners.persistAndFlush(partner);
        return Optional.of(partner.view());
    }

    @Transactional
    public PartnerView get(UUID id) {
        return find(id).view();
    }

    /** Whether a partner organisation with this id exists and is active (for referrals and consents). */
    @Transactional
    public boolean isActive(UUID id) {
        return partners.findByIdOptional(id).map(PartnerOrganisation::active).orElse(false);
    }

    @Transactional
    public Page<PartnerView> list(PartnerType type, Boolean active, PageRequest page) {
        Cursor after = page.after(PARTNERS);
        UUID afterId = after == null ? null : after.uuid(0);
        List<PartnerOrganisation> rows = partners.page(type, active, afterId, page.fetchSize());
        return Page.of(rows, page.limit(), p -> PARTNERS.at(p.id())).map(PartnerOrganisation::view);
    }

    @Transactional
    @Audited(action = "partner.update", resource = "partner")
    public PartnerView update(UUID id, long expectedVersion, DirectoryRequests.UpdatePartner request) {
        PartnerOrganisation partner = findForUpdate(id, expectedVersion);
        partner.update(request, clock.instant());
        partners.flush();
        return partner.view();
    }

    @Transactional
    @Audited(action = "partner.deactivate", resource = "partner")
    public PartnerView deactivate(UUID id, long expectedVersion) {
        PartnerOrganisation partner = findForUpdate(id, expectedVersion);
        partner.deactivate(clock.instant());
        partners.flush();
        return partner.view();
    }

    @Transactional
    @Audited(action = "partner.reactivate", resource = "partner")
    public PartnerView reactivate(UUID id, long expectedVersion) {
        PartnerOrganisation partner = findForUpdate(id, expectedVersion);
        partner.reactivate(clock.instant());
        partners.flush();
        return partner.view();
    }

    /** The caller's own organisation (partners); 404 when the token names no organisation of the directory. */
    @Transactional
    public PartnerView own() {
        return callerPartnerId()
                .flatMap(partners::findByIdOptional)
                .map(PartnerOrganisation::view)
                .orElseThrow(() -> ApiException.notFound("partner organisation"));
    }

    @Transactional
    @Audited(action = "partner.location-add", resource = "partner")
    public Idempotency.Outcome<LocationView> addLocation(
            UUID partnerId, DirectoryRequests.LocationDetails details, Idempotency.Key idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                caller.get().subject(),
                List.of(partnerId, details),
                id -> location(partnerId, id),
                () -> {
                    find(partnerId);
                    checkCoordinates(details);
                    PartnerLocation location = PartnerLocation.add(partnerId, details, clock.instant());
                    locations.persistAndFlush(location);
                    return location.view();
                });
    }

    @Transactional
    public List<LocationView> locations(UUID partnerId) {
        find(partnerId);
        return locations.ofPartner(partnerId).stream()
                .map(PartnerLocation::view)
                .toList();
    }

    @Transactional
    public LocationView location(UUID partnerId, UUID locationId) {
        return findLocation(partnerId, locationId).view();
    }

    /** Changes a location; the offerings delivered there follow it to its new locality. */
    @Transactional
    @Audited(action = "partner.location-update", resource = "partner")
    public LocationView updateLocation(
            UUID partnerId, UUID locationId, long expectedVersion, DirectoryRequests.LocationDetails details) {
        PartnerLocation location = findLocation(partnerId, locationId);
        IfMatch.check(expectedVersion, location.version());
        checkCoordinates(details);
        location.describe(details, clock.instant());
        locations.flush();
        offerings.relocate(location.id(), location.country(), location.locality());
        return location.view();
    }

    Optional<UUID> callerPartnerId() {
        return caller.get().partnerId().flatMap(PageKeys::tryUuid);
    }

    private static void checkCoordinates(DirectoryRequests.LocationDetails details) {
        if ((details.latitude() == null) != (details.longitude() == null)) {
            String missing = details.latitude() == null ? "$.latitude" : "$.longitude";
            throw ApiException.invalid(FieldError.body(missing, "give both coordinates or neither"));
        }
    }

    private PartnerOrganisation find(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("partner organisation"));
    }

    private PartnerOrganisation findForUpdate(UUID id, long expectedVersion) {
        PartnerOrganisation partner = find(id);
        IfMatch.check(expectedVersion, partner.version());
        return partner;
    }

    private PartnerLocation findLocation(UUID partnerId, UUID locationId) {
        return locations
                .findByIdOptional(locationId)
                .filter(l -> l.partnerId().equals(partnerId))
                .orElseThrow(() -> ApiException.notFound("partner location"));
    }
}
