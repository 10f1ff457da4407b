package org.mrc.casework.lifecycle.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.ConsentFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.HouseholdFixtures;
import org.mrc.casework.support.HumanCapitalFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ServiceFixtures;

/**
 * What counts as activity for the retention rules: any write about a client. As a class: every table linked to a
 * client (a foreign key to {@code client}, or to a table that has one; from the live schema, so a new table fails here
 * until someone decides) is read by {@link RetentionSelection#ACTIVITY} or listed below with the reason its writes
 * show elsewhere or are no casework. Then, through the API, one closed case per kind of write, years without
 * activity, gets a recent write of that kind and stays out of the rule, while an untouched one falls under it.
 */
@QuarkusTest
class RetentionActivityTest {

    /** Tables linked to a client whose writes are not read as activity, and why. */
    static final Map<String, String> NOT_ACTIVITY = Map.of(
            "journey_leg", "written only through its episode (recording legs moves the episode's updated_at)",
            "referral_event", "written only with a move of its referral, which moves the referral's updated_at",
            "client_merge", "a merge moves rows and points one record to the other; both count as one person",
            "legal_hold", "not casework: a hold keeps the person from the rules while it holds, by itself",
            "erasure_request",
                    "not casework: an executed request leaves nothing to retain, a refused one changes" + " nothing");

    @Inject
    DataSource dataSource;

    @Test
    void everyTableLinkedToAClientIsReadAsActivityOrExcludedForAReason() throws SQLException {
        Set<String> linked = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        with direct as (
                            select distinct conrelid from pg_constraint
                            where contype = 'f' and confrelid = 'client'::regclass and conrelid <> confrelid)
                        select conrelid::regclass::text from direct
                        union select c.conrelid::regclass::text from pg_constraint c join direct d
                            on c.confrelid = d.conrelid
                        where c.contype = 'f' and c.conrelid <> 'client'::regclass""")) {
            while (rows.next()) {
                linked.add(rows.getString(1));
            }
        }
        Map<String, String> undecided = new TreeMap<>();
        for (String table : linked) {
            boolean read = Pattern.compile("\\b(from|join) " + table + "\\b")
                    .matcher(RetentionSelection.ACTIVITY)
                    .find();
            if (read == NOT_ACTIVITY.containsKey(table)) {
                undecided.put(table, read ? "read as activity and excluded" : "neither read nor excluded");
            }
        }
        assertEquals(Map.of(), undecided, "tables linked to a client: " + linked);
        Set<String> stale = new TreeSet<>(NOT_ACTIVITY.keySet());
        stale.removeAll(linked);
        assertEquals(Set.of(), stale, "excluded tables that are not linked to a client (any more)");
    }

    @Test
    void aRecentWriteOfAnyKindKeepsAClosedCaseOutOfTheRuleForYears() throws SQLException {
        Map<String, RetentionFixtures.Office> offices = new LinkedHashMap<>();
        Map<String, String> clients = new LinkedHashMap<>();
        for (String kind : List.of(
                "untouched",
                "correction",
                "episode",
                "household link",
                "consent",
                "diploma",
                "skill",
                "language",
                "employment",
                "school status",
                "service",
                "session attendance",
                "referral")) {
            RetentionFixtures.Office office = RetentionFixtures.office();
            offices.put(kind, office);
            clients.put(kind, RetentionFixtures.closedCase(office, "Kind"));
        }
        RetentionFixtures.backdate(dataSource, List.copyOf(clients.values()), 7);
        write(offices, clients);

        JsonPath preview = RetentionFixtures.dryRun();
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
        for (String kind : clients.keySet()) {
            found.put(kind, RetentionFixtures.line(preview, offices.get(kind).id(), "CLOSED_CASE"));
            expected.put(
                    kind,
                    kind.equals("untouched")
                            ? Map.of("action", "ANONYMISE", "processed", 1, "held", 0, "waiting", 0)
                            : Map.of());
        }
        assertEquals(expected, found, "the closed case under the rule, by the kind of its recent write");
    }

    /** Today, one write of each kind about the client of that kind (dated in the past where the write has a date). */
    private void write(Map<String, RetentionFixtures.Office> offices, Map<String, String> clients) throws SQLException {
        RetentionFixtures.Office office = offices.get("correction");
        Api.as(office.staff())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"" + version(clients.get("correction")) + "\"")
                .body(Map.of("currentLocality", "Tarlac City"))
                .patch("/clients/" + clients.get("correction"))
                .then()
                .statusCode(200);

        office = offices.get("episode");
        String client = clients.get("episode");
        String episode = Api.as(office.staff())
                .get("/clients/" + client + "/episodes")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        EpisodeFixtures.recordLegs(
                        office.staff(),
                        client,
                        episode,
                        List.of(EpisodeFixtures.leg("SA", "2015-02-01", "2015-05-30", "WORK")))
                .then()
                .statusCode(200);

        office = offices.get("household link");
        String relative = ClientFixtures.registerId(
                office.code(), ClientFixtures.person("Relative", ClientFixtures.uniqueName()));
        RetentionFixtures.backdate(dataSource, List.of(relative), 7);
        HouseholdFixtures.linked(
                        office.staff(),
                        clients.get("household link"),
                        HouseholdFixtures.link(relative, "SIBLING", "ELSEWHERE"))
                .then()
                .statusCode(201);

        ConsentFixtures.record(
                offices.get("consent").code(),
                clients.get("consent"),
                ConsentFixtures.consent("SERVICE_DELIVERY", "IDENTITY"));

        post(
                offices.get("diploma"),
                clients.get("diploma"),
                "diplomas",
                HumanCapitalFixtures.diploma(
                        2010, List.of(HumanCapitalFixtures.recognition("PH", "RECOGNISED", "2014-01-01"))));
        post(
                offices.get("skill"),
                clients.get("skill"),
                "skills",
                HumanCapitalFixtures.skill("Welding", "ON_THE_JOB", "UA"));
        post(
                offices.get("language"),
                clients.get("language"),
                "languages",
                HumanCapitalFixtures.language("tl", "A2", null, null));
        post(
                offices.get("employment"),
                clients.get("employment"),
                "employment",
                HumanCapitalFixtures.employment("DURING", "Welder", 7, "FORMAL", "2015-01-01", "2015-05-01", false));

        // recording one through the API needs a household with a migrant in it; what counts is the row written today
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into child_schooling (id, client_id, status, since, recorded_by, recorded_at)
                        values (?, cast(? as uuid), 'NOT_ENROLLED', date '2016-01-01', 'test', now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, clients.get("school status"));
            insert.executeUpdate();
        }

        post(
                offices.get("service"),
                clients.get("service"),
                "services",
                ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.parse("2016-01-15")));

        office = offices.get("session attendance");
        ServiceFixtures.Session session = ServiceFixtures.session("LANGUAGE_COURSE", LocalDate.parse("2016-01-20"));
        String sessionId = Api.as(office.staff())
                .body(session)
                .post("/group-sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(office.staff())
                .header("If-Match", "\"0\"")
                .body(Map.of("clientId", clients.get("session attendance")))
                .post("/group-sessions/" + sessionId + "/attendees")
                .then()
                .statusCode(200);

        office = offices.get("referral");
        String partner = DirectoryFixtures.registerPartner("NGO");
        String location = DirectoryFixtures.addLocation(partner, DirectoryFixtures.uniqueLocality());
        String offering = DirectoryFixtures.offer("LANGUAGE_COURSE", partner, location, "tl");
        ReferralFixtures.draft(
                new ReferralFixtures.Setup(office.code(), clients.get("referral"), partner, offering),
                LocalDate.now().plusDays(14),
                "IDENTITY");
    }

    private static void post(RetentionFixtures.Office office, String client, String path, Object body) {
        Api.as(office.staff())
                .body(body)
                .post("/clients/" + client + "/" + path)
                .then()
                .statusCode(201);
    }

    private long version(String client) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select version from client where id = ?")) {
            query.setObject(1, UUID.fromString(client));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
