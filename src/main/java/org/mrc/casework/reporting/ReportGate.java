package org.mrc.casework.reporting;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Bounds how many reports are computed at once ({@code mrc.reporting.concurrency}), below the connection pool, so
 * that slow report questions queue among themselves instead of taking every connection from case work. A report that
 * cannot start within {@code mrc.reporting.queue-wait} is answered 503 {@code report-busy} with Retry-After; the
 * caller's place is not kept (no queue beyond the threads already waiting).
 */
@ApplicationScoped
class ReportGate {

    /**
     * Marks a method that computes a report: it runs through the gate before its transaction starts (so a waiting
     * request holds no connection).
     */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface Gated {}

    @Gated
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    static class Admission {

        private final ReportGate gate;

        Admission(ReportGate gate) {
            this.gate = gate;
        }

        @AroundInvoke
        Object admit(InvocationContext context) throws Exception {
            return gate.through(context::proceed);
        }
    }

    static final ProblemType BUSY =
            new ProblemType("report-busy", 503, "Too many reports are being computed at once; retry shortly");

    /** Seconds a refused caller is asked to wait. */
    static final String RETRY_AFTER_SECONDS = "2";

    private final Semaphore permits;
    private final long waitMillis;

    ReportGate(ReportingConfig config) {
        this.permits = new Semaphore(config.concurrency(), true);
        this.waitMillis = config.queueWait().toMillis();
    }

    /** Runs {@code report} once a permit is free, or refuses with 503 when none frees up in time. */
    <T> T through(Callable<T> report) throws Exception {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ApiException(
                    BUSY,
                    "Every report slot stayed busy while this request waited; retry after the indicated delay",
                    List.of(),
                    Map.of(),
                    Map.of("Retry-After", RETRY_AFTER_SECONDS));
        }
        try {
            return report.call();
        } finally {
            permits.release();
        }
    }
}
