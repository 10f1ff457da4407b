package org.mrc.casework.lifecycle.erasure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;

/** An erasure request and its decision. {@code refusalReason} is present only when it was refused. */
@Schema(name = "ErasureRequest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErasureRequestView(
        UUID id,

        @Schema(description = "The client (a tombstone once the erasure was executed)")
        UUID clientId,

        UUID officeId,
        ErasureRequester requestedBy,
        ErasureGround ground,
        LocalDate receivedOn,
        ErasureStatus status,
        ErasureRefusal refusalReason,
        Instant recordedAt,
        Instant decidedAt)
        implements Identified {}
