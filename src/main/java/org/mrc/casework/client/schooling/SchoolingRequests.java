package org.mrc.casework.client.schooling;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the schooling endpoints. */
public final class SchoolingRequests {

    private SchoolingRequests() {}

    @Schema(name = "RecordChildSchooling")
    public record RecordSchooling(
            @NotNull @Schema(example = "DROPPED_OUT") SchoolStatus status,
            @Schema(example = "LOWER_SECONDARY") SchoolLevel level,

            @Schema(description = "Only for ENROLLED: whether the child actually attends")
            Boolean attending,

            @NotNull @Schema(description = "From when the status holds", example = "2026-06-03")
            LocalDate since) {}
}
