package org.mrc.casework.reporting;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A report request as received: raw query parameters, validated by {@link ReportService}. */
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
                description = "Up to 3 comma-separated breakdown dimensions from the report's list (each"
                        + " report's description names the ones it accepts)",
                example = "sex,ageBand",
                style = ParameterStyle.FORM,
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = ReportDimension.class, maxItems = 3))
        @QueryParam("dimensions")
        String dimensions) {}
