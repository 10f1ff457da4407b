package org.mrc.casework.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.reporting.ReportCell;

/**
 * The local migration profile of a territory for a period. Every figure comes from a report, suppressed as every
 * report is; each indicator says where it comes from, as of when, and that case data under-count irregular migration.
 * Qualitative themes and recommendations are placeholders for the planning office to write.
 */
@Schema(name = "LocalMigrationProfile")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalMigrationProfile(
        String title,
        Territory territory,
        Period period,
        Instant generatedAt,

        @Schema(description = "Counts from 1 to threshold - 1 are withheld everywhere in the profile")
        int threshold,

        String caveat,
        List<Indicator> trends,
        List<DataSource> dataSources,
        LocalActors localActors,
        Governance governance,
        List<Placeholder> qualitativeThemes,
        List<Placeholder> recommendations) {

    /** The office whose subtree the profile covers, and every office in it. */
    @Schema(name = "ProfileTerritory")
    public record Territory(String officeCode, String officeName, String country, List<Office> offices) {}

    @Schema(name = "ProfileOffice")
    public record Office(
            String code, String name, String kind, String locality, String territorySide, String parentCode) {}

    @Schema(name = "ProfilePeriod")
    public record Period(String from, String to, String granularity) {}

    /**
     * One trend: the figures of one report by sex (and, for some, one more breakdown), per period, as published.
     *
     * @param report the report the figures come from (its path under /reports)
     * @param source where the figures come from
     * @param dataAsOf when the figures were last recomputed from the case records
     */
    @Schema(name = "ProfileIndicator")
    public record Indicator(
            String id,
            String title,
            String report,
            String unit,
            String source,
            Instant dataAsOf,
            String caveat,
            int threshold,
            int suppressedCells,
            List<String> dimensions,
            List<ReportCell> cells,
            List<ReportCell> totals) {}

    @Schema(name = "ProfileDataSource")
    public record DataSource(String name, String description, Instant asOf, String coverage) {}

    @Schema(name = "ProfileLocalActors")
    public record LocalActors(List<Actor> partners, List<Initiative> initiatives) {}

    /** A partner organisation offering services in the territory. */
    @Schema(name = "ProfileActor")
    public record Actor(UUID partnerId, String name, List<String> types, String locality, List<String> services) {}

    /** An offering available in the territory: in-house at an office, or by a partner. */
    @Schema(name = "ProfileInitiative")
    public record Initiative(
            UUID offeringId,
            String serviceType,
            String provider,
            String locality,
            boolean inHouse,
            boolean extendedMainstream) {}

    @Schema(name = "ProfileGovernance")
    public record Governance(String coordinatingOffice, List<Office> offices, List<Placeholder> arrangements) {}

    /** A section for the planning office to write: what it should cover. */
    @Schema(name = "ProfilePlaceholder")
    public record Placeholder(String heading, String prompt) {}
}
