package org.mrc.casework.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.mrc.casework.shared.Ids;

/** One append-only audit row. The database refuses to update or delete it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    private String actorSubject;

    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    @Column(name = "actor_office")
    private String actorOffice;

    @Column(name = "actor_partner")
    private String actorPartner;

    @Column(nullable = false)
    private String action;

    @Column(name = "resource_type", nullable = false)
    private String resourceType;

    @Column(name = "resource_id")
    private UUID resourceId;

    @Column(name = "request_id")
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    @Column(name = "reason_code")
    private String reasonCode;

    private String reason;

    protected AuditEntry() {}

    static AuditEntry record(AuditEvent event, Instant now) {
        AuditEntry entry = new AuditEntry();
        entry.id = Ids.newId();
        entry.occurredAt = now;
        entry.actorSubject = event.caller().subject();
        entry.actorRoles =
                String.join(",", event.caller().roles().stream().sorted().toList());
        entry.actorOffice = event.caller().officeCode().orElse(null);
        entry.actorPartner = event.caller().partnerId().orElse(null);
        entry.action = event.action();
        entry.resourceType = event.resource();
        entry.resourceId = event.resourceId();
        entry.requestId = event.requestId();
        entry.outcome = event.outcome();
        entry.reasonCode = event.reasonCode();
        entry.reason = event.reason() == null ? null : digest(entry.id, event.reason());
        return entry;
    }

    /**
     * What the chained entry keeps of a free-text justification: a digest over the entry id and the text, never the
     * text itself, which may name people and so must stay erasable (see V182__audit_justification.sql).
     */
    static String digest(UUID entryId, String justification) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha256.digest((entryId + ":" + justification).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** The entry as auditors read it, with the justification text while it is held (null once erased). */
    AuditEntryView view(String justification) {
        List<String> roles = actorRoles.isEmpty() ? List.of() : List.of(actorRoles.split(","));
        return new AuditEntryView(
                id,
                occurredAt,
                actorSubject,
                roles,
                actorOffice,
                actorPartner,
                action,
                resourceType,
                resourceId,
                requestId,
                outcome,
                reasonCode,
                justification != null && digest(id, justification).equals(reason) ? justification : null);
    }

    UUID id() {
        return id;
    }

    Long seq() {
        return seq;
    }
}
