package org.mrc.casework.audit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.http.RequestIds;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.problem.ApiException;

/**
 * Runs inside the method's transaction (after the transaction interceptor), so a successful call and its audit
 * row commit or roll back together. Refused or failed attempts are recorded in a separate transaction, because
 * the call's own transaction will not commit.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class AuditInterceptor {

    /** Appended to the action of a create that was answered by replaying an earlier one (Idempotency-Key). */
    static final String REPLAY = ".replay";

    private final AuditLog log;
    private final CurrentCaller caller;
    private final AuditContext auditContext;

    AuditInterceptor(AuditLog log, CurrentCaller caller, AuditContext context) {
        this.log = log;
        this.caller = caller;
        this.auditContext = context;
    }

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        Audited audited = context.getMethod().getAnnotation(Audited.class);
        UUID parameterId = audited.idFrom() == Audited.IdFrom.RESULT ? null : firstUuid(context.getParameters());
        Object result;
        try {
            result = context.proceed();
        } catch (ApiException e) {
            int status = e.type().status();
            AuditOutcome outcome = status == 403 || status == 404 ? AuditOutcome.DENIED : AuditOutcome.FAILED;
            log.appendIndependently(event(audited, parameterId, outcome));
            if (outcome == AuditOutcome.DENIED) {
                auditContext.refusalRecorded(true);
            }
            throw e;
        }
        UUID id = parameterId != null ? parameterId : idOf(result);
        // a replayed create is recorded as such: the caller received the resource again, nothing was created
        boolean replayed = result instanceof Idempotency.Outcome<?> outcome && outcome.replayed();
        log.append(event(audited, replayed ? audited.action() + REPLAY : audited.action(), id, AuditOutcome.SUCCESS));
        return result;
    }

    private AuditEvent event(Audited audited, UUID resourceId, AuditOutcome outcome) {
        return event(audited, audited.action(), resourceId, outcome);
    }

    private AuditEvent event(Audited audited, String action, UUID resourceId, AuditOutcome outcome) {
        return new AuditEvent(
                caller.get(),
                action,
                audited.resource(),
                resourceId,
                RequestIds.current(),
                outcome,
                auditContext.purpose(),
                auditContext.reason());
    }

    private static UUID firstUuid(Object[] parameters) {
        for (Object parameter : parameters) {
            if (parameter instanceof UUID id) {
                return id;
            }
        }
        return null;
    }

    private static UUID idOf(Object result) {
        if (result instanceof Identified identified) {
            return identified.id();
        }
        if (result instanceof Idempotency.Outcome<?> outcome) {
            return outcome.view().id();
        }
        return null;
    }
}
