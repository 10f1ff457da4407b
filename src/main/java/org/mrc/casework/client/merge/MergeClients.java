package org.mrc.casework.client.merge;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Merges the named duplicate into the client addressed by the request path. */
@Schema(name = "MergeClients")
public record MergeClients(
        @NotNull @Schema(description = "The duplicate record; it will point to the survivor")
        UUID duplicateId) {}
