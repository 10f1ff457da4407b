package org.mrc.casework.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of checking the audit trail's hash chain over a range of chain sequence numbers (inclusive). Carries
 * sequence numbers, entry ids and hashes only, never what an entry says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(
        @Schema(description = "First chain sequence number checked")
        long from,

        @Schema(description = "Last chain sequence number asked for, else the last link found", nullable = true)
        Long to,

        @Schema(description = "Links checked") long checked,

        @Schema(description = "True when every link in the range checks out")
        boolean intact,

        @Schema(description = "The first broken link; absent when the range is intact", nullable = true)
        BrokenLink firstBroken,

        @Schema(description = "Sequence number of the last link found in the range", nullable = true)
        Long lastSequence,

        @Schema(
                description = "Hash (hex) of that link: record it elsewhere to detect a later rewrite of the"
                        + " range, or a truncated tail",
                nullable = true)
        String lastHash) {

    /** Where the chain first fails to check out. */
    public record BrokenLink(
            @Schema(description = "Chain sequence number of the first broken link")
            long sequence,

            @Schema(description = "Id of the entry that link covers, when it is known", nullable = true)
            UUID entryId,

            ChainProblem problem) {}

    /** How a link fails. */
    public enum ChainProblem {
        /** The link's entry was deleted. */
        ENTRY_MISSING,
        /** The link's entry no longer hashes to the link's hash: it was altered. */
        ENTRY_ALTERED,
        /** The link itself is gone (a gap in the sequence). */
        LINK_MISSING,
        /** The link does not continue its predecessor's hash. */
        LINK_BROKEN
    }
}
