package org.mrc.casework.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports, each read from one rollup table, {@code report_<rollup>} ({@code rollup} is also its name in
 * report_refresh and in its repeatable migration {@code R__report_<rollup>.sql}). Each is declared by a
 * {@link ReportDefinition} whose properties are named where they are set.
 */
public enum Report {
    CASELOAD(ReportDefinition.stock("caseload")
            .counting("clients")
            .unit("Clients with an open migration episode on the last day of each period (today for the current"
                    + " month), by the phase they were in on that day. A client with several roles or nationalities"
                    + " counts once under each when broken down by it.")
            .dimensions(
                    Dimension.of("phase", "c.phase"),
                    Dimension.of("subStage", "c.sub_stage"),
                    Dimension.many("role", "c.roles"),
                    Dimension.of("ageBand", "c.age_band"),
                    Dimension.of("sex", "c.sex"),
                    Dimension.many("nationality", "c.nationalities"),
                    Dimension.of("originLocality", "c.origin_locality"),
                    Dimension.sensitive("administrativeStatus", "c.administrative_status", false),
                    Dimension.sensitive("vulnerability", "c.vulnerabilities", true))
            .narrowerCopies(
                    RollupCopy.of("report_caseload_brief", "phase", "subStage", "ageBand", "sex"),
                    RollupCopy.of(
                            "report_caseload_core", "phase", "subStage", "role", "ageBand", "sex", "nationality"))),
    MOVEMENTS(ReportDefinition.events("movement")
            .counting("movements")
            .everyCellBy(Dimension.of("movement", "c.movement"))
            .unit("Departures (entries into the MIGRATION phase) and returns (entries into RETURN) in each period,"
                    + " by the date of the phase change. Age band on that date.")
            .dimensions(
                    Dimension.of("originLocality", "c.origin_locality"),
                    Dimension.of("destinationCountry", "c.destination_country"),
                    Dimension.of("sex", "c.sex"),
                    Dimension.of("ageBand", "c.age_band"),
                    Dimension.sensitive("administrativeStatus", "c.administrative_status", false))
            .narrowerCopies(
                    RollupCopy.of("report_movement_core", "movement", "destinationCountry", "sex", "ageBand"),
                    RollupCopy.of("report_movement_origin", "movement", "originLocality", "sex", "ageBand"))),
    RETURNEES(ReportDefinition.events("return")
            .counting("returns")
            .unit("Returns (entries into RETURN) in each period. Preparedness shares are taken among the returns for"
                    + " which the factor was recorded. Without access to sensitive dimensions, deportation,"
                    + " readmission and undisclosed circumstances are shown together as"
                    + " EXPELLED_READMITTED_OR_UNDISCLOSED; assisted voluntary return is always shown apart.")
            .measures(Measures.returnPreparedness())
            .dimensions(
                    Dimension.folded(
                            "circumstance",
                            "c.circumstance",
                            "case when c.circumstance in ('DEPORTED_EXPELLED', 'READMISSION', 'UNDISCLOSED')"
                                    + " then 'EXPELLED_READMITTED_OR_UNDISCLOSED' else c.circumstance end"),
                    Dimension.of("completeness", "c.completeness"),
                    Dimension.of("sex", "c.sex"),
                    Dimension.of("ageBand", "c.age_band"),
                    Dimension.of("destinationCountry", "c.destination_country"))
            .narrowerCopies(
                    RollupCopy.of("report_return_core", "circumstance", "completeness", "sex"),
                    RollupCopy.of("report_return_age", "circumstance", "completeness", "sex", "ageBand"))),
    FAMILIES_LEFT_BEHIND(ReportDefinition.stock("family")
            .counting("members")
            .unit("Clients with the role FAMILY_LEFT_BEHIND on the last day of each period, once per household"
                    + " member they are linked to whose episode was then in TRANSIT or MIGRATION. relation is what"
                    + " the migrated member is to them; sex and age band are the family member's.")
            .dimensions(
                    Dimension.of("relation", "c.relation"),
                    Dimension.of("migrantPhase", "c.migrant_phase"),
                    Dimension.of("sex", "c.sex"),
                    Dimension.of("ageBand", "c.age_band"))),
    REFERRALS(ReportDefinition.events("referral")
            .counting("referrals")
            .unit("Referrals created in each period by the offices covered (drafts included, entries in error left"
                    + " out), by their current status. acceptanceRate ="
                    + " accepted / (accepted + rejected); completionRate = completed / accepted. Hours to first"
                    + " response and to completion count from the request; each is the bound the median or 90th"
                    + " percentile stays under (1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440,"
                    + " 2160 h; null beyond); they are given when the breakdown uses only serviceType,"
                    + " category, partner, sex, office and territorySide.")
            .measures(Measures.referralUptake())
            .dimensions(
                    Dimension.of("serviceType", "c.service_type_code"),
                    Dimension.of("category", "c.category"),
                    Dimension.labelled("partner", "c.partner_id", Dimension.Label.PARTNER),
                    Dimension.of("status", "c.status"),
                    Dimension.of("outcome", "c.outcome"),
                    Dimension.of("reason", "c.reason"),
                    Dimension.of("sex", "c.sex"))
            .narrowerCopies(
                    RollupCopy.of("report_referral_core", "category", "status", "outcome", "reason", "sex"),
                    RollupCopy.of("report_referral_service", "serviceType", "category", "status", "outcome", "sex"),
                    RollupCopy.of(
                            "report_referral_partner", "category", "partner", "status", "outcome", "reason", "sex"))),
    SERVICES_DELIVERED(ReportDefinition.events("service")
            .counting("people")
            .unit("Services received in each period, counted per person served: each individual service (office ="
                    + " the delivering office, or the client's office when a partner delivered), each registered"
                    + " attendee of a group session and each person in an anonymous headcount (mode ANONYMOUS,"
                    + " with the sex and age band counted at the session) counts once; a person served twice"
                    + " counts twice.")
            .dimensions(
                    Dimension.of("serviceType", "c.service_type_code"),
                    Dimension.of("category", "c.category"),
                    Dimension.labelled("provider", "c.provider", Dimension.Label.PROVIDER),
                    Dimension.of("mode", "c.mode"),
                    Dimension.of("sex", "c.sex"),
                    Dimension.of("ageBand", "c.age_band"))),
    SKILLS_RECOGNITION(ReportDefinition.stock("recognition")
            .counting("diplomas")
            .unit("Diplomas on the last day of each period, once per country where recognition was sought, by the"
                    + " latest recognition status effective by then (NOT_REQUESTED in country NONE when no step was"
                    + " recorded).")
            .dimensions(
                    Dimension.of("recognitionStatus", "c.status"),
                    Dimension.of("level", "c.level"),
                    Dimension.of("country", "c.country"),
                    Dimension.of("sex", "c.sex"),
                    Dimension.of("ageBand", "c.age_band"))),
    DESKILLING(ReportDefinition.stock("deskilling")
            .counting("clients")
            .everyCellBy(Dimension.of("indicator", "c.indicator"))
            .unit("Clients recorded by the last day of each period with tertiary education and a known current or"
                    + " last occupation; DESKILLED when that occupation is elementary (ISCO-08 major group 9)."
                    + " Education and occupations as currently recorded.")
            .dimensions(Dimension.of("sex", "c.sex"), Dimension.of("ageBand", "c.age_band"))),
    CHILDREN_SCHOOLING(ReportDefinition.stock("schooling")
            .counting("children")
            .unit("Children (under 18 on the last day of each period) with a school status recorded by then, linked"
                    + " to a parent whose episode was then in TRANSIT or MIGRATION, once per child, by their latest"
                    + " school status: status (ENROLLED, NOT_ENROLLED, DROPPED_OUT, COMPLETED), attending (YES, NO,"
                    + " NOT_RECORDED), level. parentMigrated: MOTHER, FATHER, BOTH or PARENT_SEX_NOT_RECORDED; zone:"
                    + " the child's current locality (else origin locality); sex and age band are the child's.")
            .dimensions(
                    Dimension.of("parentMigrated", "c.parent_migrated"),
                    Dimension.of("status", "c.status"),
                    Dimension.of("attending", "c.attending"),
                    Dimension.of("level", "c.level"),
                    Dimension.of("zone", "c.zone"),
                    Dimension.of("sex", "c.sex"),
                    Dimension.of("ageBand", "c.age_band")));

    /** Said by every report: case data count contacts, not a population. */
    public static final String CASE_DATA_NOTE =
            "Counts people in contact with the centre (case data), not a population:"
                    + " people who avoid services, irregular migrants above all, are under-counted by nature.";

    private final ReportDefinition definition;
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

    Report(ReportDefinition definition) {
        this.definition = definition;
        for (Dimension dimension : definition.dimensions()) {
            this.dimensions.put(dimension.name(), dimension);
        }
    }

    String rollup() {
        return definition.rollup();
    }

    /** The rollup's narrower copies, smallest first. */
    List<RollupCopy> narrower() {
        return definition.narrowerCopies();
    }

    /**
     * The rollup column of every dimension but those read from office_id (a column of every copy), the implicit one
     * first:
     * what a copy keeps of those its dimensions name.
     */
    Map<String, String> dimensionColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        if (implicit() != null) {
            columns.put(implicit().name(), implicit().columnName());
        }
        dimensions.values().stream().filter(d -> !d.officeKeyed()).forEach(d -> columns.put(d.name(), d.columnName()));
        return columns;
    }

    /** The full rollup table. */
    String table() {
        return "report_" + definition.rollup();
    }

    /** The rollup to read for a breakdown: the narrower one when it covers every dimension, else the full one. */
    String tableFor(List<Dimension> breakdown) {
        return RollupCopy.choose(narrower(), breakdown, table());
    }

    /** The rollup's summed columns, in the order of a cell's sums: the count, then the measure columns. */
    List<String> valueColumns() {
        List<String> values = new ArrayList<>(List.of(definition.countColumn()));
        values.addAll(measures().columns());
        return values;
    }

    /** Stock figures (what stood on the last day of each period) rather than events in each period. */
    boolean stock() {
        return definition.stock();
    }

    /**
     * A breakdown every cell and total carries (departures and returns are never added up together): each of its
     * values is suppressed and totalled as a table of its own; null when none.
     */
    Dimension implicit() {
        return definition.implicit();
    }

    public String unit() {
        return definition.unit();
    }

    /** The report's name in its path and in its figures, e.g. families-left-behind. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Its path below /reports (what {@code ReportResource} serves it at). */
    public String path() {
        return switch (this) {
            case SKILLS_RECOGNITION -> "skills/recognition";
            case DESKILLING -> "skills/deskilling";
            case CHILDREN_SCHOOLING -> "children-left-behind/schooling";
            default -> label();
        };
    }

    Measures measures() {
        return definition.measures();
    }

    Map<String, Dimension> dimensions() {
        return dimensions;
    }

    List<String> dimensionNames() {
        return List.copyOf(dimensions.keySet());
    }
}
