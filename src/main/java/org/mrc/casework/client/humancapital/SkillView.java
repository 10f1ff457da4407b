package org.mrc.casework.client.humancapital;

import static org.mrc.casework.privacy.DataCategory.SKILLS;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;

/** A skill of a client and how it was acquired. */
@Schema(name = "ClientSkill")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SkillView(
        @Sensitive(tier = S0, category = SKILLS) UUID id,
        @Sensitive(tier = S0, category = SKILLS) String name,
        @Sensitive(tier = S0, category = SKILLS) SkillAcquisition acquired,
        @Sensitive(tier = S0, category = SKILLS) Boolean certified,
        @Sensitive(tier = S0, category = SKILLS) String country)
        implements Identified {}
