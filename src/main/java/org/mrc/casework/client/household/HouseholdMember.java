package org.mrc.casework.client.household;

import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.ClientSummary;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.Sex;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;

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
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) MigrationPhase currentPhase,

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

    static HouseholdMember of(ClientSummary summary, boolean inCallerScope) {
        if (!inCallerScope) {
            return new HouseholdMember(summary.id(), summary.reference(), null, null, null, null, null, false);
        }
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
