package org.mrc.casework.servicelog;

import static org.mrc.casework.privacy.DataCategory.SITUATION;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;

/** A client's attendance at a group session, as the client's timeline shows it. */
@Schema(name = "SessionAttendance")
@JsonTypeName("SESSION_ATTENDED") // its detailsKind on a timeline (TimelineEntry.details)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionAttendanceView(
        @Sensitive(tier = S0, category = SITUATION) UUID sessionId,
        @Sensitive(tier = S0, category = SITUATION) SessionKind kind,

        @Sensitive(tier = S0, category = SITUATION) @Schema(example = "PRE_DEPARTURE_ORIENTATION")
        String serviceType,

        @Sensitive(tier = S0, category = SITUATION) UUID officeId,
        @Sensitive(tier = S0, category = SITUATION) String place) {}
