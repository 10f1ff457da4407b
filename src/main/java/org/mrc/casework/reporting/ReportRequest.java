package org.mrc.casework.reporting;

import jakarta.ws.rs.QueryParam;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * A report request as received: the raw query parameters, mapped by {@link #question()} to what the service takes.
 * Only the form of each value is checked here; what the values mean together is the service's to decide.
 */
public record ReportRequest(
        @Parameter(
                description = "First month of the period, inclusive (default: 11 months before to)",
                example = "2026-01")
        @QueryParam("from")
        String from,

        @Parameter(
                description = "Last month of the period, inclusive (default: the current month)",
                example = "2026-06")
        @QueryParam("to")
        String to,

        @Parameter(
                description = "Splits the period into a time series: MONTH, QUARTER or YEAR (default: the"
                        + " whole period as one)",
                schema = @Schema(implementation = Granularity.class))
        @QueryParam("granularity")
        String granularity,

        @Parameter(
                description = "Office code: the report covers it and every office below it (default: all"
                        + " offices; a coordinator's own subtree)",
                example = "BTG")
        @QueryParam("office")
        String office,

        @Parameter(
                description = "Up to " + Suppression.MAX_DIMENSIONS
                        + " comma-separated breakdown dimensions from the report's list (each"
                        + " report's description names the ones it accepts)",
                example = "sex,ageBand",
                style = ParameterStyle.FORM,
                explode = Explode.FALSE,
                schema =
                        @Schema(
                                type = SchemaType.ARRAY,
                                implementation = ReportDimension.class,
                                maxItems = Suppression.MAX_DIMENSIONS))
        @QueryParam("dimensions")
        String dimensions) {

    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The service's parameters; a malformed value is a problem naming its parameter. */
    ReportQuestion question() {
        return new ReportQuestion(
                yearMonth("from", from),
                yearMonth("to", to),
                Params.enumValue("granularity", granularity, Granularity.class),
                office == null || office.isBlank() ? null : office.trim(),
                dimensionNames(dimensions));
    }

    /** A year and month query parameter (2026-03), or null when absent; else a problem naming the parameter. */
    public static YearMonth yearMonth(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        try {
            if (YEAR_MONTH.matcher(value).matches()) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiException.invalid(FieldError.query(name, "must be a year and month, e.g. 2026-03"));
    }

    private static List<String> dimensionNames(String raw) {
        List<String> names = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return names;
        }
        for (String part : raw.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw ApiException.invalid(FieldError.query("dimensions", "has an empty entry"));
            }
            names.add(name);
        }
        return names;
    }
}
