package org.mrc.casework.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.mrc.casework.shared.Ids;

/** A place where a partner delivers services (HSDS location). */
@Entity
@Table(name = "partner_location")
class PartnerLocation {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Column(nullable = false)
    private String name;

    private String address;

    @Column(nullable = false)
    private String locality;

    @Column(nullable = false)
    private String country;

    private Double latitude;
    private Double longitude;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PartnerLocation() {}

    static PartnerLocation add(UUID partnerId, DirectoryRequests.LocationDetails details, Instant now) {
        PartnerLocation location = new PartnerLocation();
        location.id = Ids.newId();
        location.partnerId = partnerId;
        location.createdAt = now;
        location.describe(details, now);
        return location;
    }

    void describe(DirectoryRequests.LocationDetails details, Instant now) {
        name = details.name();
        address = details.address();
        locality = details.locality();
        country = details.country();
        latitude = details.latitude();
        longitude = details.longitude();
        updatedAt = now;
    }

    LocationView view() {
        return new LocationView(id, partnerId, name, address, locality, country, latitude, longitude, version);
    }

    UUID id() {
        return id;
    }

    UUID partnerId() {
        return partnerId;
    }

    String locality() {
        return locality;
    }

    String country() {
        return country;
    }

    long version() {
        return version;
    }
}
