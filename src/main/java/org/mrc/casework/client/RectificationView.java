package org.mrc.casework.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A correction of the client record, as the subject-access report shows it to the owning office: which fields
 * changed, when, by which role of which office, and what they held before. {@code staffSubject} only where the
 * deployment names staff in subject-access reports ({@code mrc.subject-access.show-staff}).
 */
@Schema(name = "Rectification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RectificationView(
        UUID id,
        Instant rectifiedAt,

        @Schema(description = "Names of the client fields the correction changed", example = "[\"familyName\"]")
        List<String> fields,

        @Schema(description = "Each changed field with the value it held before the correction (null: it was empty)")
        Map<String, Object> previousValues,

        @Schema(description = "Roles of the member of staff who made the correction")
        List<String> staffRoles,

        @Schema(description = "Office code of the member of staff", nullable = true)
        String staffOffice,

        @Schema(description = "The staff member's subject, only where the deployment names staff", nullable = true)
        String staffSubject) {}
