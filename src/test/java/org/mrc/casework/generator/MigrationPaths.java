package org.mrc.casework.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journeys synthetic episodes follow, as data: each path is the ordered list of phase changes an episode goes
 * through, with the fraction of the episode's span at which each happens. Every path obeys the service's phase graph
 * (see MigrationPhase.next()); an open episode stops part-way along its path, a closed one went all the way, and every
 * path that can be closed ends in RETURN or NOT_MIGRATING. Seasonal work (path 10) takes its dates from the calendar
 * of the harvest instead of fractions.
 */
final class MigrationPaths {

    static final int ABANDONED = 1;
    static final int RECONSIDERED = 2;
    static final int LABOUR_CYCLE = 3;
    static final int DIRECT = 4;
    static final int IRREGULAR_TRANSIT = 5;
    static final int ONWARD = 6;
    static final int IMMIGRATION = 7;
    static final int REGISTERED_ABROAD = 8;
    static final int RETURN_FROM_TRANSIT = 9;
    static final int SEASONAL = 10;
    static final int REGISTERED_ON_RETURN = 11;

    private record Step(String phase, String subStage, double frac) {}

    private static final Map<Integer, List<Step>> PATHS = new LinkedHashMap<>();

    static {
        PATHS.put(ABANDONED, List.of(step("PRE_DECISION", 0), step("NOT_MIGRATING", 0.7)));
        PATHS.put(
                RECONSIDERED,
                List.of(
                        step("PRE_DECISION", 0),
                        step("PRE_DEPARTURE", 0.3),
                        step("PRE_DECISION", 0.55),
                        step("NOT_MIGRATING", 0.85)));
        PATHS.put(
                LABOUR_CYCLE,
                List.of(
                        step("PRE_DECISION", 0),
                        step("PRE_DEPARTURE", 0.06),
                        step("MIGRATION", "ARRIVAL", 0.12),
                        step("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", 0.2),
                        step("MIGRATION", "PARTICIPATION", 0.5),
                        step("MIGRATION", "RETURN_PREPARATION", 0.8),
                        step("RETURN", "REINTEGRATING", 0.86),
                        step("RETURN", "SETTLED", 1)));
        PATHS.put(
                DIRECT,
                List.of(
                        step("PRE_DEPARTURE", 0),
                        step("MIGRATION", "ARRIVAL", 0.08),
                        step("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", 0.25),
                        step("RETURN", "REINTEGRATING", 0.8),
                        step("RETURN", "SETTLED", 1)));
        PATHS.put(
                IRREGULAR_TRANSIT,
                List.of(
                        step("PRE_DECISION", 0),
                        step("PRE_DEPARTURE", 0.05),
                        step("TRANSIT", 0.1),
                        step("MIGRATION", "ARRIVAL", 0.25),
                        step("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", 0.4),
                        step("RETURN", "REINTEGRATING", 0.9),
                        step("RETURN", "SETTLED", 1)));
        PATHS.put(
                ONWARD,
                List.of(
                        step("PRE_DEPARTURE", 0),
                        step("MIGRATION", "ARRIVAL", 0.08),
                        step("TRANSIT", 0.4),
                        step("MIGRATION", "ARRIVAL", 0.5),
                        step("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", 0.65),
                        step("RETURN", "REINTEGRATING", 0.92),
                        step("RETURN", "SETTLED", 1)));
        PATHS.put(
                IMMIGRATION,
                List.of(
                        step("MIGRATION", "ARRIVAL", 0),
                        step("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", 0.3),
                        step("MIGRATION", "PARTICIPATION", 0.75)));
        PATHS.put(
                REGISTERED_ABROAD,
                List.of(
                        step("MIGRATION", "SOCIO_ECONOMIC_INTEGRATION", 0),
                        step("MIGRATION", "RETURN_PREPARATION", 0.5),
                        step("RETURN", "REINTEGRATING", 0.7),
                        step("RETURN", "SETTLED", 1)));
        PATHS.put(
                RETURN_FROM_TRANSIT,
                List.of(
                        step("PRE_DEPARTURE", 0),
                        step("TRANSIT", 0.25),
                        step("RETURN", "REINTEGRATING", 0.6),
                        step("RETURN", "SETTLED", 1)));
        PATHS.put(
                SEASONAL,
                List.of(
                        step("PRE_DEPARTURE", 0),
                        step("MIGRATION", "ARRIVAL", 0.3),
                        step("RETURN", "REINTEGRATING", 1)));
        PATHS.put(REGISTERED_ON_RETURN, List.of(step("RETURN", "REINTEGRATING", 0), step("RETURN", "SETTLED", 0.7)));
    }

    private MigrationPaths() {}

    private static Step step(String phase, double frac) {
        return new Step(phase, null, frac);
    }

    private static Step step(String phase, String subStage, double frac) {
        return new Step(phase, subStage, frac);
    }

    /**
     * Creates {@code gen_path} (path, step, from_phase, phase, sub_stage, frac, enters_return, departs) and
     * {@code gen_path_meta} (path, len, return_step, return_frac, depart_step, depart_frac).
     */
    static void create(LoadSession session) throws java.sql.SQLException {
        StringBuilder rows = new StringBuilder();
        for (var path : PATHS.entrySet()) {
            List<Step> steps = path.getValue();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                rows.append(rows.isEmpty() ? "" : ",\n")
                        .append("(%d, %d, %s, %s, %s, %s)"
                                .formatted(
                                        path.getKey(),
                                        i + 1,
                                        SqlText.literal(
                                                i == 0 ? null : steps.get(i - 1).phase()),
                                        SqlText.literal(step.phase()),
                                        SqlText.literal(step.subStage()),
                                        Double.toString(step.frac())));
            }
        }
        session.execute("drop table if exists gen_path; drop table if exists gen_path_meta");
        session.execute("""
                create temp table gen_path as
                select path, step, from_phase::varchar(32), phase::varchar(32), sub_stage::varchar(32),
                       frac::float8,
                       phase = 'RETURN' and from_phase is distinct from 'RETURN' as enters_return,
                       phase in ('TRANSIT', 'MIGRATION')
                           and (from_phase is null or from_phase in ('PRE_DECISION', 'PRE_DEPARTURE', 'NOT_MIGRATING'))
                           as departs
                from (values %s) v(path, step, from_phase, phase, sub_stage, frac)
                """.formatted(rows));
        session.execute("""
                create temp table gen_path_meta as
                select path, max(step) as len,
                       min(step) filter (where enters_return) as return_step,
                       min(frac) filter (where enters_return) as return_frac,
                       min(step) filter (where departs) as depart_step,
                       min(frac) filter (where departs) as depart_frac
                from gen_path group by path
                """);
    }
}
