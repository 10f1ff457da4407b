package org.mrc.casework.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mrc.casework.security.CallerClaims;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.RequestIds;

/**
 * Makes every refused attempt by an identified caller leave an audit row, wherever the refusal arose: a role
 * check by Quarkus security (403 before any service runs), a scope claim the token lacks or misshapes (403 before
 * matching), or a 403/404 raised outside an {@link Audited} method. Refusals inside an audited method are already
 * recorded by {@link AuditInterceptor}, which says so through {@link AuditContext}; this filter records the rest.
 *
 * <p>The row is written in a transaction of its own (the request's, if any, has rolled back). It names the caller
 * (subject, roles, office or partner when the token's claims are usable), the operation attempted (its
 * operationId), the kind of record its path starts with, the first record id in the path, and the request id:
 * never a value the caller sent other than an id. A 404 for a path that matches no operation is not an attempt on
 * any record and is not recorded; unauthenticated requests (401) have nobody to attribute the attempt to and leave
 * a WARN line instead (see {@code security.RejectedTokens}).
 */
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class);
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private final AuditLog log;
    private final AuditContext context;
    private final CurrentIdentityAssociation identities;
    private final CallerClaims claims;
    private final io.vertx.mutiny.core.Vertx vertx;

    public RefusalAudit(
            AuditLog log,
            AuditContext context,
            CurrentIdentityAssociation identities,
            CallerClaims claims,
            io.vertx.mutiny.core.Vertx vertx) {
        this.log = log;
        this.context = context;
        this.identities = identities;
        this.claims = claims;
        this.vertx = vertx;
    }

    @ServerResponseFilter
    public Uni<Void> recordRefusal(
            ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        int status = response.getStatus();
        if ((status != 403 && status != 404) || context.refusalRecorded()) {
            return Uni.createFrom().voidItem();
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null && status == 404) {
            return Uni.createFrom().voidItem();
        }
        String requestId = RequestIds.of(request);
        return identities.getDeferredIdentity().onFailure().recoverWithNull().chain(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return Uni.createFrom().voidItem();
            }
            AuditEvent event = event(identity, method, resource, request, requestId);
            return write(event);
        });
    }

    private AuditEvent event(
            SecurityIdentity identity,
            Method method,
            ResourceInfo resource,
            ContainerRequestContext request,
            String requestId) {
        if (method == null) {
            // refused before matching: the token's scope claims are missing or unusable
            return new AuditEvent(
                    CurrentCaller.forRefusal(identity, claims),
                    "token.claims",
                    "token",
                    null,
                    requestId,
                    AuditOutcome.DENIED);
        }
        Operation operation = method.getAnnotation(Operation.class);
        String action =
                operation != null && !operation.operationId().isBlank() ? operation.operationId() : method.getName();
        List<String> template = template(resource.getResourceClass(), method);
        return new AuditEvent(
                CurrentCaller.forRefusal(identity, claims),
                action,
                resourceType(template),
                firstIdInPath(template, request),
                requestId,
                AuditOutcome.DENIED);
    }

    private Uni<Void> write(AuditEvent event) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            append(event);
            return Uni.createFrom().voidItem();
        }
        // refused on the I/O thread (before matching, or by the role check): write on a worker, resume here
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
                    append(event);
                    return (Void) null;
                }))
                .replaceWithVoid();
    }

    private void append(AuditEvent event) {
        try {
            log.appendIndependently(event);
        } catch (RuntimeException e) {
            // the refusal stands (nothing was disclosed or changed); the missing row is reported loudly
            LOG.errorf(e, "Could not audit a refused request %s", event.requestId());
        }
    }

    /** The path template's segments, e.g. {@code [clients, {id}, consents, {consentId}]}. */
    private static List<String> template(Class<?> resourceClass, Method method) {
        List<String> segments = new ArrayList<>();
        for (Path path : new Path[] {resourceClass.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
            if (path != null) {
                for (String segment : path.value().split("/")) {
                    if (!segment.isEmpty()) {
                        segments.add(segment);
                    }
                }
            }
        }
        return segments;
    }

    /** The kind of record an operation's path starts with, singular like the audited actions': clients -> client. */
    static String resourceType(List<String> template) {
        if (template.isEmpty()) {
            return "service";
        }
        String first = template.get(0);
        return first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
    }

    /** The first path parameter that holds a record id; other path values are never recorded. */
    private static UUID firstIdInPath(List<String> template, ContainerRequestContext request) {
        for (String segment : template) {
            Matcher parameter = TEMPLATE_PARAMETER.matcher(segment);
            if (parameter.matches()) {
                String value = request.getUriInfo().getPathParameters().getFirst(parameter.group(1));
                try {
                    return value == null ? null : UUID.fromString(value);
                } catch (IllegalArgumentException notAnId) {
                    // an office code or service-type code, or a malformed id: not recorded
                }
            }
        }
        return null;
    }
}
