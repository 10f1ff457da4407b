package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.servicelog.ServiceLogRequests;
import org.mrc.casework.servicelog.SessionKind;

/** Bodies for the service log: services delivered to a client and group sessions. */
public final class ServiceFixtures {

    private ServiceFixtures() {}

    /** A delivery of {@code serviceType} on {@code deliveredOn}. */
    public static Service service(String serviceType, LocalDate deliveredOn) {
        return new Service().serviceType(serviceType).deliveredOn(deliveredOn);
    }

    /** A session of {@code serviceType} held in a community hall on {@code heldOn}. */
    public static Session session(String serviceType, LocalDate heldOn) {
        return new Session()
                .kind(SessionKind.SESSION)
                .serviceType(serviceType)
                .heldOn(heldOn)
                .place("Community hall");
    }

    /** A {@link ServiceLogRequests.RecordService} body built field by field: a misspelt field does not compile. */
    public static final class Service {

        private String serviceType;
        private LocalDate deliveredOn;
        private UUID officeId;
        private UUID partnerId;
        private UUID referralId;
        private Integer durationMinutes;
        private Integer units;
        private String note;

        public Service serviceType(String serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        public Service deliveredOn(LocalDate deliveredOn) {
            this.deliveredOn = deliveredOn;
            return this;
        }

        public Service deliveredOn(String deliveredOn) {
            return deliveredOn(deliveredOn == null ? null : LocalDate.parse(deliveredOn));
        }

        public Service officeId(UUID officeId) {
            this.officeId = officeId;
            return this;
        }

        public Service officeId(String officeId) {
            return officeId(officeId == null ? null : UUID.fromString(officeId));
        }

        public Service partnerId(UUID partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Service partnerId(String partnerId) {
            return partnerId(partnerId == null ? null : UUID.fromString(partnerId));
        }

        public Service referralId(UUID referralId) {
            this.referralId = referralId;
            return this;
        }

        public Service referralId(String referralId) {
            return referralId(referralId == null ? null : UUID.fromString(referralId));
        }

        public Service durationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
            return this;
        }

        public Service units(Integer units) {
            this.units = units;
            return this;
        }

        public Service note(String note) {
            this.note = note;
            return this;
        }

        @JsonValue
        public ServiceLogRequests.RecordService build() {
            return new ServiceLogRequests.RecordService(
                    serviceType, deliveredOn, officeId, partnerId, referralId, durationMinutes, units, note);
        }
    }

    /** A {@link ServiceLogRequests.RecordGroupSession} body built field by field: a misspelt field does not compile. */
    public static final class Session {

        private SessionKind kind;
        private String serviceType;
        private UUID officeId;
        private LocalDate heldOn;
        private String place;
        private String locality;
        private String facilitator;
        private List<ServiceLogRequests.HeadcountCell> headcounts;

        public Session kind(SessionKind kind) {
            this.kind = kind;
            return this;
        }

        public Session serviceType(String serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        public Session officeId(UUID officeId) {
            this.officeId = officeId;
            return this;
        }

        public Session officeId(String officeId) {
            return officeId(officeId == null ? null : UUID.fromString(officeId));
        }

        public Session heldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
            return this;
        }

        public Session heldOn(String heldOn) {
            return heldOn(heldOn == null ? null : LocalDate.parse(heldOn));
        }

        public Session place(String place) {
            this.place = place;
            return this;
        }

        public Session locality(String locality) {
            this.locality = locality;
            return this;
        }

        public Session facilitator(String facilitator) {
            this.facilitator = facilitator;
            return this;
        }

        public Session headcounts(List<ServiceLogRequests.HeadcountCell> headcounts) {
            this.headcounts = headcounts;
            return this;
        }

        @JsonValue
        public ServiceLogRequests.RecordGroupSession build() {
            return new ServiceLogRequests.RecordGroupSession(
                    kind, serviceType, officeId, heldOn, place, locality, facilitator, headcounts);
        }
    }
}
