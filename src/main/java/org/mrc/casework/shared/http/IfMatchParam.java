package org.mrc.casework.shared.http;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code If-Match} header every update takes, declared once: {@code @BeanParam IfMatchParam ifMatch} in a
 * resource method, {@code ifMatch.version()} for the service (428 when absent, 412 when weak, 400 when not ours).
 */
public class IfMatchParam {

    public static final String HEADER = "If-Match";

    @Parameter(
            description = "ETag of the version being changed, as last read (for an entry of the human-capital"
                    + " document: the entry's version, quoted); 428 when absent, 412 when the resource changed since",
            required = true)
    @HeaderParam(HEADER)
    String value;

    /** The version the caller based the update on. */
    public long version() {
        return IfMatch.expectedVersion(value);
    }
}
