package org.mrc.casework.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * The period a report covers: the defaults (the twelve months to the current one) and the rules (no future month, at
 * most {@value #MAX_MONTHS} months, stock figures only as far back as the rollups keep month ends).
 */
@ApplicationScoped
class ReportPeriods {

    static final int MAX_MONTHS = 120;

    private final ReportingConfig config;
    private final Clock clock;

    ReportPeriods(ReportingConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The current month, as reports see it. */
    YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    Period period(Report report, ReportQuestion question) {
        YearMonth current = currentMonth();
        YearMonth to = question.to() == null ? current : question.to();
        YearMonth from = question.from() == null ? to.minusMonths(11) : question.from();
        if (from.isAfter(to)) {
            throw ApiException.invalid(FieldError.query("from", "must not be after to"));
        }
        if (to.isAfter(current)) {
            throw ApiException.invalid(FieldError.query("to", "must not be after the current month"));
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw ApiException.invalid(FieldError.query("from", "a report covers at most " + MAX_MONTHS + " months"));
        }
        Granularity granularity = question.granularity();
        Period period = new Period(from, to, granularity);
        if (report.stock()) {
            YearMonth earliest = current.minusMonths(config.snapshotMonths() - 1L);
            if (period.snapshotMonths().get(0).isBefore(earliest)) {
                throw ApiException.invalid(FieldError.query(
                        granularity == null ? "to" : "from",
                        "stock figures are kept for the month ends since " + earliest));
            }
        }
        return period;
    }
}
