package org.mrc.casework.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
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
     * Clients in {@code offices} who are probably the person being registered: the same phone number, or a close
     * name (similar spelling or same sound) together with the same birth date or year.
     */
    @SuppressWarnings("unchecked")
    List<Client> possibleDuplicates(
            Collection<UUID> offices, String name, LocalDate birthDate, Integer birthYear, String phone) {
        List<String> conditions = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (phone != null && !phone.isBlank()) {
            String digits = "nullif(regexp_replace(:phone, '[^0-9]', '', 'g'), '')";
            conditions.add("c.phone_digits = " + digits);
            candidates.add("select id from client where phone_digits = " + digits);
            params.put("phone", phone);
        }
        if (name != null && !name.isBlank() && (birthDate != null || birthYear != null)) {
            String born;
            if (birthDate != null) {
                born = "c.birth_date = :birthDate or (c.birth_date is null and c.birth_year = :birthYear)";
                candidates.add("select id from client where birth_date = :birthDate");
                params.put("birthDate", birthDate);
            } else {
                born = "c.birth_year = :birthYear";
            }
            candidates.add("select id from client where birth_year = :birthYear"
                    + (birthDate != null ? " and birth_date is null" : ""));
            conditions.add("((similarity(c.search_name, " + QUERY_NAME + ") >= " + DUPLICATE_NAME_SIMILARITY
                    + " or c.name_codes @> " + QUERY_CODES + ") and (" + born + "))");
            params.put("name", name);
            params.put("birthYear", birthDate != null ? birthDate.getYear() : birthYear);
        }
        if (conditions.isEmpty() || offices.isEmpty()) {
            return List.of();
        }
        // candidates come from the phone and birth indexes only; the name is compared on those few rows
        Query query = getEntityManager()
                .createNativeQuery(
                        "select c.* from (" + String.join(" union ", candidates) + ") candidate"
                                + " join client c on c.id = candidate.id where c.office_id in (:offices)"
                                + " and c.merged_into is null and c.erased_at is null and ("
                                + String.join(" or ", conditions) + ")"
                                + " order by c.id limit 10",
                        Client.class)
                .setParameter("offices", offices);
        params.forEach(query::setParameter);
        return query.getResultList();
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
        StringBuilder where =
                new StringBuilder("c.office_id in (:offices) and c.merged_into is null and c.erased_at is null");
        params.put("offices", offices);
        String score = "cast(null as double precision)";
        String from = "client c";
        if (byName) {
            // The folded name and its sound codes are computed first and passed as constants, and candidates come
            // from a union of the two index searches (similar spelling, or every word sounding alike) joined back
            // to the client rows: the planner then reads only candidates, never every client in scope.
            Object[] folded = (Object[]) getEntityManager()
                    .createNativeQuery("select " + QUERY_NAME + ", array_to_string(" + QUERY_CODES
                            + ", ' '), set_config('pg_trgm.similarity_threshold', '" + SEARCH_SIMILARITY
                            + "', true)")
                    .setParameter("name", search.name())
                    .getSingleResult();
            String codes = soundCodes((String) folded[1]);
            score = "greatest(similarity(c.search_name, :folded), word_similarity(:folded, c.search_name),"
                    + " case when c.name_codes @> " + codes + " then 0.6 else 0 end)";
            from = "(select id from client where search_name % :folded"
                    + " union select id from client where name_codes @> " + codes + ") candidate"
                    + " join client c on c.id = candidate.id";
            params.put("folded", folded[0]);
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
        condition(where, params, "c.current_phase = :phase", "phase", search.phase());
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
        sql.append(" limit ").append(fetchSize);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Hit((UUID) row[0], row[1] == null ? null : ((Number) row[1]).doubleValue()))
                .toList();
    }

    /** Sound codes are upper-case letters and digits only (dmetaphone), so they can be written as a literal. */
    private static String soundCodes(String spaceSeparated) {
        List<String> codes = new ArrayList<>();
        for (String code : spaceSeparated == null ? new String[0] : spaceSeparated.split(" ")) {
            if (code.matches("[A-Z0-9]{1,16}")) {
                codes.add("'" + code + "'");
            }
        }
        return codes.isEmpty() ? "cast('{}' as text[])" : "array[" + String.join(",", codes) + "]::text[]";
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
