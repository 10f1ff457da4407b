package org.mrc.casework.reporting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * The dimensions a report is broken down by, as asked: each one the report offers, none twice, at most
 * {@link Suppression#MAX_DIMENSIONS}, and a sensitive one only for a caller with sensitive access.
 */
final class ReportBreakdown {

    static final ProblemType SENSITIVE_DIMENSION = new ProblemType(
            "sensitive-dimension", 403, "This breakdown uses highly sensitive data and is not available to the caller");

    private ReportBreakdown() {}

    static List<Dimension> of(Report report, List<String> asked, boolean sensitiveAccess) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : asked) {
            if (!report.dimensions().containsKey(name)) {
                throw ApiException.invalid(FieldError.query(
                        "dimensions", "each must be one of " + String.join(", ", report.dimensionNames())));
            }
            if (!names.add(name)) {
                throw ApiException.invalid(FieldError.query("dimensions", "names a dimension twice"));
            }
        }
        if (names.size() > Suppression.MAX_DIMENSIONS) {
            throw ApiException.invalid(
                    FieldError.query("dimensions", "at most " + Suppression.MAX_DIMENSIONS + " dimensions"));
        }
        List<Dimension> dimensions =
                names.stream().map(report.dimensions()::get).toList();
        for (Dimension dimension : dimensions) {
            if (dimension.sensitive() && !sensitiveAccess) {
                throw new ApiException(
                        SENSITIVE_DIMENSION,
                        "This breakdown is open only to analysts, and only where the deployment enables it",
                        List.of(new FieldError("dimensions", "query", dimension.name() + " is a sensitive dimension")));
            }
        }
        return dimensions;
    }
}
