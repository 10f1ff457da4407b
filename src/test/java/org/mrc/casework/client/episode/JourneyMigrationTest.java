package org.mrc.casework.client.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.mrc.casework.reporting.ScratchDatabase;

/**
 * The upgrade to journeys with legs and to the eleven-factor readiness checklist loses nothing: on a database at the
 * version before them (V223) holding single-country episodes and returns with the four preparedness answers, the
 * migrations turn every episode with a destination into one leg (country, locality, actual dates, the activity its
 * type implies), leave the episodes without one alone, and keep every recorded preparedness answer where the
 * checklist reads it (the factors not asked then are not recorded).
 */
@QuarkusTest
class JourneyMigrationTest {

    private static final String BEFORE = "223";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void singleCountryEpisodesBecomeOneLegAndRecordedAnswersStay() throws SQLException {
        try (ScratchDatabase database = ScratchDatabase.create(dataSource, "journeys", url, user, password)) {
            database.migrate(configuration -> configuration
                    .repeatableSqlMigrationPrefix("NOT_YET_")
                    .target(MigrationVersion.fromVersion(BEFORE)));
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into office (id, code, name, kind, country, created_at, updated_at)
                        values ('00000000-0000-0000-0000-0000000000f1', 'MIG1', 'Desk', 'MIGRATION_DESK', 'PH',
                                now(), now());
                        insert into client (id, office_id, reference, given_name, sex, created_at, updated_at)
                        select ('00000000-0000-0000-0000-00000000000' || n)::uuid,
                               '00000000-0000-0000-0000-0000000000f1', 'REF-' || n, 'Client ' || n, 'FEMALE', now(),
                               now()
                        from generate_series(1, 4) n;
                        insert into migration_episode (id, client_id, type, origin_country, destination_country,
                                destination_locality, departure_date, return_date, current_phase, phase_since,
                                opened_on, opened_by, created_at, updated_at)
                        values ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-000000000001',
                                'LABOUR', 'PH', 'SA', 'Riyadh', '2003-04-01', '2020-03-31', 'RETURN', '2020-03-31',
                                '2003-01-01', 'test', now(), now()),
                               ('00000000-0000-0000-0000-0000000000e2', '00000000-0000-0000-0000-000000000002',
                                'STUDY', 'PH', 'JP', null, null, null, 'PRE_DEPARTURE', '2025-01-01',
                                '2025-01-01', 'test', now(), now()),
                               ('00000000-0000-0000-0000-0000000000e3', '00000000-0000-0000-0000-000000000003',
                                'FORCED', 'PH', 'MY', null, '2019-05-01', null, 'MIGRATION', '2019-05-01',
                                '2019-05-01', 'test', now(), now()),
                               ('00000000-0000-0000-0000-0000000000e4', '00000000-0000-0000-0000-000000000004',
                                'OTHER', 'PH', null, null, null, null, 'PRE_DECISION', '2025-01-01', '2025-01-01',
                                'test', now(), now());
                        insert into phase_change (id, episode_id, seq, from_phase, phase, effective_date,
                                recorded_by, recorded_at)
                        values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000e1', 1, null, 'MIGRATION',
                                '2003-04-01', 'test', now());
                        insert into phase_change (id, episode_id, seq, from_phase, phase, effective_date,
                                return_circumstance, return_completeness, return_had_time_to_prepare,
                                return_institutional_assistance, return_capital_accumulated,
                                return_social_protection_kept, recorded_by, recorded_at)
                        values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000e1', 2, 'MIGRATION', 'RETURN',
                                '2020-03-31', 'END_OF_CONTRACT', 'COMPLETE', true, null, false, true, 'test', now());
                        """);
            }
            database.flyway().migrate();
            try (Connection connection = database.connect()) {
                assertEquals(
                        List.of(
                                "00000000-0000-0000-0000-0000000000e1 1 SA Riyadh 2003-04-01 2020-03-31 WORK",
                                "00000000-0000-0000-0000-0000000000e2 1 JP null null null STUDY",
                                "00000000-0000-0000-0000-0000000000e3 1 MY null 2019-05-01 null OTHER"),
                        rows(
                                connection,
                                "select episode_id || ' ' || seq || ' ' || country || ' ' || coalesce(locality, 'null')"
                                        + " || ' ' || coalesce(from_date::text, 'null') || ' '"
                                        + " || coalesce(to_date::text, 'null') || ' ' || activity"
                                        + " from journey_leg order by episode_id"));
                // the checklist reads time, assistance, capital and social security from the columns kept; the seven
                // factors the exercise adds were not asked then
                assertEquals(
                        List.of("true null false true | null null null null null null null"),
                        rows(
                                connection,
                                "select concat_ws(' ', coalesce(return_had_time_to_prepare::text, 'null'),"
                                        + " coalesce(return_institutional_assistance::text, 'null'),"
                                        + " coalesce(return_capital_accumulated::text, 'null'),"
                                        + " coalesce(return_social_protection_kept::text, 'null'), '|',"
                                        + " coalesce(return_high_education_level::text, 'null'),"
                                        + " coalesce(return_expelled::text, 'null'),"
                                        + " coalesce(return_formal_work_abroad::text, 'null'),"
                                        + " coalesce(return_informal_work_abroad::text, 'null'),"
                                        + " coalesce(return_no_work_abroad::text, 'null'),"
                                        + " coalesce(return_association_member::text, 'null'),"
                                        + " coalesce(return_ngo_help::text, 'null'))"
                                        + " from phase_change where return_circumstance is not null"));
                // the reports read the leg in force: the return counts under the leg's country
                assertEquals(
                        List.of("SA"),
                        rows(
                                connection,
                                "select report_leg_country('00000000-0000-0000-0000-0000000000e1', '2020-03-31')"));
            }
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }
}
