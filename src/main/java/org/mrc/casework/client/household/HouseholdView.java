package org.mrc.casework.client.household;

import static org.mrc.casework.privacy.DataCategory.HOUSEHOLD;
import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;

/**
 * A client's household in one response: every link (active first, then ended ones) seen from this client, each with
 * the related person's summary. {@code visibility} says up to which tier this copy was cut.
 */
@Schema(name = "Household")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdView(
        @Sensitive(tier = S0, category = IDENTITY) UUID clientId,
        @Sensitive(tier = S1, category = HOUSEHOLD) List<HouseholdLinkView> links,
        @Sensitive(tier = S0, category = IDENTITY) Tier visibility) {

    static HouseholdView of(UUID clientId, List<HouseholdLinkView> links, Tier ceiling, boolean aboutAMinor) {
        return Projection.upTo(new HouseholdView(clientId, List.copyOf(links), ceiling), ceiling, aboutAMinor);
    }
}
