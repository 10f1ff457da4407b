package org.mrc.casework.reporting;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's list of breakdown dimension names (the {@code dimensions} parameter of every report), so that a
 * generated client offers them as codes. Each report accepts the subset its description names. Only a schema:
 * {@code ReportDimensionTest} keeps this list equal to the dimensions the reports declare.
 */
@Schema(
        name = "ReportDimension",
        type = SchemaType.STRING,
        enumeration = {
            "administrativeStatus",
            "ageBand",
            "attending",
            "category",
            "circumstance",
            "completeness",
            "country",
            "destinationCountry",
            "level",
            "migrantPhase",
            "mode",
            "nationality",
            "office",
            "originLocality",
            "outcome",
            "parentMigrated",
            "partner",
            "phase",
            "provider",
            "reason",
            "recognitionStatus",
            "relation",
            "role",
            "serviceType",
            "sex",
            "status",
            "subStage",
            "territorySide",
            "vulnerability",
            "zone"
        })
final class ReportDimension {

    private ReportDimension() {}
}
