package org.mrc.casework.client.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * A typed, dated link between two clients, stored once from the side it was recorded on: {@code type} and
 * {@code residence} describe the related client as seen from {@code clientId}. The other side reads the inverse
 * ({@link #seenFrom}). Ending a link keeps it as history.
 */
@Entity
@Table(name = "client_link")
class ClientLink {

    static final ProblemType ALREADY_ENDED =
            new ProblemType("household-link-ended", 409, "The household link has already ended");

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "related_client_id", nullable = false, updatable = false)
    private UUID relatedClientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HouseholdRelation type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Residence residence;

    @Column(updatable = false)
    private LocalDate since;

    private LocalDate until;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClientLink() {}

    /** Links {@code relatedClientId} to {@code clientId}: "related is {@code type} of client". */
    static ClientLink record(
            UUID clientId,
            UUID relatedClientId,
            HouseholdRelation type,
            Residence residence,
            LocalDate since,
            Instant now) {
        if (clientId.equals(relatedClientId)) {
            throw ApiException.invalid(FieldError.body("$.relatedClientId", "must be another client"));
        }
        ClientLink link = new ClientLink();
        link.id = Ids.newId();
        link.clientId = clientId;
        link.relatedClientId = relatedClientId;
        link.type = type;
        link.residence = residence;
        link.since = since;
        // the precision the database keeps, so that the response and later reads agree
        link.createdAt = now;
        return link;
    }

    /** Ends the link on {@code on}; it stays in both clients' household history. */
    void end(LocalDate on) {
        if (until != null) {
            throw ApiException.conflict(ALREADY_ENDED, "An ended link cannot be ended again", Map.of("until", until));
        }
        if (since != null && on.isBefore(since)) {
            throw ApiException.invalid(FieldError.body("$.until", "must not be before the link's since date"));
        }
        until = on;
    }

    /** Whether the link involves {@code client} on either side. */
    boolean involves(UUID client) {
        return clientId.equals(client) || relatedClientId.equals(client);
    }

    /** The link as {@code viewer} (one of its two clients) sees it. */
    Side seenFrom(UUID viewer) {
        if (clientId.equals(viewer)) {
            return new Side(relatedClientId, type, residence);
        }
        if (relatedClientId.equals(viewer)) {
            return new Side(clientId, type.inverse(), residence.seenFromRelated());
        }
        throw new IllegalArgumentException("The link does not involve this client");
    }

    /** The other person of a link, what they are to the viewer, and where they live seen from the viewer. */
    record Side(UUID otherClientId, HouseholdRelation type, Residence residence) {}

    boolean active() {
        return until == null;
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    UUID relatedClientId() {
        return relatedClientId;
    }

    LocalDate since() {
        return since;
    }

    LocalDate until() {
        return until;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
