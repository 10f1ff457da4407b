package org.mrc.casework.office;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/** Opening, reading and reshaping the office tree. Every call is audited. */
@ApplicationScoped
public class OfficeService {

    private static final Cursor.Shape OFFICES = Cursor.shape("offices", Cursor.Key.TEXT);

    static final ProblemType CODE_TAKEN =
            new ProblemType("office-code-taken", 409, "Another office already uses this code");
    static final ProblemType CYCLE =
            new ProblemType("office-cycle", 409, "An office cannot be placed below itself or an office under it");
    static final ProblemType HAS_ACTIVE_CHILDREN = new ProblemType(
            "office-has-active-children", 409, "Offices below this one must be deactivated or moved first");

    private final OfficeRepository offices;
    private final OfficeScope scope;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    OfficeService(
            OfficeRepository offices, OfficeScope scope, Idempotency idempotency, CurrentCaller caller, Clock clock) {
        this.offices = offices;
        this.scope = scope;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    @Audited(action = "office.create", resource = "office")
    public Idempotency.Outcome<OfficeView> open(OfficeRequests.OpenOffice request, String idempotencyKey) {
        return idempotency.once(idempotencyKey, caller.get().subject(), "office.create", request, this::get, () -> {
            if (offices.findByCode(request.code()).isPresent()) {
                throw new ApiException(
                        CODE_TAKEN,
                        "Choose another office code",
                        List.of(FieldError.body("$.code", "already used by another office")));
            }
            if (request.parentId() != null) {
                activeParent(request.parentId());
            }
            Office office = Office.open(
                    request.code(),
                    request.name(),
                    request.kind(),
                    request.parentId(),
                    request.country(),
                    request.locality(),
                    request.territorySide(),
                    clock.instant());
            offices.persistAndFlush(office);
            return office.view();
        });
    }

    /**
     * Opens the office unless one with its code exists (first-start bootstrap). The parent is named by code and must
     * exist already. Returns the new office, or empty when the code was taken. Runs in the caller's transaction and
     * audits nothing itself: the bootstrap records one entry per office it creates.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OfficeView> openIfAbsent(OfficeRequests.OpenOffice request, String parentCode) {
        if (offices.findByCode(request.code()).isPresent()) {
            return Optional.empty();
        }
        UUID parentId = null;
        if (parentCode != null) {
            parentId = offices.findByCode(parentCode)
                    .filter(Office::active)
                    .map(Office::id)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "office " + request.code() + ": no active parent office with code " + parentCode));
        }
        Office office = Office.open(
                request.code(),
                request.name(),
                request.kind(),
                parentId,
                request.country(),
                request.locality(),
                request.territorySide(),
                clock.instant());
        offices.persistAndFlush(office);
        return Optional.of(office.view());
    }

    @Transactional
    @Audited(action = "office.read", resource = "office")
    public OfficeView get(UUID id) {
        return find(id).view();
    }

    @Transactional
    @Audited(action = "office.list", resource = "office")
    public Page<OfficeView> list(UUID parentId, Boolean active, PageRequest page) {
        Cursor after = page.after(OFFICES);
        List<Office> rows = offices.page(parentId, active, after == null ? null : after.key(0), page.fetchSize());
        return Page.of(rows, page.limit(), o -> OFFICES.at(o.code())).map(Office::view);
    }

    /** The whole network as a forest, roots first, children ordered by code. */
    @Transactional
    @Audited(action = "office.tree", resource = "office")
    public List<OfficeTreeNode> tree() {
        List<Office> all = offices.listAll();
        Map<UUID, List<Office>> children =
                all.stream().filter(o -> o.parentId() != null).collect(Collectors.groupingBy(Office::parentId));
        return all.stream()
                .filter(o -> o.parentId() == null)
                .sorted(Comparator.comparing(Office::code))
                .map(root -> node(root, children))
                .toList();
    }

    /** The offices the caller acts within (their office, and for coordinators every office below it). */
    @Transactional
    @Audited(action = "office.scope", resource = "office")
    public List<OfficeView> inCallerScope() {
        Set<UUID> ids = scope.officesOf(caller.get());
        if (ids.isEmpty()) {
            return List.of();
        }
        return offices.byIdsInCodeOrder(ids).stream().map(Office::view).toList();
    }

    @Transactional
    @Audited(action = "office.rename", resource = "office")
    public OfficeView rename(UUID id, long expectedVersion, OfficeRequests.RenameOffice request) {
        Office office = findForUpdate(id, expectedVersion);
        office.rename(request.name(), clock.instant());
        offices.flush();
        return office.view();
    }

    @Transactional
    @Audited(action = "office.side", resource = "office")
    public OfficeView setTerritorySide(UUID id, long expectedVersion, OfficeRequests.SetTerritorySide request) {
        Office office = findForUpdate(id, expectedVersion);
        office.serveSide(request.territorySide(), clock.instant());
        offices.flush();
        return office.view();
    }

    @Transactional
    @Audited(action = "office.move", resource = "office")
    public OfficeView move(UUID id, long expectedVersion, OfficeRequests.MoveOffice request) {
        offices.lockTreeShape();
        Office office = findForUpdate(id, expectedVersion);
        if (request.parentId() != null) {
            activeParent(request.parentId());
            if (offices.subtreeOf(office.id()).contains(request.parentId())) {
                throw ApiException.conflict(
                        CYCLE,
                        "The new parent is this office or lies below it",
                        Map.of("parentId", request.parentId()));
            }
        }
        office.moveUnder(request.parentId(), clock.instant());
        offices.flush();
        return office.view();
    }

    @Transactional
    @Audited(action = "office.deactivate", resource = "office")
    public OfficeView deactivate(UUID id, long expectedVersion) {
        offices.lockTreeShape();
        Office office = findForUpdate(id, expectedVersion);
        if (offices.hasActiveChildren(office.id())) {
            throw ApiException.conflict(HAS_ACTIVE_CHILDREN, "Deactivate or move the offices below it first", Map.of());
        }
        office.deactivate(clock.instant());
        offices.flush();
        return office.view();
    }

    @Transactional
    @Audited(action = "office.reactivate", resource = "office")
    public OfficeView reactivate(UUID id, long expectedVersion) {
        offices.lockTreeShape();
        Office office = findForUpdate(id, expectedVersion);
        if (office.parentId() != null) {
            activeParent(office.parentId());
        }
        office.reactivate(clock.instant());
        offices.flush();
        return office.view();
    }

    private Office find(UUID id) {
        return offices.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("office"));
    }

    private Office findForUpdate(UUID id, long expectedVersion) {
        Office office = find(id);
        IfMatch.check(expectedVersion, office.version());
        return office;
    }

    private void activeParent(UUID parentId) {
        offices.findByIdOptional(parentId)
                .filter(Office::active)
                .orElseThrow(
                        () -> ApiException.invalid(FieldError.body("$.parentId", "no active office with this id")));
    }

    private static OfficeTreeNode node(Office office, Map<UUID, List<Office>> children) {
        List<OfficeTreeNode> below = children.getOrDefault(office.id(), List.of()).stream()
                .sorted(Comparator.comparing(Office::code))
                .map(child -> node(child, children))
                .toList();
        OfficeView view = office.view();
        return new OfficeTreeNode(view.id(), view.code(), view.name(), view.kind(), view.active(), below);
    }
}
