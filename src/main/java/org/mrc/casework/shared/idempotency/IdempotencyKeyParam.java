package org.mrc.casework.shared.idempotency;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code Idempotency-Key} header every create takes, declared once: {@code @BeanParam IdempotencyKeyParam key}
 * in a resource method, {@code key.key()} for the service, which passes it to {@link Idempotency#once}. The key is
 * bound to the operation it was sent to, named by the resource method's operationId (unique in the contract,
 * checked by {@code ContractTest}): the one place the operation is named.
 */
public class IdempotencyKeyParam {

    @Parameter(description = "Makes retries safe: the same key and body return the first response")
    @HeaderParam(Idempotency.HEADER)
    String value;

    @Context
    ResourceInfo resource;

    /** The key as sent (null value when absent) and the operationId of the operation it was sent to. */
    public Idempotency.Key key() {
        Operation operation = resource.getResourceMethod().getAnnotation(Operation.class);
        if (operation == null || operation.operationId().isEmpty()) {
            throw new IllegalStateException(
                    "An operation taking an Idempotency-Key has no operationId: " + resource.getResourceMethod());
        }
        return new Idempotency.Key(value, operation.operationId());
    }
}
