package org.mrc.casework.shared.idempotency;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code Idempotency-Key} header every create takes, declared once: {@code @BeanParam IdempotencyKeyParam key}
 * in a resource method, {@code key.value()} (null when absent) for the service, which passes it to
 * {@link Idempotency#once}.
 */
public class IdempotencyKeyParam {

    @Parameter(description = "Makes retries safe: the same key and body return the first response")
    @HeaderParam(Idempotency.HEADER)
    String value;

    /** The key as sent; null when absent. */
    public String value() {
        return value;
    }
}
