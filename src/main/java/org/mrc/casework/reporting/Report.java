package org.mrc.casework.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports, each read from one rollup table ({@code rollup} is its name in report_refresh). Event reports count
 * what happened in each month of the period; stock reports count what stood on the last day of each period (today
 * for the current month). {@code implicit} is a breakdown every cell and total carries (departures and returns are
 * never added up together): each of its values is suppressed and totalled as a table of its own.
 */
enum Report {
    CASELOAD(
            "caseload",
            "report_caseload",
            "clients",
            true,
            null,
            "Clients with an open migration episode on the last day of each period (today for the current month),"
                    + " by the phase they were in on that day. A client with several roles or nationalities counts"
                    + " once under each when broken down by it.",
            Measures.NONE,
            Dimension.of("phase", "c.phase"),
            Dimension.of("subStage", "c.sub_stage"),
            Dimension.many("role", "c.roles"),
            Dimension.of("ageBand", "c.age_band"),
            Dimension.of("sex", "c.sex"),
            Dimension.many("nationality", "c.nationalities"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE),
            Dimension.sensitive("administrativeStatus", "c.administrative_status", false),
            Dimension.sensitive("vulnerability", "c.vulnerabilities", true)),
    MOVEMENTS(
            "movement",
            "report_movement",
            "movements",
            false,
            Dimension.of("movement", "c.movement"),
            "Departures (entries into the MIGRATION phase) and returns (entries into RETURN) in each period, by the"
                    + " date of the phase change. Age band on that date.",
            Measures.NONE,
            Dimension.of("originLocality", "c.origin_locality"),
            Dimension.of("destinationCountry", "c.destination_country"),
            Dimension.of("sex", "c.sex"),
            Dimension.of("ageBand", "c.age_band"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE),
            Dimension.sensitive("administrativeStatus", "c.administrative_status", false)),
    RETURNEES(
            "return",
            "report_return",
            "returns",
            false,
            null,
            "Returns (entries into RETURN) in each period. Preparedness shares are taken among the returns for which"
                    + " the factor was recorded. Without access to sensitive dimensions, deportation, readmission"
                    + " and undisclosed circumstances are shown together as EXPELLED_READMITTED_OR_UNDISCLOSED;"
                    + " assisted voluntary return is always shown apart.",
            Measures.returnPreparedness(),
            Dimension.folded(
                    "circumstance",
                    "c.circumstance",
                    "case when c.circumstance in ('DEPORTED_EXPELLED', 'READMISSION', 'UNDISCLOSED')"
                            + " then 'EXPELLED_READMITTED_OR_UNDISCLOSED' else c.circumstance end"),
            Dimension.of("completeness", "c.completeness"),
            Dimension.of("sex", "c.sex"),
            Dimension.of("ageBand", "c.age_band"),
            Dimension.of("destinationCountry", "c.destination_country"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE)),
    FAMILIES_LEFT_BEHIND(
            "family",
            "report_family",
            "members",
            true,
            null,
            "Clients with the role FAMILY_LEFT_BEHIND on the last day of each period, once per household member"
                    + " they are linked to whose episode was then in TRANSIT or MIGRATION. relation is what the"
                    + " migrated member is to them; sex and age band are the family member's.",
            Measures.NONE,
            Dimension.of("relation", "c.relation"),
            Dimension.of("migrantPhase", "c.migrant_phase"),
            Dimension.of("sex", "c.sex"),
            Dimension.of("ageBand", "c.age_band"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE)),
    REFERRALS(
            "referral",
            "report_referral",
            "referrals",
            false,
            null,
            "Referrals created in each period by the offices covered (drafts included, entries in error left"
                    + " out), by their current status. acceptanceRate ="
                    + " accepted / (accepted + rejected); completionRate = completed / accepted. Hours to first"
                    + " response and to completion count from the request; each is the bound the median or 90th"
                    + " percentile stays under (1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440,"
                    + " 2160 h; null beyond); they are given when the breakdown uses only serviceType,"
                    + " category, partner, sex and office.",
            Measures.referralUptake(),
            Dimension.of("serviceType", "c.service_type_code"),
            Dimension.of("category", "c.category"),
            Dimension.labelled("partner", "c.partner_id", Dimension.Label.PARTNER),
            Dimension.of("status", "c.status"),
            Dimension.of("outcome", "c.outcome"),
            Dimension.of("reason", "c.reason"),
            Dimension.of("sex", "c.sex"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE)),
    SERVICES_DELIVERED(
            "service",
            "report_service",
            "people",
            false,
            null,
            "Services received in each period, counted per person served: each individual service (office = the"
                    + " delivering office, or the client's office when a partner delivered), each registered"
                    + " attendee of a group session and each person in an anonymous headcount (mode ANONYMOUS,"
                    + " with the sex and age band counted at the session) counts once; a person served twice"
                    + " counts twice.",
            Measures.NONE,
            Dimension.of("serviceType", "c.service_type_code"),
            Dimension.of("category", "c.category"),
            Dimension.labelled("provider", "c.provider", Dimension.Label.PROVIDER),
            Dimension.of("mode", "c.mode"),
            Dimension.of("sex", "c.sex"),
            Dimension.of("ageBand", "c.age_band"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE)),
    SKILLS_RECOGNITION(
            "recognition",
            "report_recognition",
            "diplomas",
            true,
            null,
            "Diplomas on the last day of each period, once per country where recognition was sought, by the"
                    + " latest recognition status effective by then (NOT_REQUESTED in country NONE when no step was"
                    + " recorded).",
            Measures.NONE,
            Dimension.of("recognitionStatus", "c.status"),
            Dimension.of("level", "c.level"),
            Dimension.of("country", "c.country"),
            Dimension.of("sex", "c.sex"),
            Dimension.of("ageBand", "c.age_band"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE)),
    DESKILLING(
            "deskilling",
            "report_deskilling",
            "clients",
            true,
            Dimension.of("indicator", "c.indicator"),
            "Clients recorded by the last day of each period with tertiary education and a known current or last"
                    + " occupation; DESKILLED when that occupation is elementary (ISCO-08 major group 9). Education"
                    + " and occupations as currently recorded.",
            Measures.NONE,
            Dimension.of("sex", "c.sex"),
            Dimension.of("ageBand", "c.age_band"),
            Dimension.labelled("office", "c.office_id", Dimension.Label.OFFICE));

    /** Said by every report: case data count contacts, not a population. */
    static final String CASE_DATA_NOTE = "Counts people in contact with the centre (case data), not a population:"
            + " people who avoid services, irregular migrants above all, are under-counted by nature.";

    static final int MAX_DIMENSIONS = 3;

    /**
     * Narrower copies of a rollup without its high-cardinality or sensitive columns, smallest first: a breakdown reads
     * the first that covers it instead of the full rollup (far fewer rows). The refresh function of the full one
     * fills them.
     */
    private static final Map<Report, List<RollupCopy>> NARROWER = Map.of(
            CASELOAD,
            List.of(
                    new RollupCopy("report_caseload_brief", Set.of("phase", "subStage", "ageBand", "sex", "office")),
                    new RollupCopy(
                            "report_caseload_core",
                            Set.of("phase", "subStage", "role", "ageBand", "sex", "nationality", "office"))),
            RETURNEES,
            List.of(
                    new RollupCopy("report_return_core", Set.of("circumstance", "completeness", "sex", "office")),
                    new RollupCopy(
                            "report_return_age", Set.of("circumstance", "completeness", "sex", "ageBand", "office"))),
            MOVEMENTS,
            List.of(
                    new RollupCopy(
                            "report_movement_core",
                            Set.of("movement", "destinationCountry", "sex", "ageBand", "office")),
                    new RollupCopy(
                            "report_movement_origin",
                            Set.of("movement", "originLocality", "sex", "ageBand", "office"))),
            REFERRALS,
            List.of(
                    new RollupCopy(
                            "report_referral_core", Set.of("category", "status", "outcome", "reason", "sex", "office")),
                    new RollupCopy(
                            "report_referral_service",
                            Set.of("serviceType", "category", "status", "outcome", "sex", "office")),
                    new RollupCopy(
                            "report_referral_partner",
                            Set.of("category", "partner", "status", "outcome", "reason", "sex", "office"))));

    private final String rollup;
    private final String table;
    private final String countColumn;
    private final boolean stock;
    private final Dimension implicit;
    private final String unit;
    private final Measures measures;
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

    Report(
            String rollup,
            String table,
            String countColumn,
            boolean stock,
            Dimension implicit,
            String unit,
            Measures measures,
            Dimension... dimensions) {
        this.rollup = rollup;
        this.table = table;
        this.countColumn = countColumn;
        this.stock = stock;
        this.implicit = implicit;
        this.unit = unit;
        this.measures = measures;
        for (Dimension dimension : dimensions) {
            this.dimensions.put(dimension.name(), dimension);
        }
    }

    String rollup() {
        return rollup;
    }

    /** The rollup's narrower copies, smallest first. */
    List<RollupCopy> narrower() {
        return NARROWER.getOrDefault(this, List.of());
    }

    /**
     * The rollup column of every dimension but office (office_id is a column of every copy), the implicit one first:
     * what a copy keeps of those its dimensions name.
     */
    Map<String, String> dimensionColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        if (implicit != null) {
            columns.put(implicit.name(), implicit.columnName());
        }
        dimensions.values().stream()
                .filter(d -> !d.name().equals("office"))
                .forEach(d -> columns.put(d.name(), d.columnName()));
        return columns;
    }

    /** The full rollup table. */
    String table() {
        return table;
    }

    /** The rollup to read for a breakdown: the narrower one when it covers every dimension, else the full one. */
    String tableFor(List<Dimension> breakdown) {
        return RollupCopy.choose(narrower(), breakdown, table);
    }

    /** The rollup's summed columns, in the order of a cell's sums: the count, then the measure columns. */
    List<String> valueColumns() {
        List<String> values = new java.util.ArrayList<>(List.of(countColumn));
        values.addAll(measures.columns());
        return values;
    }

    boolean stock() {
        return stock;
    }

    Dimension implicit() {
        return implicit;
    }

    String unit() {
        return unit;
    }

    Measures measures() {
        return measures;
    }

    Map<String, Dimension> dimensions() {
        return dimensions;
    }

    List<String> dimensionNames() {
        return List.copyOf(dimensions.keySet());
    }
}
