package org.mrc.casework.client.household;

import static org.mrc.casework.privacy.DataCategory.HOUSEHOLD;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A household link seen from one client ({@code clientId}): what the related person is to that client and where
 * they live seen from that client. The same link read from the related person's side shows the inverse type.
 * Household data is sensitive (S1).
 */
@Schema(name = "HouseholdLink")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdLinkView(
        @Sensitive(tier = S1, category = HOUSEHOLD) UUID id,

        @Sensitive(tier = S1, category = HOUSEHOLD) @Schema(description = "The client whose household this is")
        UUID clientId,

        @Sensitive(tier = S1, category = HOUSEHOLD)
        @Schema(
                description = "What the related person is to this client: CHILD_OF means the related person is a"
                        + " child of this client",
                example = "CHILD_OF")
        HouseholdRelation type,

        @Sensitive(tier = S1, category = HOUSEHOLD)
        @Schema(description = "Where the related person lives, seen from this client", example = "ORIGIN_HOUSEHOLD")
        Residence residence,

        @Sensitive(tier = S1, category = HOUSEHOLD) LocalDate since,

        @Sensitive(tier = S1, category = HOUSEHOLD) @Schema(description = "Set once the link has ended")
        LocalDate until,

        @Sensitive(tier = S1, category = HOUSEHOLD) Boolean active,
        @Sensitive(tier = S1, category = HOUSEHOLD) HouseholdMember relatedClient,
        @Sensitive(tier = S1, category = HOUSEHOLD) Instant createdAt,

        @Sensitive(tier = S1, category = HOUSEHOLD) @Schema(description = "The link's ETag value, for If-Match")
        Long version)
        implements Identified, Versioned {

    static HouseholdLinkView of(ClientLink link, UUID viewer, HouseholdMember related, Tier ceiling) {
        return of(link, viewer, related, ceiling, false);
    }

    /** The link cut to {@code ceiling}; a link with a minor (either side) is household data about a child: S2. */
    static HouseholdLinkView of(
            ClientLink link, UUID viewer, HouseholdMember related, Tier ceiling, boolean aboutAMinor) {
        ClientLink.Side side = link.seenFrom(viewer);
        HouseholdLinkView full = new HouseholdLinkView(
                link.id(),
                viewer,
                side.type(),
                side.residence(),
                link.since(),
                link.until(),
                link.active(),
                related,
                link.createdAt(),
                link.version());
        return Projection.upTo(full, ceiling, aboutAMinor);
    }
}
