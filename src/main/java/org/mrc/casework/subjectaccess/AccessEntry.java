package org.mrc.casework.subjectaccess;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One access to the person's records, from the audit trail: when, what was done, with what outcome, by which role of
 * which office (or which partner organisation), and the purpose and justification stated when one was required.
 */
@Schema(name = "SubjectAccessEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessEntry(
        Instant occurredAt,
        @Schema(example = "client.read") String action,
        @Schema(example = "SUCCESS") String outcome,
        List<String> roles,

        @Schema(description = "Office code of the member of staff", nullable = true)
        String office,

        @Schema(description = "The partner organisation that read the record", nullable = true)
        String partnerId,

        @Schema(description = "The coded purpose stated (X-Access-Reason)", nullable = true, example = "SAFEGUARDING")
        String purpose,

        @Schema(description = "The justification stated with the purpose", nullable = true)
        String justification,

        @Schema(description = "The staff member's subject, only where the deployment names staff", nullable = true)
        String staffSubject) {}
