package org.mrc.casework.reporting;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Produces reports: decides the period ({@link ReportPeriods}), the breakdown ({@link ReportBreakdown}) and the
 * offices covered ({@link ReportScope}) for the caller, reads the rollup ({@link ReportQuery}) and has every
 * period's table suppressed and assembled ({@link ReportAssembly}) before anything leaves.
 */
@ApplicationScoped
public class ReportService {

    static final ProblemType NOT_READY =
            new ProblemType("report-not-ready", 503, "The report's figures have not been computed yet; retry shortly");

    private final ReportQuery query;
    private final ReportPeriods periods;
    private final ReportScope scope;
    private final CurrentCaller currentCaller;
    private final ReportingConfig config;
    private final ReportRefresh refresh;
    private final Clock clock;

    ReportService(
            ReportQuery query,
            ReportPeriods periods,
            ReportScope scope,
            CurrentCaller currentCaller,
            ReportingConfig config,
            ReportRefresh refresh,
            Clock clock) {
        this.query = query;
        this.periods = periods;
        this.scope = scope;
        this.currentCaller = currentCaller;
        this.config = config;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** The report for the current caller, once the gate admits it (before its transaction starts). */
    @ReportGate.Gated
    @Transactional
    @Audited(action = "report.read", resource = "report")
    public ReportView run(Report report, ReportQuestion question) {
        Caller caller = currentCaller.get();
        boolean sensitiveAccess = caller.has(Roles.ANALYST) && config.sensitiveDimensions();
        Period period = periods.period(report, question);
        List<Dimension> requested = ReportBreakdown.of(report, question.dimensions(), sensitiveAccess);
        Set<UUID> offices = scope.offices(caller, question.office());

        List<Dimension> all = new ArrayList<>();
        if (report.implicit() != null) {
            all.add(report.implicit());
        }
        all.addAll(requested);
        List<String> columns =
                all.stream().map(d -> d.columnFor(sensitiveAccess)).toList();
        Measures measures = report.measures();
        boolean supplemented = measures.supplement() != null
                && requested.stream()
                        .allMatch(d -> d.officeKeyed()
                                || measures.supplement().dimensions().contains(d.name()));
        try {
            Instant dataAsOf = query.refreshedAt(report);
            if (dataAsOf == null) {
                throw new ApiException(NOT_READY, "The reporting rollups are being computed for the first time");
            }
            var sums = query.sums(report, period, offices, new ReportQuery.Breakdown(all, columns), supplemented);
            List<String> names = all.stream().map(Dimension::name).toList();
            Suppression suppression = new Suppression(config.threshold());
            ReportAssembly.Assembled assembled =
                    new ReportAssembly(report, names, supplemented, suppression).assemble(sums);
            return new ReportView(
                    report.label(),
                    report.unit(),
                    Report.CASE_DATA_NOTE,
                    new ReportParameters(
                            period.from().toString(),
                            period.to().toString(),
                            period.granularity(),
                            question.office(),
                            requested.stream().map(Dimension::name).toList()),
                    names,
                    clock.instant(),
                    dataAsOf,
                    config.threshold(),
                    assembled.withheld(),
                    assembled.cells(),
                    assembled.totals());
        } catch (SQLException e) {
            throw new IllegalStateException("report query failed", e);
        }
    }

    /** Rebuilds the rollups now (admin). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    @Audited(action = "report.refresh", resource = "report")
    public RefreshView refresh() {
        return refresh.refreshNow();
    }
}
