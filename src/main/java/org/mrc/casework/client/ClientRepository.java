package org.mrc.casework.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.shared.paging.Cursor;

@ApplicationScoped
class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** Similarity at which two names are taken for the same person when the birth date or year also agrees. */
    static final double DUPLICATE_NAME_SIMILARITY = 0.5;

    /** Trigram similarity a spelled name must reach to be a search candidate (sound-alike names always are). */
    static final double SEARCH_SIMILARITY = 0.45;

    private static final String QUERY_NAME = "mrc_fold(:name)";
    private static final String QUERY_CODES = """
            coalesce((select array_agg(distinct dmetaphone(t))
                      from unnest(regexp_split_to_array(mrc_fold(:name), '[^[:alnum:]]+')) t
                      where length(t) > 1), '{}')""";

    /** A search hit with its relevance (null without a name query). */
    record Hit(UUID id, Double score) {}

    /** The next reference number: unique across offices, increasing, taken without waiting for other writers. */
    long nextReferenceNumber() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('client_reference_number')")
                        .getSingleResult())
                .longValue();
    }

    /**
     * At most this many rows are read behind each of a registration's probes: its phone and each class of its match
     * keys.
     */
    static final int DUPLICATE_CANDIDATES = 200;

    /** At most this many possible duplicates are listed in the answer, the closest first. */
    static final int DUPLICATES_LISTED = 10;

    /**
     * Clients in {@code offices} who are probably the person being registered: the same phone number, or a close
     * name (similar spelling overall, or every word of the new name sounding alike or spelled at most an edit or two
     * away from a word of theirs) together with a close birth: the same date
     * or the same day a year earlier or later, or, where either record holds only a year, a year at most one apart.
     *
     * <p>Candidates are read through two indexes only, each probe for at most {@link #DUPLICATE_CANDIDATES} rows: the
     * phone number, and the match keys (migrations V200 and V285) in three probes from the narrowest: a word's sound
     * with a birth date (network-wide, few people behind each), a pair of sounds with a year, a word's sound with a
     * year (the year keys in the caller's offices only), so that people sharing a common word and year never crowd
     * out a narrower match. The cost therefore does not grow with the registry or with how many people share a birth
     * year. The closest are listed first: the same phone, the same birth date, the most similar name. The query text
     * depends only on which facts were given (six variants), never on their values.
     */
    @SuppressWarnings("unchecked")
    List<Client> possibleDuplicates(
            Collection<UUID> offices, String name, LocalDate birthDate, Integer birthYear, String phone) {
        boolean byPhone = phone != null && !phone.isBlank();
        boolean byName = name != null && !name.isBlank() && (birthDate != null || birthYear != null);
        if (offices.isEmpty() || !(byPhone || byName)) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> closeness = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (byPhone) {
            String digits = "nullif(regexp_replace(:phone, '[^0-9]', '', 'g'), '')";
            candidates.add(
                    "(select id from client where phone_digits = " + digits + " limit " + DUPLICATE_CANDIDATES + ")");
            conditions.add("c.phone_digits = " + digits);
            closeness.add("c.phone_digits = " + digits + " desc nulls last");
            params.put("phone", phone);
        }
        if (byName) {
            String born = birthDate != null ? "cast(:birthDate as date)" : "cast(null as date)";
            if (birthDate != null) {
                candidates.add(probe("client_match_day_probe(" + QUERY_CODES + ", " + born + ")"));
            }
            for (String yearProbe : List.of("client_match_pair_probe", "client_match_word_probe")) {
                candidates.add(
                        probe(yearProbe + "(" + QUERY_CODES + ", " + born + ", :birthYear, cast(:offices as uuid[]))"));
            }
            String birth = birthDate != null
                    ? "(c.birth_date in (cast(:birthDate as date), cast(cast(:birthDate as date) - interval '1 year'"
                            + " as date), cast(cast(:birthDate as date) + interval '1 year' as date))"
                            + " or c.birth_date is null and c.birth_year between :birthYear - 1 and :birthYear + 1)"
                    : "coalesce(cast(extract(year from c.birth_date) as integer), c.birth_year)"
                            + " between :birthYear - 1 and :birthYear + 1";
            conditions.add("((similarity(c.search_name, " + QUERY_NAME + ") >= " + DUPLICATE_NAME_SIMILARITY
                    + " or client_name_words_match(c.search_name, " + QUERY_NAME + ")) and " + birth + ")");
            if (birthDate != null) {
                closeness.add("c.birth_date = cast(:birthDate as date) desc nulls last");
            }
            closeness.add("similarity(c.search_name, " + QUERY_NAME + ") desc");
            params.put("name", name);
            params.put("birthYear", birthDate != null ? birthDate.getYear() : birthYear);
            if (birthDate != null) {
                params.put("birthDate", birthDate);
            }
        }
        closeness.add("c.id");
        Query query = getEntityManager()
                .createNativeQuery(
                        // the bounded candidates first, always, and each one's row read by its id: as a plain
                        // "id in (...)" or a join, the planner may instead read every client born on the dates or in
                        // the years concerned and compare names. The prepared statement's generic plan did that at
                        // 200,000 clients (a bitmap scan of the birth indexes hashed against the candidates: 45 ms,
                        // 500 ms in a crowded birth year); a lateral read behind "offset 0" can only go by id.
                        "with candidate(id) as materialized (" + String.join(" union ", candidates) + ")"
                                + " select c.* from candidate cross join lateral"
                                + " (select * from client where client.id = candidate.id offset 0) c"
                                + " where c.office_id = any(cast(:offices as uuid[])) and c.merged_into is null"
                                + " and c.erased_at is null and c.anonymised_at is null"
                                + " and (" + String.join(" or ", conditions) + ") order by "
                                + String.join(", ", closeness) + " limit " + DUPLICATES_LISTED,
                        Client.class)
                .setParameter("offices", offices.toArray(UUID[]::new));
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The ids behind one class of match keys, at most {@link #DUPLICATE_CANDIDATES} of them. */
    private static String probe(String keys) {
        return "(select id from client where match_keys && " + keys + " limit " + DUPLICATE_CANDIDATES + ")";
    }

    /** These clients (ids without a client are left out), through one statement whatever the number of ids. */
    @SuppressWarnings("unchecked")
    List<Client> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("select * from client where id = any(cast(:ids as uuid[]))", Client.class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList();
    }

    /**
     * One page of clients in {@code offices} matching {@code search}: by relevance when a name is searched, else in
     * registration order. {@code after} is the last hit of the previous page.
     */
    @SuppressWarnings("unchecked")
    List<Hit> search(Collection<UUID> offices, ClientSearch search, Cursor after, int fetchSize) {
        if (offices.isEmpty()) {
            return List.of();
        }
        boolean byName = search.name() != null && !search.name().isBlank();
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(
                "c.office_id = any(cast(:offices as uuid[])) and c.merged_into is null and c.erased_at is null and c.anonymised_at is null");
        params.put("offices", offices.toArray(UUID[]::new));
        String score = "cast(null as double precision)";
        String from = "client c";
        if (byName) {
            // The folded name and its sound codes are computed first and passed as constants, and candidates come
            // from a union of the two index searches (similar spelling, or every word sounding alike) joined back
            // to the client rows: the planner then reads only candidates, never every client in scope.
            Object[] folded = (Object[]) getEntityManager()
                    .createNativeQuery("select " + QUERY_NAME + ", " + QUERY_CODES
                            + ", set_config('pg_trgm.similarity_threshold', cast(:threshold as text), true)")
                    .setParameter("name", search.name())
                    .setParameter("threshold", Double.toString(SEARCH_SIMILARITY))
                    .getSingleResult();
            String codes = "cast(:codes as text[])";
            score = "greatest(similarity(c.search_name, :folded), word_similarity(:folded, c.search_name),"
                    + " case when c.name_codes @> " + codes + " then 0.6 else 0 end)";
            from = "(select id from client where search_name % :folded"
                    + " union select id from client where name_codes @> " + codes + ") candidate"
                    + " join client c on c.id = candidate.id";
            params.put("folded", folded[0]);
            params.put("codes", soundCodes(folded[1]));
        }
        condition(
                where,
                params,
                "c.reference = :reference",
                "reference",
                search.reference() == null ? null : search.reference().trim().toUpperCase());
        condition(where, params, "c.birth_date = :birthDate", "birthDate", search.birthDate());
        condition(where, params, "c.birth_year = :birthYear", "birthYear", search.birthYear());
        condition(
                where,
                params,
                "c.phone_digits = nullif(regexp_replace(:phone, '[^0-9]', '', 'g'), '')",
                "phone",
                search.phone());
        condition(
                where,
                params,
                "c.nationalities @> array[cast(:nationality as text)]",
                "nationality",
                search.nationality());
        condition(
                where,
                params,
                "c.roles @> array[cast(:role as text)]",
                "role",
                search.role() == null ? null : search.role().name());
        condition(
                where,
                params,
                "c.current_phase = :phase",
                "phase",
                search.phase() == null ? null : search.phase().name());
        condition(where, params, "c.office_id = :officeId", "officeId", search.officeId());

        StringBuilder sql = new StringBuilder("select id, score from (select c.id, " + score + " as score from " + from
                + " where " + where + ") hit");
        if (after != null) {
            if (byName) {
                sql.append(" where (hit.score < :afterScore or (hit.score = :afterScore and hit.id > :afterId))");
                params.put("afterScore", after.decimal(0));
                params.put("afterId", after.uuid(1));
            } else {
                sql.append(" where hit.id > :afterId");
                params.put("afterId", after.uuid(0));
            }
        }
        sql.append(byName ? " order by hit.score desc, hit.id" : " order by hit.id");
        sql.append(" limit :fetchSize");
        params.put("fetchSize", fetchSize);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Hit((UUID) row[0], row[1] == null ? null : ((Number) row[1]).doubleValue()))
                .toList();
    }

    /** The sound codes as the database returned them (a text array), as a Java array to bind again. */
    private static String[] soundCodes(Object codes) {
        if (codes instanceof String[] array) {
            return array;
        }
        if (codes instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toArray(String[]::new);
        }
        try {
            return codes instanceof java.sql.Array sqlArray ? (String[]) sqlArray.getArray() : new String[0];
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
