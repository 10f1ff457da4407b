package org.mrc.casework.client;

import static org.mrc.casework.client.DataCategory.IDENTITY;
import static org.mrc.casework.client.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.client.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The other person of a household link. Only ever their ordinary (S0) summary: the grant a caller holds over one
 * client never extends to that client's relatives. A relative outside the caller's offices is shown by id and
 * reference only ({@code inCallerScope=false}); opening their record is a separate read that needs a stated reason.
 */
@Schema(name = "HouseholdMember")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdMember(
        @Sensitive(tier = S0, category = IDENTITY) UUID id,

        @Sensitive(tier = S0, category = IDENTITY) @Schema(example = "BTG-2026-000123")
        String reference,

        @Sensitive(tier = S0, category = IDENTITY) @Schema(description = "Given and family name, or the pseudonym")
        String displayName,

        @Sensitive(tier = S0, category = IDENTITY) Sex sex,
        @Sensitive(tier = S0, category = IDENTITY) Integer birthYear,
        @Sensitive(tier = S0, category = IDENTITY) Set<ClientRole> roles,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) String currentPhase,

        @Sensitive(tier = S0, category = IDENTITY)
        @Schema(
                description = "False when the person's record is outside the caller's offices: only id and reference"
                        + " are shown")
        Boolean inCallerScope) {

    public HouseholdMember {
        // in enum order however it was built (a replayed response is read back into a hash set)
        if (roles != null) {
            Set<ClientRole> ordered = EnumSet.noneOf(ClientRole.class);
            ordered.addAll(roles);
            roles = Collections.unmodifiableSet(ordered);
        }
    }

    static HouseholdMember of(Client client, boolean inCallerScope) {
        if (!inCallerScope) {
            return new HouseholdMember(client.id(), client.reference(), null, null, null, null, null, false);
        }
        ClientSummary summary = client.summary(null);
        HouseholdMember member = new HouseholdMember(
                summary.id(),
                summary.reference(),
                summary.displayName(),
                summary.sex(),
                summary.birthYear(),
                summary.roles(),
                summary.currentPhase(),
                true);
        return Projection.upTo(member, S0);
    }
}
