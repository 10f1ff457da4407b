package org.mrc.casework.client.merge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/** A merge as coordinators see it: who survived, what moved (counts per kind), and whether it was undone. */
@Schema(name = "ClientMerge")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientMergeView(
        UUID id,
        UUID survivorId,
        UUID mergedId,

        @Schema(description = "How many records of each kind moved to the survivor")
        Map<String, Integer> moved,

        String mergedBy,
        Instant mergedAt,
        String undoneBy,
        Instant undoneAt,
        Long version)
        implements Identified, Versioned {}
