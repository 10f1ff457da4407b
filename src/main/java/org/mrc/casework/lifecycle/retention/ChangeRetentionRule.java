package org.mrc.casework.lifecycle.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin may change on a retention rule. */
@Schema(name = "ChangeRetentionRule")
public record ChangeRetentionRule(
        @NotNull RetentionAction action,

        @Min(1) @Max(1200) @Schema(description = "Months; absent only for what is kept for ever")
        Integer afterMonths,

        @NotNull Boolean enabled) {}
