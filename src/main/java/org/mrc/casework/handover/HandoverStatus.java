package org.mrc.casework.handover;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a handover stands: proposed by the sending office, then accepted or declined by the receiving one, or withdrawn. */
@Schema(name = "HandoverStatus")
public enum HandoverStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
