package org.mrc.casework.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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
import org.mrc.casework.shared.Ids;

/** A partner organisation of the directory. Its id is what a partner token's organisation claim carries. */
@Entity
@Table(name = "partner_organisation")
class PartnerOrganisation {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> types = new ArrayList<>();

    @Column(nullable = false)
    private String country;

    private String locality;
    private String website;

    @ElementCollection
    @CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    private List<PartnerContact> contacts = new ArrayList<>();

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PartnerOrganisation() {}

    static PartnerOrganisation register(DirectoryRequests.RegisterPartner request, Instant now) {
        return register(Ids.newId(), request, now);
    }

    static PartnerOrganisation register(UUID id, DirectoryRequests.RegisterPartner request, Instant now) {
        PartnerOrganisation partner = new PartnerOrganisation();
        partner.id = id;
        partner.active = true;
        partner.createdAt = now;
        partner.describe(
                request.name(),
                request.types(),
                request.country(),
                request.locality(),
                request.website(),
                request.contacts(),
                now);
        return partner;
    }

    void update(DirectoryRequests.UpdatePartner request, Instant now) {
        describe(
                request.name(),
                request.types(),
                request.country(),
                request.locality(),
                request.website(),
                request.contacts(),
                now);
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
            Collection<PartnerType> types,
            String country,
            String locality,
            String website,
            List<DirectoryRequests.Contact> contacts,
            Instant now) {
        this.name = name;
        this.types = EnumSet.copyOf(types).stream().map(Enum::name).toList();
        this.country = country;
        this.locality = locality;
        this.website = website;
        this.contacts.clear();
        if (contacts != null) {
            contacts.forEach(c -> this.contacts.add(PartnerContact.of(c)));
        }
        this.updatedAt = now;
    }

    PartnerView view() {
        return new PartnerView(
                id,
                name,
                types.stream().map(PartnerType::valueOf).sorted().toList(),
                country,
                locality,
                website,
                contacts.stream().map(PartnerContact::view).toList(),
                active,
                version);
    }

    UUID id() {
        return id;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }
}
