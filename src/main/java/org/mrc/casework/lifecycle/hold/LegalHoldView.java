package org.mrc.casework.lifecycle.hold;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/** A legal hold; {@code active} says whether it holds today (placed, not released, end date not passed). */
@Schema(name = "LegalHold")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalHoldView(
        UUID id,
        UUID clientId,
        LegalHoldReason reason,
        LocalDate endsOn,
        Instant placedAt,
        Instant releasedAt,
        boolean active,
        Long version)
        implements Identified, Versioned {}
