package org.mrc.casework.servicelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.catalogue.ServiceTypeView;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.partner.PartnerService;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.referral.ReferralService;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Recording and listing the services delivered to a client. Recording is for the owning office's staff; reading
 * follows the client's read grant (out-of-scope staff with a stated reason), and a service of a type above the
 * caller's ceiling does not exist for them (left out in the query, 404 when asked for). Every call is audited on the
 * client.
 */
@ApplicationScoped
public class ServiceLogService {

    private static final Cursor.Shape DELIVERIES = Cursor.shape("service-deliveries", Cursor.Key.DATE, Cursor.Key.UUID);

    /** The latest offset in use: a date that is today anywhere on Earth is not in the future. */
    static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private final ServiceDeliveryRepository deliveries;
    private final ClientService clients;
    private final ClientAccess access;
    private final CatalogueService catalogue;
    private final PartnerService partners;
    private final ReferralService referrals;
    private final OfficeScope scope;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    ServiceLogService(
            ServiceDeliveryRepository deliveries,
            ClientService clients,
            ClientAccess access,
            CatalogueService catalogue,
            PartnerService partners,
            ReferralService referrals,
            OfficeScope scope,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.deliveries = deliveries;
        this.clients = clients;
        this.access = access;
        this.catalogue = catalogue;
        this.partners = partners;
        this.referrals = referrals;
        this.scope = scope;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records a service delivered to the client; the provider defaults to the client's office. */
    @Transactional
    @Audited(action = "service.record", resource = "client")
    public Idempotency.Outcome<ServiceDeliveryView> record(
            UUID clientId, ServiceLogRequests.RecordService request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        // checked before a replay too: a caller who lost access to the client gets no stored response
        ClientRef client = access.write(clientId);
        return idempotency.once(
                idempotencyKey, me.subject(), List.of(clientId, request), id -> get(clientId, id, null), () -> {
                    Instant now = clock.instant();
                    List<FieldError> errors = new ArrayList<>();
                    Optional<ServiceTypeView> type = activeType(request.serviceType(), "$.serviceType", errors);
                    UUID officeId = request.officeId();
                    if (request.officeId() != null && request.partnerId() != null) {
                        errors.add(FieldError.body(
                                "$.partnerId", "name either the delivering office or a partner, not both"));
                    } else if (request.partnerId() != null) {
                        requirePartner(request.partnerId(), errors);
                    } else if (officeId == null) {
                        officeId = client.officeId();
                    } else if (!scope.covers(me, officeId)) {
                        errors.add(FieldError.body("$.officeId", "not an office in your scope"));
                    }
                    notInFuture(request.deliveredOn(), "$.deliveredOn", now, errors);
                    if (request.referralId() != null && !referrals.isReferralOf(request.referralId(), clientId)) {
                        errors.add(FieldError.body("$.referralId", "no referral of this client with this id"));
                    }
                    if (!errors.isEmpty()) {
                        throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
                    }
                    ServiceDelivery delivery = ServiceDelivery.record(
                            clientId,
                            type.orElseThrow().id(),
                            type.orElseThrow().code(),
                            request.partnerId() == null ? officeId : null,
                            request.partnerId(),
                            request,
                            me.subject(),
                            now);
                    deliveries.persistAndFlush(delivery);
                    return delivery.view();
                });
    }

    /**
     * A partner records a service it delivered for a referral addressed to it (accepted or later). The service type
     * is the referral's, the provider the partner; the client is never named by the partner.
     */
    @Transactional
    @Audited(action = "service.record-by-partner", resource = "referral")
    public Idempotency.Outcome<ServiceDeliveryView> recordForReferral(
            UUID referralId, ServiceLogRequests.RecordReferralService request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        UUID partnerId = me.partnerId().map(ServiceLogService::uuidOrNull).orElse(null);
        ReferralService.ReferralWork work = partnerId == null
                ? null
                : referrals.workOf(referralId, partnerId).orElse(null);
        if (work == null) {
            throw ApiException.notFound("referral");
        }
        return idempotency.once(
                idempotencyKey,
                me.subject(),
                List.of(referralId, request),
                id -> recordedBy(partnerId, referralId, id),
                () -> {
                    Instant now = clock.instant();
                    List<FieldError> errors = new ArrayList<>();
                    Optional<ServiceTypeView> type = activeType(work.serviceType(), "$.serviceType", errors);
                    notInFuture(request.deliveredOn(), "$.deliveredOn", now, errors);
                    if (!errors.isEmpty()) {
                        throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
                    }
                    ServiceLogRequests.RecordService asService = new ServiceLogRequests.RecordService(
                            work.serviceType(),
                            request.deliveredOn(),
                            null,
                            partnerId,
                            referralId,
                            request.durationMinutes(),
                            request.units(),
                            request.note());
                    ServiceDelivery delivery = ServiceDelivery.record(
                            work.clientId(),
                            type.orElseThrow().id(),
                            type.orElseThrow().code(),
                            null,
                            partnerId,
                            asService,
                            me.subject(),
                            now);
                    deliveries.persistAndFlush(delivery);
                    return forPartner(delivery);
                });
    }

    /** A service a partner recorded on a referral, as that partner may read it now (for replays). */
    private ServiceDeliveryView recordedBy(UUID partnerId, UUID referralId, UUID serviceId) {
        return deliveries
                .findByIdOptional(serviceId)
                .map(ServiceLogService::forPartner)
                .filter(v -> partnerId.equals(v.partnerId()) && referralId.equals(v.referralId()))
                .orElseThrow(() -> ApiException.notFound("service"));
    }

    /** Partners never learn the centre's internal client id; the referral names the client for them. */
    private static ServiceDeliveryView forPartner(ServiceDelivery delivery) {
        ServiceDeliveryView full = delivery.view();
        return new ServiceDeliveryView(
                full.id(),
                null,
                full.serviceType(),
                full.serviceTypeId(),
                full.deliveredOn(),
                null,
                full.partnerId(),
                full.referralId(),
                full.durationMinutes(),
                full.units(),
                full.note(),
                full.recordedBy(),
                full.recordedAt(),
                full.version());
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The client's services, latest delivered first, cut to what the caller may see. */
    @Transactional
    @Audited(action = "service.list", resource = "client")
    public Page<ServiceDeliveryView> list(UUID clientId, String reason, PageRequest page) {
        ClientRef client = access.read(clientId, reason);
        Cursor after = page.after(DELIVERIES);
        LocalDate beforeDate = after == null ? null : after.date(0);
        UUID beforeId = after == null ? null : after.uuid(1);
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        List<ServiceDelivery> rows = deliveries.page(clientId, hidden, beforeDate, beforeId, page.fetchSize());
        return Page.of(rows, page.limit(), d -> DELIVERIES.at(d.deliveredOn(), d.id()))
                .map(d -> client.project(d.view()));
    }

    /**
     * Every service delivered to the client, oldest first, of the types the ceiling of {@code client} reaches: for the
     * subject-access report, which obtained {@code client} from ClientAccess and audits the read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ServiceDeliveryView> all(ClientRef client) {
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        return deliveries.allOf(client.id(), hidden).stream()
                .map(d -> client.project(d.view()))
                .toList();
    }

    @Transactional
    @Audited(action = "service.read", resource = "client")
    public ServiceDeliveryView get(UUID clientId, UUID serviceId, String reason) {
        ClientRef client = access.read(clientId, reason);
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        // a service of a type above the caller's ceiling does not exist for them (404, not a redaction)
        ServiceDelivery delivery = deliveries
                .findByIdOptional(serviceId)
                .filter(d -> d.clientId().equals(clientId))
                .filter(d -> !hidden.contains(d.serviceTypeCode()))
                .orElseThrow(() -> ApiException.notFound("service delivery"));
        return client.project(delivery.view());
    }

    /** The active service type with this code, or a field error at {@code path}. */
    Optional<ServiceTypeView> activeType(String code, String path, List<FieldError> errors) {
        Optional<ServiceTypeView> type = catalogue.byCode(code).filter(ServiceTypeView::active);
        if (type.isEmpty()) {
            errors.add(FieldError.body(path, "not an active service type of the catalogue"));
        }
        return type;
    }

    /** A service type code given as a filter must exist in the catalogue (active or not): otherwise a 400. */
    void requireKnownType(String code, String parameter) {
        if (code != null && catalogue.byCode(code).isEmpty()) {
            throw ApiException.invalid(FieldError.query(parameter, "not a service type code of the catalogue"));
        }
    }

    static void notInFuture(LocalDate date, String path, Instant now, List<FieldError> errors) {
        if (date != null && date.isAfter(LocalDate.ofInstant(now, LATEST_ZONE))) {
            errors.add(FieldError.body(path, "must not be in the future"));
        }
    }

    /** Any registered partner, active or not (a service may be recorded after the partner left the directory). */
    private void requirePartner(UUID partnerId, List<FieldError> errors) {
        // a miss marks the transaction for rollback; harmless, as it always ends in a validation failure
        try {
            partners.get(partnerId);
        } catch (ApiException e) {
            if (e.type().status() != 404) {
                throw e;
            }
            errors.add(FieldError.body("$.partnerId", "no partner organisation with this id"));
        }
    }
}
