package org.mrc.casework.hsds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mrc.casework.shared.problem.ApiException;

/**
 * Reads the directory as HSDS. What may appear is decided in one place, {@link #LISTED}: offerings of active partner
 * organisations at their locations. In-house offerings of the centre's offices (no partner) never appear, nor do
 * inactive partners and their offerings.
 */
@ApplicationScoped
public class HsdsDirectory {

    /** The one taxonomy: the service catalogue. Its id is fixed so that consumers can keep it. */
    public static final UUID CATALOGUE =
            UUID.nameUUIDFromBytes("mrc-casework:service-catalogue".getBytes(StandardCharsets.UTF_8));

    /** The offerings that may appear in HSDS (alias o, with partner p, location l and service type st). */
    private static final String LISTED = """
            from offering o
            join partner_organisation p on p.id = o.partner_id and p.active
            join partner_location l on l.id = o.location_id
            join service_type st on st.id = o.service_type_id
            where o.partner_id is not null""";

    private static final String OFFERING_COLUMNS = """
            select o.id, o.partner_id, o.location_id, o.description, o.status, o.eligibility, o.min_age, o.max_age,
                   o.fees, o.languages, o.updated_at, st.id, st.code, st.name, st.description,
                   p.name, p.types, p.locality, p.country, p.website,
                   l.name, l.address, l.locality, l.country, l.latitude, l.longitude""";

    /** Filters of the HSDS service and service_at_location lists; null members match anything. */
    public record Filter(
            String search, UUID taxonomyTermId, UUID taxonomyId, UUID organizationId, Instant modifiedAfter) {}

    private final EntityManager entityManager;

    HsdsDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Hsds.Page<Hsds.Service> services(Filter filter, int page, int perPage) {
        List<Object[]> rows = offerings(filter, page, perPage);
        return Hsds.Page.of(rows.stream().map(r -> service(r, false)).toList(), countOfferings(filter), page, perPage);
    }

    @Transactional
    public Hsds.Service service(UUID id) {
        return service(offering(id), true);
    }

    @Transactional
    public Hsds.Page<Hsds.ServiceAtLocation> servicesAtLocations(Filter filter, int page, int perPage) {
        List<Object[]> rows = offerings(filter, page, perPage);
        return Hsds.Page.of(
                rows.stream().map(r -> serviceAtLocation(r, false)).toList(), countOfferings(filter), page, perPage);
    }

    @Transactional
    public Hsds.ServiceAtLocation serviceAtLocation(UUID id) {
        return serviceAtLocation(offering(id), true);
    }

    @Transactional
    public Hsds.Page<Hsds.Organization> organizations(
            String search, UUID taxonomyTermId, UUID taxonomyId, int page, int perPage) {
        String where = """
                from partner_organisation p
                where p.active
                  and (cast(?1 as varchar) is null or strpos(lower(p.name), ?1) > 0 or strpos(lower(p.locality), ?1) > 0)
                  and (cast(?2 as uuid) is null or exists (
                      select 1 from offering o join partner_location l on l.id = o.location_id
                      where o.partner_id = p.id and o.service_type_id = cast(?2 as uuid)))
                  and (cast(?3 as uuid) is null or cast(?3 as uuid) = ?4)""";
        Query list = entityManager.createNativeQuery("select p.id, p.name, p.types, p.locality, p.country, p.website "
                + where + " order by p.name, p.id limit ?5 offset ?6");
        Query count = entityManager.createNativeQuery("select count(*) " + where);
        for (Query query : List.of(list, count)) {
            query.setParameter(1, searchText(search))
                    .setParameter(2, text(taxonomyTermId))
                    .setParameter(3, text(taxonomyId))
                    .setParameter(4, CATALOGUE);
        }
        list.setParameter(5, perPage).setParameter(6, (long) (page - 1) * perPage);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        List<Hsds.Organization> organizations = rows.stream()
                .map(r -> new Hsds.Organization(
                        (UUID) r[0], (String) r[1], describe(r[2], r[3], r[4]), (String) r[5], null, null))
                .toList();
        return Hsds.Page.of(organizations, ((Number) count.getSingleResult()).longValue(), page, perPage);
    }

    @Transactional
    public Hsds.Organization organization(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select p.id, p.name, p.types, p.locality, p.country, p.website from partner_organisation p"
                                + " where p.id = ?1 and p.active")
                .setParameter(1, id)
                .getResultList();
        Object[] r = rows.stream().findFirst().orElseThrow(() -> ApiException.notFound("organization"));
        Filter ofOrganization = new Filter(null, null, null, id, null);
        List<Hsds.Service> services = offerings(ofOrganization, 1, Integer.MAX_VALUE).stream()
                .map(row -> service(row, false))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> locationRows = entityManager
                .createNativeQuery(
                        "select l.id, l.partner_id, l.name, l.address, l.locality, l.country, l.latitude, l.longitude"
                                + " from partner_location l where l.partner_id = ?1 order by l.id")
                .setParameter(1, id)
                .getResultList();
        List<Hsds.Location> locations = locationRows.stream()
                .map(l -> location(l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[7]))
                .toList();
        return new Hsds.Organization(
                (UUID) r[0], (String) r[1], describe(r[2], r[3], r[4]), (String) r[5], services, locations);
    }

    @Transactional
    public Hsds.Page<Hsds.Taxonomy> taxonomies(String search, int page, int perPage) {
        Hsds.Taxonomy catalogue = catalogue();
        boolean matches = search == null
                || (catalogue.name() + " " + catalogue.description())
                        .toLowerCase(Locale.ROOT)
                        .contains(search.toLowerCase(Locale.ROOT));
        List<Hsds.Taxonomy> all = matches ? List.of(catalogue) : List.of();
        List<Hsds.Taxonomy> shown = page == 1 ? all : List.of();
        return Hsds.Page.of(shown, all.size(), page, perPage);
    }

    @Transactional
    public Hsds.Taxonomy taxonomy(UUID id) {
        if (!CATALOGUE.equals(id)) {
            throw ApiException.notFound("taxonomy");
        }
        return catalogue();
    }

    private static Hsds.Taxonomy catalogue() {
        return new Hsds.Taxonomy(
                CATALOGUE,
                "MRC service catalogue",
                "The service types of migrant resource centres and their partners, one code per type",
                "1");
    }

    @Transactional
    public Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(String search, UUID taxonomyId, int page, int perPage) {
        if (taxonomyId != null && !CATALOGUE.equals(taxonomyId)) {
            return Hsds.Page.of(List.of(), 0, page, perPage);
        }
        String where = """
                from service_type st
                where st.active and (cast(?1 as varchar) is null or strpos(lower(st.name), ?1) > 0 or strpos(lower(st.code), ?1) > 0
                    or strpos(lower(st.description), ?1) > 0)""";
        Query list = entityManager.createNativeQuery(
                "select st.id, st.code, st.name, st.description " + where + " order by st.code limit ?2 offset ?3");
        Query count = entityManager.createNativeQuery("select count(*) " + where);
        list.setParameter(1, searchText(search));
        count.setParameter(1, searchText(search));
        list.setParameter(2, perPage).setParameter(3, (long) (page - 1) * perPage);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        return Hsds.Page.of(
                rows.stream().map(r -> term(r[0], r[1], r[2], r[3])).toList(),
                ((Number) count.getSingleResult()).longValue(),
                page,
                perPage);
    }

    @Transactional
    public Hsds.TaxonomyTerm taxonomyTerm(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select st.id, st.code, st.name, st.description from service_type st where st.id = ?1")
                .setParameter(1, id)
                .getResultList();
        Object[] r = rows.stream().findFirst().orElseThrow(() -> ApiException.notFound("taxonomy term"));
        return term(r[0], r[1], r[2], r[3]);
    }

    /** The HSDS service_at_location id a referral's offering has, if the offering is in the directory. */
    @Transactional
    public Optional<UUID> serviceAtLocationOf(UUID offeringId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager
                .createNativeQuery("select o.id " + LISTED + " and o.id = ?1")
                .setParameter(1, offeringId)
                .getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    private Object[] offering(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(OFFERING_COLUMNS + " " + LISTED + " and o.id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().orElseThrow(() -> ApiException.notFound("service"));
    }

    private static final String FILTERS = """
             and (cast(?1 as varchar) is null or strpos(lower(st.name), ?1) > 0 or strpos(lower(o.description), ?1) > 0 or strpos(lower(p.name), ?1) > 0
                  or strpos(lower(l.locality), ?1) > 0)
             and (cast(?2 as uuid) is null or o.service_type_id = cast(?2 as uuid))
             and (cast(?3 as uuid) is null or cast(?3 as uuid) = ?6)
             and (cast(?4 as uuid) is null or o.partner_id = cast(?4 as uuid))
             and (cast(?5 as timestamptz) is null or o.updated_at >= cast(?5 as timestamptz))""";

    private List<Object[]> offerings(Filter filter, int page, int perPage) {
        Query query = entityManager.createNativeQuery(
                OFFERING_COLUMNS + " " + LISTED + " " + FILTERS + " order by o.id limit ?7 offset ?8");
        bind(query, filter);
        query.setParameter(7, perPage).setParameter(8, (long) (page - 1) * perPage);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private long countOfferings(Filter filter) {
        Query query = entityManager.createNativeQuery("select count(*) " + LISTED + " " + FILTERS);
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void bind(Query query, Filter filter) {
        query.setParameter(1, searchText(filter.search()))
                .setParameter(2, text(filter.taxonomyTermId()))
                .setParameter(3, text(filter.taxonomyId()))
                .setParameter(4, text(filter.organizationId()))
                .setParameter(5, filter.modifiedAfter() == null ? null : Timestamp.from(filter.modifiedAfter()))
                .setParameter(6, CATALOGUE);
    }

    private static Hsds.Service service(Object[] r, boolean full) {
        UUID id = (UUID) r[0];
        UUID partner = (UUID) r[1];
        Hsds.TaxonomyTerm term = term(r[11], r[12], r[13], r[14]);
        List<Hsds.Language> languages = new ArrayList<>();
        for (String code : strings(r[9])) {
            languages.add(new Hsds.Language(derived("language", id, code), id, code));
        }
        return new Hsds.Service(
                id,
                partner,
                term.name(),
                (String) r[3],
                status((String) r[4]),
                (String) r[5],
                r[6] == null ? null : ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(),
                (String) r[8],
                instant(r[10]),
                new Hsds.OrganizationSummary(partner, (String) r[15], describe(r[16], r[17], r[18])),
                full ? languages : null,
                full
                        ? List.of(new Hsds.Attribute(
                                derived("attribute", id, term.code()), id, "service_type", "service", term.id(), term))
                        : null,
                full ? List.of(new Hsds.ServiceAtLocation(id, id, (UUID) r[2], null, null, null)) : null);
    }

    private static Hsds.ServiceAtLocation serviceAtLocation(Object[] r, boolean full) {
        UUID id = (UUID) r[0];
        Hsds.Location location = location(r[2], r[1], r[20], r[21], r[22], r[23], r[24], r[25]);
        return new Hsds.ServiceAtLocation(id, id, location.id(), null, location, service(r, full));
    }

    private static Hsds.Location location(
            Object id,
            Object partner,
            Object name,
            Object address,
            Object locality,
            Object country,
            Object latitude,
            Object longitude) {
        String place = (address == null ? "" : address + ", ") + locality + ", " + country;
        return new Hsds.Location(
                (UUID) id,
                "physical",
                (UUID) partner,
                (String) name,
                place,
                latitude == null ? null : ((Number) latitude).doubleValue(),
                longitude == null ? null : ((Number) longitude).doubleValue());
    }

    private static Hsds.TaxonomyTerm term(Object id, Object code, Object name, Object description) {
        return new Hsds.TaxonomyTerm(
                (UUID) id,
                (String) code,
                (String) name,
                description == null ? (String) name : (String) description,
                "mrc-service-catalogue",
                CATALOGUE);
    }

    /** HSDS requires an organization description; the directory has types and a place, which say what it is. */
    private static String describe(Object types, Object locality, Object country) {
        List<String> named = new ArrayList<>();
        for (String type : strings(types)) {
            named.add(type.toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        String where = locality == null ? (String) country : locality + ", " + country;
        return String.join(", ", named) + " (" + where + ")";
    }

    private static final Map<String, String> STATUS = new LinkedHashMap<>(
            Map.of("ACTIVE", "active", "INACTIVE", "inactive", "TEMPORARILY_CLOSED", "temporarily closed"));

    private static String status(String offeringStatus) {
        return STATUS.getOrDefault(offeringStatus, "inactive");
    }

    private static List<String> strings(Object array) {
        if (array == null) {
            return List.of();
        }
        if (array instanceof String[] strings) {
            return List.of(strings);
        }
        if (array instanceof Object[] objects) {
            return java.util.Arrays.stream(objects).map(String::valueOf).toList();
        }
        try {
            return strings(((java.sql.Array) array).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("unreadable array column", e);
        }
    }

    /** A stable id for a derived HSDS row (a language, an attribute) that has no table of its own. */
    private static UUID derived(String kind, UUID owner, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + owner + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The search text, matched as a literal substring ignoring case (never as a LIKE pattern). */
    private static String searchText(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return search.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
