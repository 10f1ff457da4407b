package org.mrc.casework.servicelog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.client.Sex;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * A group session or outreach event of an office: the registered clients who attended and anonymous headcounts, by
 * sex and age band, of the people who are not registered. Adding or removing an attendee or replacing the
 * headcounts is a new version.
 */
@Entity
@Table(name = "group_session")
class GroupSession {

    static final ProblemType ALREADY_ATTENDING =
            new ProblemType("already-attending", 409, "The client is already an attendee of this session");

    @Id
    private UUID id;

    @Column(name = "office_id", nullable = false, updatable = false)
    private UUID officeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionKind kind;

    @Column(name = "service_type_id", nullable = false, updatable = false)
    private UUID serviceTypeId;

    @Column(name = "service_type_code", nullable = false, updatable = false)
    private String serviceTypeCode;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(updatable = false)
    private String locality;

    @Column(updatable = false)
    private String facilitator;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "group_session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    private List<Attendee> attendees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_session_headcount", joinColumns = @JoinColumn(name = "session_id"))
    private List<Headcount> headcounts = new ArrayList<>();

    @Version
    private long version;

    protected GroupSession() {}

    /** A session whose office and service type were already checked; headcounts are validated here. */
    static GroupSession record(
            UUID officeId,
            UUID serviceTypeId,
            String serviceTypeCode,
            ServiceLogRequests.RecordGroupSession request,
            String recordedBy,
            Instant now) {
        GroupSession session = new GroupSession();
        session.id = Ids.newId();
        session.officeId = officeId;
        session.kind = request.kind();
        session.serviceTypeId = serviceTypeId;
        session.serviceTypeCode = serviceTypeCode;
        session.heldOn = request.heldOn();
        session.place = request.place().strip();
        session.locality = blankToNull(request.locality());
        session.facilitator = blankToNull(request.facilitator());
        session.recordedBy = recordedBy;
        session.recordedAt = now;
        session.headcounts = headcounts(request.headcounts(), "$.headcounts");
        return session;
    }

    /** Replaces every headcount; cells not named count zero. */
    void replaceHeadcounts(List<ServiceLogRequests.HeadcountCell> cells) {
        List<Headcount> replaced = headcounts(cells, "$.cells");
        headcounts.clear();
        headcounts.addAll(replaced);
    }

    /** Adds an attendee; adding one who already attended is a 409. */
    void addAttendee(UUID clientId, String by, Instant now) {
        if (attends(clientId)) {
            throw ApiException.conflict(
                    ALREADY_ATTENDING, "The client is already an attendee of this session", Map.of());
        }
        attendees.add(new Attendee(clientId, by, now));
    }

    /** Removes an attendee; a client who did not attend is a 404. */
    void removeAttendee(UUID clientId) {
        if (!attendees.removeIf(a -> a.clientId.equals(clientId))) {
            throw ApiException.notFound("attendee");
        }
    }

    boolean attends(UUID clientId) {
        return attendees.stream().anyMatch(a -> a.clientId.equals(clientId));
    }

    private static List<Headcount> headcounts(List<ServiceLogRequests.HeadcountCell> cells, String path) {
        List<Headcount> result = new ArrayList<>();
        if (cells == null) {
            return result;
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            ServiceLogRequests.HeadcountCell cell = cells.get(i);
            if (!AgeBands.LABELS.contains(cell.ageBand())) {
                errors.add(
                        FieldError.body(path + "[" + i + "].ageBand", "one of " + String.join(", ", AgeBands.LABELS)));
            } else if (!seen.add(cell.sex() + "/" + cell.ageBand())) {
                errors.add(FieldError.body(path + "[" + i + "]", "sex and age band already counted"));
            } else if (cell.people() > 0) {
                result.add(new Headcount(cell.sex(), cell.ageBand(), cell.people()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
        }
        return result;
    }

    /** The session as staff in scope read it, without attendees (lists). */
    GroupSessionView view() {
        return view(null);
    }

    /** The session as staff in scope read it, with each attendee's case reference from {@code references}. */
    GroupSessionView view(Map<UUID, String> references) {
        return view(references, null);
    }

    /**
     * As {@link #view(Map)}, naming and counting only the attendees in {@code shown} (every attendee when null):
     * for a session of a sensitive type, attendees the reader may not learn attended are absent and not counted.
     */
    GroupSessionView view(Map<UUID, String> references, Set<UUID> shown) {
        List<UUID> visible = attendees.stream()
                .map(a -> a.clientId)
                .filter(id -> shown == null || shown.contains(id))
                .sorted()
                .toList();
        List<GroupSessionView.Count> counts = headcounts.stream()
                .sorted(Comparator.comparing((Headcount h) -> h.sex)
                        .thenComparing(h -> AgeBands.LABELS.indexOf(h.ageBand)))
                .map(h -> new GroupSessionView.Count(h.sex, h.ageBand, h.people))
                .toList();
        int anonymous = headcounts.stream().mapToInt(h -> h.people).sum();
        List<GroupSessionView.Attendee> attendeeList = references == null
                ? null
                : visible.stream()
                        .map(id -> new GroupSessionView.Attendee(id, references.get(id)))
                        .toList();
        return new GroupSessionView(
                id,
                officeId,
                kind,
                serviceTypeCode,
                serviceTypeId,
                heldOn,
                place,
                locality,
                facilitator,
                attendeeList,
                visible.size(),
                counts,
                anonymous,
                visible.size() + anonymous,
                recordedBy,
                recordedAt,
                version);
    }

    /** The session as an attendee's timeline shows it. */
    SessionAttendanceView attendance() {
        return new SessionAttendanceView(id, kind, serviceTypeCode, officeId, place);
    }

    UUID id() {
        return id;
    }

    UUID officeId() {
        return officeId;
    }

    String serviceTypeCode() {
        return serviceTypeCode;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    List<UUID> attendeeIds() {
        return attendees.stream().map(a -> a.clientId).toList();
    }

    long version() {
        return version;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Embeddable
    static class Attendee {

        @Column(name = "client_id", nullable = false)
        private UUID clientId;

        @Column(name = "added_by", nullable = false)
        private String addedBy;

        @Column(name = "added_at", nullable = false)
        private Instant addedAt;

        protected Attendee() {}

        Attendee(UUID clientId, String addedBy, Instant addedAt) {
            this.clientId = clientId;
            this.addedBy = addedBy;
            this.addedAt = addedAt;
        }
    }

    @Embeddable
    static class Headcount {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Sex sex;

        @Column(name = "age_band", nullable = false)
        private String ageBand;

        @Column(nullable = false)
        private int people;

        protected Headcount() {}

        Headcount(Sex sex, String ageBand, int people) {
            this.sex = sex;
            this.ageBand = ageBand;
            this.people = people;
        }
    }
}
