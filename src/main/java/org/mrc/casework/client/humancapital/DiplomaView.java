package org.mrc.casework.client.humancapital;

import static org.mrc.casework.privacy.DataCategory.SKILLS;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.EducationLevel;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A diploma with its recognition: {@code recognition} holds the current entry per country (by country code; a
 * country without an entry is NOT_REQUESTED), {@code history} every entry in effective order. {@code version} is
 * the value If-Match takes to remove it; recording a recognition changes it.
 */
@Schema(name = "ClientDiploma")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiplomaView(
        @Sensitive(tier = S0, category = SKILLS) UUID id,
        @Sensitive(tier = S0, category = SKILLS) String title,
        @Sensitive(tier = S0, category = SKILLS) EducationLevel level,
        @Sensitive(tier = S0, category = SKILLS) String field,
        @Sensitive(tier = S0, category = SKILLS) String issuingCountry,
        @Sensitive(tier = S0, category = SKILLS) Integer year,
        @Sensitive(tier = S0, category = SKILLS) List<RecognitionView> recognition,
        @Sensitive(tier = S0, category = SKILLS) List<RecognitionView> history,
        @Sensitive(tier = S0, category = SKILLS) Long version)
        implements Identified, Versioned {}
