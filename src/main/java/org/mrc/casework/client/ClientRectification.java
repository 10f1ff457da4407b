package org.mrc.casework.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.security.Caller;
import org.mrc.casework.shared.Ids;

/**
 * One correction of a client record: the fields it changed, when, by whom, and the values they held before. The old
 * values are the person's data and stay with the record (erased with it); the audit trail names the change only.
 */
@Entity
@Immutable
@Table(name = "client_rectification")
class ClientRectification {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "rectified_at", nullable = false)
    private Instant rectifiedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> fields;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_values", nullable = false)
    private Map<String, Object> oldValues;

    @Column(name = "actor_subject", nullable = false)
    private String actorSubject;

    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    @Column(name = "actor_office")
    private String actorOffice;

    protected ClientRectification() {}

    /**
     * The correction that turned {@code before} into {@code after} (both the record's details as JSON members), or
     * empty when no field changed (a patch that repeats what is recorded corrects nothing).
     */
    static Optional<ClientRectification> of(
            UUID clientId, Map<String, Object> before, Map<String, Object> after, Caller by, Instant at) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        Map<String, Object> old = new LinkedHashMap<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
                old.put(name, before.get(name));
            }
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        ClientRectification rectification = new ClientRectification();
        rectification.id = Ids.newId();
        rectification.clientId = clientId;
        rectification.rectifiedAt = at;
        rectification.fields = List.copyOf(changed);
        rectification.oldValues = old;
        rectification.actorSubject = by.subject();
        rectification.actorRoles = String.join(",", by.roles().stream().sorted().toList());
        rectification.actorOffice = by.officeCode().orElse(null);
        return Optional.of(rectification);
    }

    /** The correction as the subject-access report shows it; the staff member's subject only when asked for. */
    RectificationView view(boolean withStaff) {
        List<String> roles = actorRoles.isEmpty() ? List.of() : List.of(actorRoles.split(","));
        return new RectificationView(
                id,
                rectifiedAt,
                fields,
                new LinkedHashMap<>(oldValues),
                roles,
                actorOffice,
                withStaff ? actorSubject : null);
    }

    UUID clientId() {
        return clientId;
    }
}
