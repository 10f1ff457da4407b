package org.mrc.casework.consent;

import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A consent as staff read it, with its status now. What a client agreed to share, and with whom, is sensitive (S1):
 * staff outside the owning office may read it with a stated reason, as they may the rest of the S1 record.
 * Consents are about the person as a whole, so their fields are declared under the identity category.
 */
@Schema(name = "Consent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentView(
        @Sensitive(tier = S0, category = IDENTITY) UUID id,
        @Sensitive(tier = S0, category = IDENTITY) UUID clientId,
        @Sensitive(tier = S1, category = IDENTITY) ConsentPurpose purpose,
        @Sensitive(tier = S1, category = IDENTITY) UUID recipientPartnerId,
        @Sensitive(tier = S1, category = IDENTITY) PartnerType recipientPartnerType,
        @Sensitive(tier = S1, category = IDENTITY) UUID recipientOfficeId,
        @Sensitive(tier = S1, category = IDENTITY) Set<DataCategory> dataCategories,
        @Sensitive(tier = S1, category = IDENTITY) ConsentMethod givenHow,
        @Sensitive(tier = S1, category = IDENTITY) Instant givenAt,
        @Sensitive(tier = S1, category = IDENTITY) Instant expiresAt,

        @Sensitive(tier = S1, category = IDENTITY) @Schema(description = "Computed at the time of the response")
        ConsentStatus status,

        @Sensitive(tier = S1, category = IDENTITY) Instant withdrawnAt,
        @Sensitive(tier = S1, category = IDENTITY) String withdrawalNote,
        @Sensitive(tier = S1, category = IDENTITY) String withdrawalRecordedBy,
        @Sensitive(tier = S1, category = IDENTITY) Instant withdrawalRecordedAt,

        @Sensitive(tier = S1, category = IDENTITY) @Schema(description = "Subject of the staff member who recorded it")
        String recordedBy,

        @Sensitive(tier = S1, category = IDENTITY) Instant recordedAt,
        @Sensitive(tier = S0, category = IDENTITY) Long version)
        implements Identified, Versioned {

    public ConsentView {
        // in enum order however it was built (a replayed response is read back into a hash set)
        dataCategories = dataCategories == null ? null : ordered(dataCategories);
    }

    private static Set<DataCategory> ordered(Set<DataCategory> categories) {
        Set<DataCategory> ordered = EnumSet.noneOf(DataCategory.class);
        ordered.addAll(categories);
        return Collections.unmodifiableSet(ordered);
    }
}
