package org.mrc.casework.client.humancapital;

import static org.mrc.casework.privacy.DataCategory.SITUATION;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * An occupation (or a spell without work) in one period of the migration cycle. Employment history is sensitive
 * (S1, situation). {@code version} is the value If-Match takes to end or remove it.
 */
@Schema(name = "ClientEmployment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmploymentView(
        @Sensitive(tier = S1, category = SITUATION) UUID id,
        @Sensitive(tier = S1, category = SITUATION) EmploymentPeriod period,
        @Sensitive(tier = S1, category = SITUATION) String occupationTitle,
        @Sensitive(tier = S1, category = SITUATION) Integer iscoMajorGroup,
        @Sensitive(tier = S1, category = SITUATION) String country,
        @Sensitive(tier = S1, category = SITUATION) EmploymentStatus employmentStatus,
        @Sensitive(tier = S1, category = SITUATION) LocalDate from,
        @Sensitive(tier = S1, category = SITUATION) LocalDate to,
        @Sensitive(tier = S1, category = SITUATION) Boolean current,
        @Sensitive(tier = S1, category = SITUATION) Long version)
        implements Identified, Versioned {}
