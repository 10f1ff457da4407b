package org.mrc.casework.client.household;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests that change a client's household links, named by intent. */
public final class HouseholdRequests {

    private HouseholdRequests() {}

    @Schema(
            name = "LinkHouseholdMember",
            description = "Links another client to this one: the related client is <type> of this client")
    public record LinkHouseholdMember(
            @NotNull @Schema(description = "Another registered client")
            UUID relatedClientId,

            @NotNull
            @Schema(
                    description = "What the related client is to this client; CHILD_OF: the related client is a"
                            + " child of this one",
                    example = "CHILD_OF")
            HouseholdRelation type,

            @NotNull
            @Schema(description = "Where the related client lives, seen from this client", example = "ORIGIN_HOUSEHOLD")
            Residence residence,

            @PastOrPresent @Schema(description = "Since when the link holds, if known", example = "2015-06-01")
            LocalDate since) {}

    @Schema(name = "EndHouseholdLink", description = "Ends a link; it stays in both clients' history")
    public record EndHouseholdLink(
            @NotNull @PastOrPresent @Schema(example = "2026-01-31")
            LocalDate until) {}
}
