package org.mrc.casework.privacy;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The optional {@value ClientAccess#REASON_HEADER} header of every read of a client record, declared once:
 * {@code @BeanParam AccessReasonParam reason} in a resource method, {@code reason.value()} (the raw header, null when
 * absent) for {@link ClientAccess#read}.
 */
public class AccessReasonParam {

    @Parameter(description = ClientAccess.REASON_DESCRIPTION)
    @HeaderParam(ClientAccess.REASON_HEADER)
    String value;

    /** The raw header; null when absent. */
    public String value() {
        return value;
    }
}
