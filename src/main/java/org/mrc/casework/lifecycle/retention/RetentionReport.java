package org.mrc.casework.lifecycle.retention;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;

/**
 * What the retention job did (a run) or would do now (a dry run), by rule and office: clients anonymised or erased,
 * clients a legal hold kept, clients left until their household can go with them.
 */
@Schema(name = "RetentionReport")
public record RetentionReport(
        @Schema(description = "The run, or the dry run (GET /retention-runs/dry-runs/{id})")
        UUID runId,

        boolean dryRun,
        Instant startedAt,

        @Schema(description = "Absent while a run is under way")
        Instant finishedAt,

        @Schema(description = "Set when a dry run failed (start another); absent otherwise")
        Instant failedAt,

        List<Line> lines)
        implements Identified {

    /** The run or dry run this reports on. */
    @Override
    @JsonIgnore
    public UUID id() {
        return runId;
    }

    /** One rule in one office. */
    @Schema(name = "RetentionReportLine")
    public record Line(
            String rule,
            RetentionAction action,
            UUID officeId,

            @Schema(description = "Clients anonymised or erased (a dry run: that would be)")
            int processed,

            @Schema(description = "Clients the rule applies to that a legal hold keeps")
            int held,

            @Schema(description = "Clients the rule applies to, left until their household members are due too")
            int waitingForHousehold) {}
}
