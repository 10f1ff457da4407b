package org.mrc.casework.generator;

import java.sql.SQLException;

/**
 * School status of children left behind: every child (under 18 at the last planned day) linked to a parent is
 * enrolled at the level of their age from some day in the last three years, most of them attending; about one in eight
 * later drops out and a few complete. Pseudo-random from the client id, so a reload gives the same statuses.
 */
final class SchoolingLoad {

    private final LoadSession session;

    SchoolingLoad(LoadSession session) {
        this.session = session;
    }

    long load() throws SQLException {
        return session.execute("""
                insert into child_schooling (id, client_id, status, level, attending, since, recorded_by, recorded_at)
                select gen_random_uuid(), x.id, s.status, x.level, s.attending, s.since, 'generator', now()
                from (select c.id,
                             get_byte(decode(md5(c.id::text), 'hex'), 0) / 255.0 as u1,
                             get_byte(decode(md5(c.id::text), 'hex'), 1) / 255.0 as u2,
                             get_byte(decode(md5(c.id::text), 'hex'), 2) / 255.0 as u3,
                             case when %1$d - c.birth_year < 6 then 'EARLY_CHILDHOOD'
                                  when %1$d - c.birth_year < 12 then 'PRIMARY'
                                  when %1$d - c.birth_year < 15 then 'LOWER_SECONDARY'
                                  else 'UPPER_SECONDARY' end as level
                      from client c
                      where c.merged_into is null and c.birth_year is not null and %1$d - c.birth_year < 18
                        and exists (select 1 from client_link l
                                    where (l.client_id = c.id and l.type = 'PARENT_OF')
                                       or (l.related_client_id = c.id and l.type = 'CHILD_OF'))) x
                cross join lateral (values
                    ('ENROLLED', x.u2 < 0.85, date '%2$s' - (300 + floor(x.u3 * 800))::int),
                    (case when x.u1 < 0.12 then 'DROPPED_OUT' when x.u1 < 0.16 then 'COMPLETED' end, null::boolean,
                     date '%2$s' - floor(x.u3 * 280)::int)) s(status, attending, since)
                where s.status is not null
                """.formatted(session.lastDay.getYear(), session.lastDay));
    }
}
