package org.mrc.casework.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * The service catalogue: reading it (every role), and adding, editing, deactivating codes (admins). There is no
 * delete: a code may already be named by offerings, referrals and the service log. Changes are audited.
 */
@ApplicationScoped
public class CatalogueService {

    private static final Cursor.Shape SERVICE_TYPES = Cursor.shape("service-types", Cursor.Key.TEXT);

    static final ProblemType CODE_TAKEN =
            new ProblemType("service-type-code-taken", 409, "Another service type already uses this code");

    private final ServiceTypeRepository types;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    CatalogueService(ServiceTypeRepository types, Idempotency idempotency, CurrentCaller caller, Clock clock) {
        this.types = types;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Page<ServiceTypeView> list(
            ServicePhase phase, ServiceCategory category, TerritorySide side, Boolean active, PageRequest page) {
        Cursor after = page.after(SERVICE_TYPES);
        List<ServiceType> rows =
                types.page(phase, category, side, active, after == null ? null : after.key(0), page.fetchSize());
        return Page.of(rows, page.limit(), t -> SERVICE_TYPES.at(t.code())).map(ServiceType::view);
    }

    @Transactional
    public ServiceTypeView get(String code) {
        return find(code).view();
    }

    /** The service type with this code, if any (for features that name service types by code). */
    @Transactional
    public Optional<ServiceTypeView> byCode(String code) {
        return types.findByCode(code).map(ServiceType::view);
    }

    /** The service type with this id, if any. */
    @Transactional
    public Optional<ServiceTypeView> byId(UUID id) {
        return types.findByIdOptional(id).map(ServiceType::view);
    }

    /**
     * The codes of the service types (active or not) whose records a reader with this ceiling must not learn exist:
     * those whose tier is above it. Empty for S2. Features filter their queries with it, so that pages and counts
     * do not betray a hidden record.
     */
    @Transactional
    public Set<String> codesAbove(Tier ceiling) {
        List<Tier> above = Arrays.stream(Tier.values())
                .filter(tier -> !tier.within(ceiling))
                .toList();
        return above.isEmpty() ? Set.of() : Set.copyOf(types.codesOfTiers(above));
    }

    /** The service type with this id, or 404 (what a replayed add answers). */
    private ServiceTypeView byIdOrNotFound(UUID id) {
        return byId(id).orElseThrow(() -> ApiException.notFound("service type"));
    }

    /** The ids of every service type (active or not) that serves the phase. */
    @Transactional
    public List<UUID> idsServing(ServicePhase phase) {
        return types.idsServing(phase);
    }

    @Transactional
    @Audited(action = "service-type.create", resource = "service-type")
    public Idempotency.Outcome<ServiceTypeView> add(CatalogueRequests.AddServiceType request, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey, caller.get().subject(), "service-type.create", request, this::byIdOrNotFound, () -> {
                    if (types.findByCode(request.code()).isPresent()) {
                        throw new ApiException(
                                CODE_TAKEN,
                                "Choose another code",
                                List.of(FieldError.body("$.code", "already used by another service type")));
                    }
                    ServiceType type = ServiceType.add(request, clock.instant());
                    types.persistAndFlush(type);
                    return type.view();
                });
    }

    /** Adds the code unless it exists (first-start bootstrap). Returns the new service type, or empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ServiceTypeView> addIfAbsent(CatalogueRequests.AddServiceType request) {
        if (types.findByCode(request.code()).isPresent()) {
            return Optional.empty();
        }
        ServiceType type = ServiceType.add(request, clock.instant());
        types.persistAndFlush(type);
        return Optional.of(type.view());
    }

    @Transactional
    @Audited(action = "service-type.update", resource = "service-type")
    public ServiceTypeView edit(String code, long expectedVersion, CatalogueRequests.EditServiceType request) {
        ServiceType type = findForUpdate(code, expectedVersion);
        type.edit(request, clock.instant());
        types.flush();
        return type.view();
    }

    @Transactional
    @Audited(action = "service-type.deactivate", resource = "service-type")
    public ServiceTypeView deactivate(String code, long expectedVersion) {
        ServiceType type = findForUpdate(code, expectedVersion);
        type.deactivate(clock.instant());
        types.flush();
        return type.view();
    }

    @Transactional
    @Audited(action = "service-type.reactivate", resource = "service-type")
    public ServiceTypeView reactivate(String code, long expectedVersion) {
        ServiceType type = findForUpdate(code, expectedVersion);
        type.reactivate(clock.instant());
        types.flush();
        return type.view();
    }

    private ServiceType find(String code) {
        return types.findByCode(code).orElseThrow(() -> ApiException.notFound("service type"));
    }

    private ServiceType findForUpdate(String code, long expectedVersion) {
        ServiceType type = find(code);
        IfMatch.check(expectedVersion, type.version());
        return type;
    }
}
