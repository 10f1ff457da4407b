package org.mrc.casework.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.TerritorySide;

/** An office of the network. State changes only through its intent methods. */
@Entity
@Table(name = "office")
class Office {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OfficeKind kind;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false, updatable = false)
    private String country;

    private String locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "territory_side")
    private TerritorySide territorySide;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Office() {}

    static Office open(
            String code,
            String name,
            OfficeKind kind,
            UUID parentId,
            String country,
            String locality,
            TerritorySide territorySide,
            Instant now) {
        Office office = new Office();
        office.id = Ids.newId();
        office.code = code;
        office.name = name;
        office.kind = kind;
        office.parentId = parentId;
        office.country = country;
        office.locality = locality;
        office.territorySide = territorySide;
        office.active = true;
        office.createdAt = now;
        office.updatedAt = office.createdAt;
        return office;
    }

    void rename(String newName, Instant now) {
        name = newName;
        touch(now);
    }

    /** Callers must have checked that {@code newParentId} is not this office or one below it. */
    void moveUnder(UUID newParentId, Instant now) {
        parentId = newParentId;
        touch(now);
    }

    void serveSide(TerritorySide side, Instant now) {
        territorySide = side;
        touch(now);
    }

    void deactivate(Instant now) {
        active = false;
        touch(now);
    }

    void reactivate(Instant now) {
        active = true;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    OfficeView view() {
        return new OfficeView(id, code, name, kind, parentId, country, locality, territorySide, active, version);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    UUID parentId() {
        return parentId;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }
}
