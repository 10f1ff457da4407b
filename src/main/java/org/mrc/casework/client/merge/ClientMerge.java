package org.mrc.casework.client.merge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.shared.Ids;

/** One merge of a duplicate record into a surviving one, with the rows it moved so that it can be undone. */
@Entity
@Table(name = "client_merge")
class ClientMerge {

    @Id
    private UUID id;

    @Column(name = "survivor_id", nullable = false, updatable = false)
    private UUID survivorId;

    @Column(name = "merged_id", nullable = false, updatable = false)
    private UUID mergedId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private Map<String, List<UUID>> moved;

    @Column(name = "merged_by", nullable = false, updatable = false)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Version
    private long version;

    protected ClientMerge() {}

    static ClientMerge record(UUID survivorId, UUID mergedId, Map<String, List<UUID>> moved, String by, Instant now) {
        ClientMerge merge = new ClientMerge();
        merge.id = Ids.newId();
        merge.survivorId = survivorId;
        merge.mergedId = mergedId;
        merge.moved = new LinkedHashMap<>(moved);
        merge.mergedBy = by;
        merge.mergedAt = now;
        return merge;
    }

    void undo(String by, Instant now) {
        undoneBy = by;
        undoneAt = now;
    }

    boolean undone() {
        return undoneAt != null;
    }

    UUID survivorId() {
        return survivorId;
    }

    UUID mergedId() {
        return mergedId;
    }

    Map<String, List<UUID>> moved() {
        return moved;
    }

    ClientMergeView view() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        moved.forEach((kind, ids) -> counts.put(kind, ids.size()));
        return new ClientMergeView(id, survivorId, mergedId, counts, mergedBy, mergedAt, undoneBy, undoneAt, version);
    }
}
