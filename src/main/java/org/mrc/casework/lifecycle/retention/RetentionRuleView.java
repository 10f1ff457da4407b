package org.mrc.casework.lifecycle.retention;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/** A retention rule as admins read it, with the rationale that documents its default. */
@Schema(name = "RetentionRule")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RetentionRuleView(
        UUID id,
        String code,
        RecordKind recordKind,
        RetentionSituation situation,
        RetentionAction action,

        @Schema(description = "Months after the situation began; absent for what is kept for ever")
        Integer afterMonths,

        boolean enabled,
        String rationale,
        Instant updatedAt,
        Long version)
        implements Identified, Versioned {}
