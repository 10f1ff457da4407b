package org.mrc.casework.servicelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mrc.casework.shared.Ids;

/**
 * A service actually delivered to a client, by an office or a partner organisation (exactly one). Recorded once;
 * the rules that need other features (catalogue, scope, directory) are checked by {@link ServiceLogService}.
 */
@Entity
@Table(name = "service_delivery")
class ServiceDelivery {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "service_type_id", nullable = false, updatable = false)
    private UUID serviceTypeId;

    @Column(name = "service_type_code", nullable = false, updatable = false)
    private String serviceTypeCode;

    @Column(name = "delivered_on", nullable = false, updatable = false)
    private LocalDate deliveredOn;

    @Column(name = "office_id", updatable = false)
    private UUID officeId;

    @Column(name = "partner_id", updatable = false)
    private UUID partnerId;

    @Column(name = "referral_id", updatable = false)
    private UUID referralId;

    @Column(name = "duration_minutes", updatable = false)
    private Integer durationMinutes;

    @Column(updatable = false)
    private Integer units;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ServiceDelivery() {}

    /** A delivery whose provider (office or partner, exactly one) and service type were already checked. */
    static ServiceDelivery record(
            UUID clientId,
            UUID serviceTypeId,
            String serviceTypeCode,
            UUID officeId,
            UUID partnerId,
            ServiceLogRequests.RecordService request,
            String recordedBy,
            Instant now) {
        ServiceDelivery delivery = new ServiceDelivery();
        delivery.id = Ids.newId();
        delivery.clientId = clientId;
        delivery.serviceTypeId = serviceTypeId;
        delivery.serviceTypeCode = serviceTypeCode;
        delivery.deliveredOn = request.deliveredOn();
        delivery.officeId = officeId;
        delivery.partnerId = partnerId;
        delivery.referralId = request.referralId();
        delivery.durationMinutes = request.durationMinutes();
        delivery.units = request.units();
        delivery.note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        delivery.recordedBy = recordedBy;
        delivery.recordedAt = now;
        return delivery;
    }

    ServiceDeliveryView view() {
        return new ServiceDeliveryView(
                id,
                clientId,
                serviceTypeCode,
                serviceTypeId,
                deliveredOn,
                officeId,
                partnerId,
                referralId,
                durationMinutes,
                units,
                note,
                recordedBy,
                recordedAt,
                version);
    }

    UUID id() {
        return id;
    }

    String serviceTypeCode() {
        return serviceTypeCode;
    }

    UUID clientId() {
        return clientId;
    }

    LocalDate deliveredOn() {
        return deliveredOn;
    }
}
