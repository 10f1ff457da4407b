package org.mrc.casework.client.episode;

import static org.mrc.casework.privacy.DataCategory.LEGAL_AND_PROTECTION;
import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.Tier.S1;
import static org.mrc.casework.privacy.Tier.S2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;

/**
 * The return-readiness checklist: the eleven factors of the return-preparation exercise (domain brief, section 8),
 * each YES, NO or NOT_RECORDED (an absent answer is NOT_RECORDED). The factors describe needs: they are never
 * summed into a score and never decide eligibility, so this type offers no way to combine them. An expulsion is
 * highly sensitive (S2) and is absent for callers below S2, where it cannot be told from an unanswered factor.
 */
@Schema(
        name = "ReturnReadiness",
        description = "The eleven factors of the return-preparation exercise, each YES, NO or NOT_RECORDED."
                + " Descriptive only: never summed into a score, never used for eligibility.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReturnReadiness(
        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "The person has a high level of education")
        ReadinessAnswer highEducationLevel,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "The person had time to organise the return")
        ReadinessAnswer timeToOrganise,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "The return was supported by an institution or programme")
        ReadinessAnswer institutionalAssistance,

        @Sensitive(tier = S2, category = LEGAL_AND_PROTECTION)
        @Schema(description = "The person was expelled (S2: only the owning office sees it)")
        ReadinessAnswer expelled,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "Savings or capital were accumulated abroad")
        ReadinessAnswer capitalAccumulated,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) @Schema(description = "The person worked formally abroad")
        ReadinessAnswer formalWorkAbroad,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) @Schema(description = "The person worked informally abroad")
        ReadinessAnswer informalWorkAbroad,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) @Schema(description = "The person did not work abroad")
        ReadinessAnswer noWorkAbroad,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "The person was a member of an association abroad")
        ReadinessAnswer associationMember,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY) @Schema(description = "The person was helped by an NGO")
        ReadinessAnswer ngoHelp,

        @Sensitive(tier = S1, category = MIGRATION_HISTORY)
        @Schema(description = "Social-security rights were kept after the return")
        ReadinessAnswer socialSecurityAfterReturn) {

    /** Every factor NOT_RECORDED. */
    static final ReturnReadiness NOT_RECORDED = fromStored(new Boolean[11]);

    /** The answers as stored (true, false, null), in declaration order. */
    Boolean[] stored() {
        return Arrays.stream(answers()).map(ReadinessAnswer::storedOf).toArray(Boolean[]::new);
    }

    /** The checklist from stored answers in declaration order; a null is NOT_RECORDED. */
    static ReturnReadiness fromStored(Boolean... stored) {
        ReadinessAnswer[] a = Arrays.stream(stored).map(ReadinessAnswer::of).toArray(ReadinessAnswer[]::new);
        return new ReturnReadiness(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]);
    }

    /** The person answered YES to the expulsion factor: what is written with it takes its tier. */
    boolean expulsionRecorded() {
        return expelled == ReadinessAnswer.YES;
    }

    private ReadinessAnswer[] answers() {
        return new ReadinessAnswer[] {
            highEducationLevel,
            timeToOrganise,
            institutionalAssistance,
            expelled,
            capitalAccumulated,
            formalWorkAbroad,
            informalWorkAbroad,
            noWorkAbroad,
            associationMember,
            ngoHelp,
            socialSecurityAfterReturn
        };
    }
}
