package org.mrc.casework.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests that propose and answer a case handover, named by intent. */
public final class HandoverRequests {

    private HandoverRequests() {}

    @Schema(
            name = "ProposeHandover",
            description = "A proposal to hand the case to another office. Needs the client's CASE_HANDOVER consent"
                    + " naming that office (recipientOfficeId), in effect now.")
    public record ProposeHandover(
            @NotNull @Schema(description = "The office that is to take the case over")
            UUID toOfficeId,

            @NotBlank
            @Size(max = 4000)
            @Schema(
                    description = "What the receiving office needs to know to take the case on (S1: write no"
                            + " administrative status, markers or health data here)",
                    example = "Family of four returning to Lipa in March; father seeks reintegration support")
            String summary,

            @Size(max = 20)
            @Schema(
                    description = "Household members (linked to the client now, owned by the same office) who move"
                            + " with the case; each chosen")
            List<@NotNull UUID> memberIds) {}

    @Schema(name = "AnswerHandover", description = "A note with a decline or a withdrawal")
    public record AnswerHandover(
            @Size(max = 1000) @Schema(example = "Client's return locality is served by the Lipa desk")
            String note) {}
}
