package org.mrc.casework.privacy;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@value ClientAccess#REASON_HEADER} header where it is required even within scope (a subject access request),
 * declared once: {@code @BeanParam RequiredAccessReasonParam reason}, {@code reason.value()} for
 * {@link ClientAccess#readWhole} (400 when absent).
 */
public class RequiredAccessReasonParam {

    @Parameter(
            description = "Required here, also for staff of the owning office: " + ClientAccess.REASON_DESCRIPTION,
            required = true)
    @HeaderParam(ClientAccess.REASON_HEADER)
    String value;

    /** The raw header; null when absent (refused by the access check). */
    public String value() {
        return value;
    }
}
