package org.mrc.casework.client.episode;

import static org.mrc.casework.privacy.DataCategory.LEGAL_AND_PROTECTION;
import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.Tier.S1;
import static org.mrc.casework.privacy.Tier.S2;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;

/**
 * The return details as one caller may see them. The circumstance is in one of two components according to its
 * tier ({@link ReturnCircumstance#tier()}): an expulsion, or a circumstance the person did not disclose, is in
 * {@code protectedCircumstance} (S2) and is absent below S2, where the two cannot be told apart.
 */
@Schema(name = "ReturnDetailsView")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReturnDetailsView(
        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "Why the person came back, unless that is protected (see protectedCircumstance)")
        ReturnCircumstance circumstance,

        @Sensitive(tier = S2, category = LEGAL_AND_PROTECTION)
        @Schema(description = "DEPORTED_EXPELLED or UNDISCLOSED; only the owning office sees it (S2)")
        ReturnCircumstance protectedCircumstance,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) CycleCompleteness completeness,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "The return-readiness checklist, each factor cut to the caller's tier")
        ReturnReadiness readiness,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) ReturnIntention intention) {

    /**
     * The recorded details cut to {@code ceiling}: the checklist is cut factor by factor, then the whole by
     * {@link Projection}.
     */
    public static ReturnDetailsView of(ReturnDetails details, Tier ceiling, boolean minor) {
        boolean shown = details.circumstance().tier() == S1;
        ReturnDetailsView full = new ReturnDetailsView(
                shown ? details.circumstance() : null,
                shown ? null : details.circumstance(),
                details.completeness(),
                Projection.upTo(details.answeredReadiness(), ceiling, minor),
                details.intention());
        return Projection.upTo(full, ceiling, minor);
    }
}
