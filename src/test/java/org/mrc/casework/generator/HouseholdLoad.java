package org.mrc.casework.generator;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Household links: most family-left-behind clients are linked to a client of their office who is abroad now (open
 * episode in MIGRATION or TRANSIT), a few to a second one, and some to a returnee; the relation follows the family
 * member's age (a child's parent, an elder's child, mostly a spouse otherwise). Links are recorded from either side
 * (the other side reads the inverse), some have ended, and no two clients have two active links.
 */
final class HouseholdLoad {

    private final LoadSession session;

    HouseholdLoad(LoadSession session) {
        this.session = session;
    }

    long load() throws SQLException {
        session.execute("drop table if exists gen_abroad; drop table if exists gen_returned");
        session.execute("""
                create temp table gen_abroad as
                select c.office, row_number() over (partition by c.office order by pg_temp.u(c.cn, 71)) as rn,
                       c.cn, c.created_day
                from gen_client c join gen_current e on e.cn = c.cn
                where e.cur_phase in ('MIGRATION', 'TRANSIT')
                """);
        session.execute("""
                create temp table gen_returned as
                select c.office, row_number() over (partition by c.office order by pg_temp.u(c.cn, 71)) as rn,
                       c.cn, c.created_day
                from gen_client c join gen_plan p on p.cn = c.cn
                where c.profile in ('RETURNEE', 'RESOURCE') and p.n > 0
                """);
        session.execute("create index on gen_abroad (office, rn); create index on gen_returned (office, rn)");
        session.execute("analyze gen_abroad; analyze gen_returned");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(
                "child_relation",
                Weighted.texts("PARENT_OF", 90, "SIBLING", 5, "OTHER", 5).sql("u_rel"));
        values.put(
                "elder_relation",
                Weighted.texts("CHILD_OF", 80, "SIBLING", 5, "OTHER", 10, "SPOUSE", 5)
                        .sql("u_rel"));
        values.put(
                "adult_relation",
                Weighted.texts("SPOUSE", 68, "PARTNER", 10, "SIBLING", 10, "CHILD_OF", 5, "PARENT_OF", 2, "OTHER", 5)
                        .sql("u_rel"));
        values.put("last_year", session.lastDay.getYear());
        long rows = 0;
        for (String[] target :
                new String[][] {{"gen_abroad", "1", "0.78"}, {"gen_abroad", "2", "0.06"}, {"gen_returned", "3", "0.15"}
                }) {
            values.put("targets", target[0]);
            values.put("slot", target[1]);
            values.put("share", target[2]);
            rows += session.execute(session.fill(LINKS, values));
        }
        return rows;
    }

    private static final String LINKS = """
            insert into client_link (id, client_id, related_client_id, type, residence, since, until, created_at,
                version)
            select pg_temp.gid(${LINK}, cn * 4 + ${slot}),
                case when by_family then pg_temp.gid(${CLIENT}, cn) else pg_temp.gid(${CLIENT}, mcn) end,
                case when by_family then pg_temp.gid(${CLIENT}, mcn) else pg_temp.gid(${CLIENT}, cn) end,
                case when by_family then relation
                     else case relation when 'PARENT_OF' then 'CHILD_OF' when 'CHILD_OF' then 'PARENT_OF'
                          else relation end end,
                case when by_family then 'ELSEWHERE' else 'ORIGIN_HOUSEHOLD' end,
                pg_temp.day(since_day),
                case when ended then pg_temp.day(since_day + floor(u_end * (${days} - since_day))::int) end,
                (pg_temp.day(since_day) + time '11:00') at time zone 'Asia/Manila',
                0
            from (
                select f.cn, m.cn as mcn, pg_temp.u(f.cn * 4 + ${slot}, 75) < 0.7 as by_family,
                    pg_temp.u(f.cn * 4 + ${slot}, 77) < 0.05 as ended, pg_temp.u(f.cn * 4 + ${slot}, 78) as u_end,
                    least(${days}, greatest(f.created_day, m.created_day)
                        + floor(pg_temp.u(f.cn * 4 + ${slot}, 76) * 60)::int) as since_day,
                    case when ${last_year} - f.birth_year < 18 then ${child_relation}
                         when ${last_year} - f.birth_year >= 55 then ${elder_relation}
                         else ${adult_relation} end as relation
                from (
                    select c.*, pg_temp.u(c.cn, 74) as u_link, pg_temp.u(c.cn * 4 + ${slot}, 79) as u_rel,
                        pg_temp.u(c.cn, 72) as u_first, pg_temp.u(c.cn, 73) as u_second
                    from gen_client c where c.profile = 'FLB' and not c.merged
                ) f
                join (select office, count(*) as cnt from ${targets} group by office) mc on mc.office = f.office
                join ${targets} m on m.office = f.office and m.rn = 1 + (floor(f.u_first * mc.cnt)::int
                    + case when ${slot} = 2 then 1 + floor(f.u_second * greatest(mc.cnt - 1, 1))::int else 0 end)
                    % mc.cnt
                where case ${slot} when 1 then f.u_link < ${share}
                                   when 2 then f.u_link < ${share} and mc.cnt > 1
                                   else f.u_link >= 0.78 and f.u_link < 0.78 + ${share} end
            ) x
            """;
}
