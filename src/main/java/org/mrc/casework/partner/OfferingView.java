package org.mrc.casework.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A service type offered by a partner at one of its locations, or by an office of the centre (in-house). Country
 * and locality are those of the location or office. {@code version} is also the ETag.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Offering")
public record OfferingView(
        UUID id,
        UUID serviceTypeId,
        @Schema(example = "LANGUAGE_COURSE") String serviceType,
        UUID partnerId,
        UUID locationId,
        UUID providerOfficeId,
        @Schema(example = "PH") String country,
        @Schema(example = "Batangas City") String locality,
        String description,
        List<String> languages,
        String eligibility,
        Integer minAge,
        Integer maxAge,
        String fees,
        String capacityNote,

        @Schema(description = "Who the offering is for; enrolment checks these rules")
        EligibilityRules rules,

        OfferingStatus status,
        Long version)
        implements Identified, Versioned {}
