package org.mrc.casework.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.TerritorySide;

/**
 * One code of the service catalogue. The code is an immutable identifier: it is never renamed and never deleted,
 * only deactivated, because referrals and the service log keep pointing at it.
 */
@Entity
@Table(name = "service_type")
class ServiceType {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceCategory category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> phases = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerritorySide side;

    @Column(nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tier tier;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ServiceType() {}

    static ServiceType add(CatalogueRequests.AddServiceType request, Instant now) {
        ServiceType type = new ServiceType();
        type.id = Ids.newId();
        type.code = request.code();
        type.active = true;
        type.createdAt = now;
        type.describe(request.name(), request.description(), request.category(), request.phases(), request.side(), now);
        type.tier = request.tier() == null ? request.category().defaultTier() : request.tier();
        return type;
    }

    /**
     * Replaces the description. Without a tier the type keeps its tier, raised to its new category's default if that
     * is higher: an edit that does not mention the tier never makes records of this type visible to more readers.
     */
    void edit(CatalogueRequests.EditServiceType request, Instant now) {
        describe(request.name(), request.description(), request.category(), request.phases(), request.side(), now);
        if (request.tier() != null) {
            tier = request.tier();
        } else if (!request.category().defaultTier().within(tier)) {
            tier = request.category().defaultTier();
        }
    }

    void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    void reactivate(Instant now) {
        active = true;
        updatedAt = now;
    }

    private void describe(
            String name,
            String description,
            ServiceCategory category,
            Collection<ServicePhase> phases,
            TerritorySide side,
            Instant now) {
        this.name = name;
        this.description = description;
        this.category = category;
        this.phases = EnumSet.copyOf(phases).stream().map(Enum::name).toList();
        this.side = side;
        this.updatedAt = now;
    }

    ServiceTypeView view() {
        List<ServicePhase> served =
                phases.stream().map(ServicePhase::valueOf).sorted().toList();
        return new ServiceTypeView(id, code, name, description, category, served, side, tier, active, version);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }
}
