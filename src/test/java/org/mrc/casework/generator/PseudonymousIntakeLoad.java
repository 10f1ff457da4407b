package org.mrc.casework.generator;

import java.sql.SQLException;

/**
 * First contacts recorded under a pseudonym only: about half of the people who never became a case (no migration
 * episode), are in no household and have no record merged into theirs gave no name at the desk, only a pseudonym
 * (as survivors and irregular migrants often do). Their other values and their activity (services, referrals) stay as
 * generated, so the reports count them exactly as before; the retention rule for pseudonymous intakes selects those of
 * them with no activity for a year. Pseudo-random from the client's row number, so a reload picks the same people;
 * running it twice changes nothing more.
 */
final class PseudonymousIntakeLoad {

    private final LoadSession session;

    PseudonymousIntakeLoad(LoadSession session) {
        this.session = session;
    }

    long load() throws SQLException {
        return session.execute(session.fill("""
                update client c
                set pseudonym = 'Ka' || lower(substr(md5(c.id::text), 1, 6)), given_name = null, family_name = null
                where c.merged_into is null and c.given_name is not null
                  and pg_temp.u(('x' || right(c.id::text, 12))::bit(48)::bigint, 103) < 0.5
                  and not exists (select 1 from migration_episode e where e.client_id = c.id)
                  and not exists (select 1 from client_link l where l.client_id = c.id or l.related_client_id = c.id)
                  and not exists (select 1 from client m where m.merged_into = c.id)
                """));
    }
}
