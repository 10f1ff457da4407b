package org.mrc.casework.client.humancapital;

import static org.mrc.casework.privacy.DataCategory.SKILLS;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;

/** A language the client speaks, at a CEFR level where known. */
@Schema(name = "ClientLanguage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LanguageView(
        @Sensitive(tier = S0, category = SKILLS) UUID id,

        @Sensitive(tier = S0, category = SKILLS) @Schema(example = "de")
        String language,

        @Sensitive(tier = S0, category = SKILLS) CefrLevel level,
        @Sensitive(tier = S0, category = SKILLS) Boolean certified,
        @Sensitive(tier = S0, category = SKILLS) String certificateName)
        implements Identified {}
