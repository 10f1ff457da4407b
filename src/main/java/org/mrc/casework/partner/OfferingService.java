package org.mrc.casework.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.catalogue.ServicePhase;
import org.mrc.casework.catalogue.ServiceTypeView;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.office.OfficeView;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;
import org.mrc.casework.webhook.WebhookEventType;
import org.mrc.casework.webhook.WebhookEvents;

/**
 * Offerings: service types offered by a partner at one of its locations, or by an office of the centre. Staff
 * search them; coordinators and admins manage them; a partner reads and revises its own, and another partner's
 * offerings do not exist for it (404). Every change is audited.
 */
@ApplicationScoped
public class OfferingService {

    private static final Cursor.Shape OFFERINGS = Cursor.shape("offerings", Cursor.Key.UUID);
    private static final Cursor.Shape OWN_OFFERINGS = Cursor.shape("own-offerings", Cursor.Key.UUID);

    /** What staff may filter offerings on; null members match anything. */
    public record Filter(
            String serviceType,
            ServicePhase phase,
            String language,
            String locality,
            OfferingStatus status,
            UUID partnerId,
            UUID officeId) {}

    static final ProblemType OUTSIDE_SCOPE = new ProblemType(
            "offering-outside-scope", 403, "The in-house offering belongs to an office outside the caller's scope");

    private final OfferingRepository offerings;
    private final PartnerRepository partners;
    private final PartnerLocationRepository locations;
    private final PartnerService partnerService;
    private final CatalogueService catalogue;
    private final OfficeScope officeScope;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final WebhookEvents webhooks;
    private final Clock clock;

    OfferingService(
            OfferingRepository offerings,
            PartnerRepository partners,
            PartnerLocationRepository locations,
            PartnerService partnerService,
            CatalogueService catalogue,
            OfficeScope officeScope,
            Idempotency idempotency,
            CurrentCaller caller,
            WebhookEvents webhooks,
            Clock clock) {
        this.offerings = offerings;
        this.partners = partners;
        this.locations = locations;
        this.partnerService = partnerService;
        this.catalogue = catalogue;
        this.officeScope = officeScope;
        this.idempotency = idempotency;
        this.caller = caller;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Transactional
    @Audited(action = "offering.create", resource = "offering", idFrom = Audited.IdFrom.RESULT)
    public Idempotency.Outcome<OfferingView> create(
            DirectoryRequests.CreateOffering request, Idempotency.Key idempotencyKey) {
        return idempotency.once(idempotencyKey, caller.get().subject(), request, this::get, () -> {
            Offering offering = build(request);
            offerings.persistAndFlush(offering);
            webhooks.publish(WebhookEventType.OFFERING_CHANGED, offering.id(), offering.partnerId());
            return offering.view();
        });
    }

    @Transactional
    public OfferingView get(UUID id) {
        return find(id).view();
    }

    @Transactional
    public Page<OfferingView> search(Filter filter, PageRequest page) {
        if (filter.serviceType() != null
                && catalogue.byCode(filter.serviceType()).isEmpty()) {
            throw ApiException.invalid(FieldError.query("serviceType", "not a service type code of the catalogue"));
        }
        Cursor after = page.after(OFFERINGS);
        UUID afterId = after == null ? null : after.uuid(0);
        OfferingRepository.Search search = new OfferingRepository.Search(
                filter.serviceType(),
                filter.phase() == null ? null : catalogue.idsServing(filter.phase()),
                filter.language(),
                filter.locality(),
                filter.status(),
                filter.partnerId(),
                filter.officeId());
        return page(offerings.page(search, afterId, page.fetchSize()), page, OFFERINGS);
    }

    @Transactional
    @Audited(action = "offering.update", resource = "offering")
    public OfferingView revise(UUID id, long expectedVersion, DirectoryRequests.Terms terms) {
        Offering offering = findForStaffChange(id);
        return revised(offering, expectedVersion, terms);
    }

    @Transactional
    @Audited(action = "offering.status", resource = "offering")
    public OfferingView changeStatus(UUID id, long expectedVersion, OfferingStatus status) {
        Offering offering = findForStaffChange(id);
        return statusChanged(offering, expectedVersion, status);
    }

    /**
     * Active offerings with an active provider, in {@code country} when given, of none of the {@code hidden} service
     * types: the candidates a client may be suggested, by id after {@code after} (null: from the first), at most
     * {@code limit}; the caller pages through them all.
     */
    @Transactional
    public List<OfferingView> candidates(String country, Set<String> hidden, UUID after, int limit) {
        return offerings.candidates(country, hidden, after, limit).stream()
                .map(Offering::view)
                .toList();
    }

    /**
     * The active offerings of a territory: in-house at one of {@code offices}, or by a partner at a location in one
     * of {@code localities} (any case) of {@code countries}; by service type.
     */
    @Transactional
    public List<OfferingView> inTerritory(Set<UUID> offices, Set<String> localities, Set<String> countries) {
        Set<String> lower = localities.stream()
                .map(l -> l.trim().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        return offerings.inTerritory(offices, lower, countries).stream()
                .map(Offering::view)
                .toList();
    }

    /** The offerings of the caller's own organisation (partners). */
    @Transactional
    public Page<OfferingView> own(OfferingStatus status, PageRequest page) {
        UUID partnerId = partnerService.callerPartnerId().orElse(null);
        if (partnerId == null) {
            return new Page<>(List.of(), null);
        }
        Cursor after = page.after(OWN_OFFERINGS);
        UUID afterId = after == null ? null : after.uuid(0);
        OfferingRepository.Search search =
                new OfferingRepository.Search(null, null, null, null, status, partnerId, null);
        return page(offerings.page(search, afterId, page.fetchSize()), page, OWN_OFFERINGS);
    }

    @Transactional
    public OfferingView getOwn(UUID id) {
        return findOwn(id).view();
    }

    @Transactional
    @Audited(action = "offering.update", resource = "offering")
    public OfferingView reviseOwn(UUID id, long expectedVersion, DirectoryRequests.Terms terms) {
        return revised(findOwn(id), expectedVersion, terms);
    }

    @Transactional
    @Audited(action = "offering.status", resource = "offering")
    public OfferingView changeOwnStatus(UUID id, long expectedVersion, OfferingStatus status) {
        return statusChanged(findOwn(id), expectedVersion, status);
    }

    private OfferingView revised(Offering offering, long expectedVersion, DirectoryRequests.Terms terms) {
        IfMatch.check(expectedVersion, offering.version());
        offering.revise(terms, "$", clock.instant());
        offerings.flush();
        webhooks.publish(WebhookEventType.OFFERING_CHANGED, offering.id(), offering.partnerId());
        return offering.view();
    }

    private OfferingView statusChanged(Offering offering, long expectedVersion, OfferingStatus status) {
        IfMatch.check(expectedVersion, offering.version());
        offering.changeStatus(status, clock.instant());
        offerings.flush();
        webhooks.publish(WebhookEventType.OFFERING_CHANGED, offering.id(), offering.partnerId());
        return offering.view();
    }

    private Offering build(DirectoryRequests.CreateOffering request) {
        List<FieldError> errors = new ArrayList<>();
        ServiceTypeView type = catalogue
                .byCode(request.serviceType())
                .filter(ServiceTypeView::active)
                .orElse(null);
        if (type == null) {
            errors.add(FieldError.body("$.serviceType", "no active service type with this code"));
        }
        boolean byPartner = request.partnerId() != null;
        boolean inHouse = request.providerOfficeId() != null;
        if (byPartner == inHouse) {
            String message = "give exactly one of partnerId and providerOfficeId";
            errors.add(FieldError.body("$.partnerId", message));
            errors.add(FieldError.body("$.providerOfficeId", message));
            throw invalid(errors);
        }
        if (inHouse) {
            OfficeView office = officeScope.active(request.providerOfficeId()).orElse(null);
            if (office == null) {
                errors.add(FieldError.body("$.providerOfficeId", "no active office with this id"));
            } else if (!mayManageInHouse(office.id())) {
                throw new ApiException(
                        OUTSIDE_SCOPE,
                        "Coordinators manage the in-house offerings of their own offices only",
                        List.of(FieldError.body("$.providerOfficeId", "not an office you coordinate")));
            }
            if (request.locationId() != null) {
                errors.add(FieldError.body("$.locationId", "in-house offerings are at the office itself"));
            }
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            return Offering.inHouse(
                    type.id(),
                    type.code(),
                    office.id(),
                    office.country(),
                    office.locality(),
                    request.terms(),
                    clock.instant());
        }
        if (partners.findByIdOptional(request.partnerId())
                .filter(PartnerOrganisation::active)
                .isEmpty()) {
            errors.add(FieldError.body("$.partnerId", "no active partner organisation with this id"));
        }
        PartnerLocation location = null;
        if (request.locationId() == null) {
            errors.add(FieldError.body("$.locationId", "required for a partner's offering"));
        } else {
            location = locations
                    .findByIdOptional(request.locationId())
                    .filter(l -> l.partnerId().equals(request.partnerId()))
                    .orElse(null);
            if (location == null) {
                errors.add(FieldError.body("$.locationId", "not a location of this partner"));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return Offering.byPartner(type.id(), type.code(), location, request.terms(), clock.instant());
    }

    private static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
    }

    private static Page<OfferingView> page(List<Offering> rows, PageRequest page, Cursor.Shape shape) {
        return Page.of(rows, page.limit(), o -> shape.at(o.id())).map(Offering::view);
    }

    /**
     * An offering a staff member may change: admins any; coordinators any partner's offering (they manage the
     * directory) but only the in-house offerings of their own office and the offices below it.
     */
    private Offering findForStaffChange(UUID id) {
        Offering offering = find(id);
        if (offering.providerOfficeId() != null && !mayManageInHouse(offering.providerOfficeId())) {
            throw new ApiException(
                    OUTSIDE_SCOPE, "Coordinators manage the in-house offerings of their own offices only");
        }
        return offering;
    }

    private boolean mayManageInHouse(UUID officeId) {
        Caller current = caller.get();
        return current.has(Roles.ADMIN) || officeScope.covers(current, officeId);
    }

    private Offering find(UUID id) {
        return offerings.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("offering"));
    }

    /** An offering of the caller's organisation; any other offering is reported as not existing. */
    private Offering findOwn(UUID id) {
        UUID partnerId = partnerService.callerPartnerId().orElse(null);
        return offerings
                .findByIdOptional(id)
                .filter(o -> partnerId != null && partnerId.equals(o.partnerId()))
                .orElseThrow(() -> ApiException.notFound("offering"));
    }

    /**
     * The partner organisations whose very name betrays a fact of this tier or above about a client they serve: those
     * that offer (or offered) a service of a type above {@code ceiling} (an anti-trafficking organisation, a GBV
     * shelter). A consent naming one is as sensitive as the service.
     */
    @Transactional
    public Set<UUID> partnersRevealingAbove(Tier ceiling) {
        Set<String> codes = catalogue.codesAbove(ceiling);
        return codes.isEmpty() ? Set.of() : Set.copyOf(offerings.partnersOffering(codes));
    }
}
