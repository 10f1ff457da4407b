package org.mrc.casework.profile;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.Sex;
import org.mrc.casework.partner.EligibilityRules;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The local migration profile, exported as a planning office would: the centre's coordinator asks for the profile of
 * the centre and its desk, as JSON, as a CSV bundle and as printable HTML. The dataset puts 7 women, 6 men and 2
 * people of undisclosed sex with an open episode in the desk, so the caseload has a cell to withhold (2), another
 * withheld with it so that it cannot be recomputed, and a published one (7 or 6): no count from 1 to 4 may appear
 * anywhere, in any format, charts included, while the published one must.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalMigrationProfileTest {

    private static final String PATH = "/reports/local-migration-profile";

    private String centre;
    private String desk;
    private String elsewhere;
    private String partnerName;
    private Map<String, Object> query;

    @BeforeEach
    void buildOnce() {
        if (centre != null) {
            return;
        }
        String locality = DirectoryFixtures.uniqueLocality();
        String centreCode = OfficeFixtures.uniqueCode();
        OfficeFixtures.Opening body = OfficeFixtures.body(centreCode, "RESOURCE_CENTRE", null);
        body.locality(locality);
        body.territorySide(TerritorySide.ORIGIN);
        String centreId = Api.asAdmin()
                .body(body)
                .post("/offices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String deskCode = OfficeFixtures.uniqueCode();
        OfficeFixtures.Opening deskBody = OfficeFixtures.body(deskCode, "MIGRATION_DESK", centreId);
        deskBody.locality(locality);
        String deskId = Api.asAdmin()
                .body(deskBody)
                .post("/offices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        elsewhere = OfficeFixtures.openCode("RESOURCE_CENTRE", null);

        partnerName = "Profile cooperative " + ClientFixtures.uniqueName();
        String partner = Api.asAdmin()
                .body(DirectoryFixtures.partner(partnerName, "COOPERATIVE"))
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String location = DirectoryFixtures.addLocation(partner, locality);
        DirectoryFixtures.OfferingTerms terms = DirectoryFixtures.terms("tl");
        terms.rules(new EligibilityRules(null, null, null, null, null, null, true));
        Api.asAdmin()
                .body(DirectoryFixtures.partnerOffering("ACCESS_TO_CREDIT", partner, location, terms))
                .post("/offerings")
                .then()
                .statusCode(201);
        DirectoryFixtures.Offering inHouse =
                DirectoryFixtures.officeOffering("PRE_DEPARTURE_ORIENTATION", deskId, DirectoryFixtures.terms("tl"));
        Api.asAdmin().body(inHouse).post("/offerings").then().statusCode(201);

        String staff = Tokens.staff("caseworker", deskCode);
        for (int i = 0; i < 15; i++) {
            ClientFixtures.Person person = ClientFixtures.person("Profile", ClientFixtures.uniqueName());
            person.sex(i < 7 ? Sex.FEMALE : i < 13 ? Sex.MALE : Sex.UNDISCLOSED);
            person.originLocality(i < 9 ? "Lipa City" : "Rosario");
            String client = ClientFixtures.registerId(deskCode, person);
            EpisodeFixtures.Opening journey = EpisodeFixtures.labour("2026-01-10");
            journey.phase(MigrationPhase.PRE_DEPARTURE);
            EpisodeFixtures.openId(staff, client, journey);
        }
        Api.asAdmin().post("/reports/refresh").then().statusCode(200);
        centre = centreCode;
        desk = deskCode;
        query = Map.of("office", centre, "from", "2026-01", "to", "2026-12");
    }

    @Test
    void theCoordinatorExportsTheProfileOfTheTerritoryWithEveryIndicatorSourcedDatedAndCaveated() {
        JsonPath profile = Api.as(coordinator())
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
        assertEquals(centre, profile.getString("territory.officeCode"));
        assertEquals(List.of(centre, desk), profile.getList("territory.offices.code"));
        assertEquals("QUARTER", profile.getString("period.granularity"));
        assertEquals(
                List.of(
                        "caseload",
                        "caseload-by-territory-side",
                        "caseload-by-origin-locality",
                        "movements",
                        "movements-by-country",
                        "returnees",
                        "families-left-behind",
                        "children-schooling",
                        "services-delivered",
                        "referrals",
                        "skills-recognition",
                        "deskilling"),
                profile.getList("trends.id"));
        for (Map<String, Object> indicator : profile.<Map<String, Object>>getList("trends")) {
            assertTrue(((String) indicator.get("source")).contains("/reports/"), "each indicator names its source");
            assertTrue(indicator.get("dataAsOf") != null, "and its date");
            assertTrue(((String) indicator.get("caveat")).contains("under-counted"), "and the caveat");
            assertTrue(((List<?>) indicator.get("dimensions")).contains("sex"), "each by sex");
        }
        assertEquals(Arrays.asList("ORIGIN", null), profile.getList("territory.offices.territorySide"));
        // the desk's clients count under the side it serves, not recorded yet, with the caseload's suppression
        assertEquals(
                published(profile).stream().sorted().toList(),
                profile
                        .<Integer>getList("trends.find { it.id == 'caseload-by-territory-side' }.cells.findAll {"
                                + " it.period == '2026-Q1' && it.dimensions.territorySide == 'NOT_RECORDED'"
                                + " && it.count != null }.count")
                        .stream()
                        .sorted()
                        .toList());
        assertFalse(published(profile).isEmpty());
        // long-tailed breakdowns cover the period as one
        assertEquals(
                List.of("2026-01/2026-12"),
                profile.getList("trends.find { it.id == 'caseload-by-origin-locality' }.cells.period").stream()
                        .distinct()
                        .toList());
        Map<String, Object> undisclosed = profile.get("trends.find { it.id == 'caseload' }.cells.find {"
                + " it.period == '2026-Q1' && it.dimensions.sex == 'UNDISCLOSED' }");
        assertEquals(true, undisclosed.get("suppressed"));
        assertFalse(published(profile).isEmpty(), "the caseload of women or of men is published");
        assertEquals(List.of(), smallCounts(profile));
        assertTrue(profile.getList("localActors.partners.name").contains(partnerName));
        assertTrue(profile.getList("localActors.initiatives.serviceType").contains("PRE_DEPARTURE_ORIENTATION"));
        assertTrue(profile.<Boolean>getList("localActors.initiatives.extendedMainstream")
                .contains(true));
        assertFalse(profile.getList("qualitativeThemes").isEmpty());
        assertFalse(profile.getList("recommendations").isEmpty());
        assertTrue(profile.getList("dataSources.name").contains("Partner directory and offerings"));
    }

    /** The published caseload counts of 2026-Q1 by sex (7 women, 6 men: one of them is withheld with the 2). */
    private List<Integer> published(JsonPath profile) {
        List<Integer> counts = new ArrayList<>();
        for (String sex : List.of("FEMALE", "MALE")) {
            Map<String, Object> cell = profile.get("trends.find { it.id == 'caseload' }.cells.find {"
                    + " it.period == '2026-Q1' && it.dimensions.sex == '" + sex + "' }");
            if (cell.get("count") instanceof Integer n) {
                counts.add(n);
            }
        }
        return counts;
    }

    private JsonPath json() {
        return Api.as(coordinator())
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void thePrintableDocumentChartsOnlyPublishedFiguresAndFetchesNothing() {
        List<Integer> published = published(json());
        String html = Api.as(coordinator())
                .accept("text/html")
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .extract()
                .asString();
        assertTrue(html.contains("<svg"), "the trends are charted");
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="), "nothing fetched");
        List<Integer> charted = numbers(html, "data-count=\"(\\d+)\"");
        List<Integer> labelled = numbers(html, "class=\"value\"[^>]*>(\\d+)<");
        assertTrue(charted.containsAll(published), "the published caseload is charted");
        assertTrue(html.contains("withheld"), "the withheld cell is shown as withheld");
        for (int n : charted) {
            assertTrue(n >= 5, "a chart bar below the threshold: " + n);
        }
        for (int n : labelled) {
            assertTrue(n == 0 || n >= 5, "a number below the threshold: " + n);
        }
        // a breakdown over the whole period is one chart with its values along it, and one table
        String byLocality = html.substring(
                html.indexOf("Caseload by origin locality"), html.indexOf("<h3>Departures and returns</h3>"));
        assertEquals(1, byLocality.split("<svg", -1).length - 1, "one chart for every locality");
        assertTrue(byLocality.contains(">Lipa City</text>") && byLocality.contains(">Rosario</text>"));
        assertTrue(byLocality.contains("<th>originLocality</th>"));
        assertTrue(html.contains("Qualitative themes") && html.contains("Recommendations"));
        assertTrue(html.contains(partnerName));
    }

    @Test
    void theCsvBundleHoldsEverySectionAndNoCountBelowTheThreshold() throws IOException {
        List<Integer> published = published(json());
        byte[] zip = Api.as(coordinator())
                .accept("application/zip")
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        Map<String, String> files = unzip(zip);
        assertEquals(
                List.of(
                        "README.txt",
                        "indicators.csv",
                        "data-sources.csv",
                        "local-actors.csv",
                        "initiatives.csv",
                        "governance.csv",
                        "to-be-written.csv"),
                new ArrayList<>(files.keySet()));
        String[] lines = files.get("indicators.csv").split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        int count = header.indexOf("count");
        List<Integer> seen = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            String value = fields[count];
            if (!value.isEmpty()) {
                int n = Integer.parseInt(value);
                assertTrue(n == 0 || n >= 5, "a count below the threshold: " + lines[i]);
                seen.add(n);
            }
            assertTrue(lines[i].contains("under-counted"), "every row carries the caveat");
        }
        assertTrue(seen.containsAll(published), "the published caseload is in the bundle");
        assertTrue(files.get("local-actors.csv").contains(partnerName));
    }

    @Test
    void theProfileIsScopedLikeEveryReport() {
        Api.as(Tokens.staff("coordinator", elsewhere))
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(403);
        Api.as(coordinator()).queryParam("office", elsewhere).get(PATH).then().statusCode(403);
        Api.as(Tokens.staff("coordinator", desk))
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(403);
        Api.as(Tokens.staff("caseworker", centre))
                .queryParams(query)
                .get(PATH)
                .then()
                .statusCode(403);
        Api.as(Tokens.of("analyst")).queryParams(query).get(PATH).then().statusCode(200);
        Api.as(coordinator()).get(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("office")));
    }

    private String coordinator() {
        return Tokens.staff("coordinator", centre);
    }

    private static List<String> smallCounts(JsonPath profile) {
        List<String> small = new ArrayList<>();
        for (Map<String, Object> indicator : profile.<Map<String, Object>>getList("trends")) {
            for (String part : List.of("cells", "totals")) {
                for (Map<String, Object> row : (List<Map<String, Object>>) indicator.get(part)) {
                    Object count = row.get("count");
                    if (count instanceof Integer n && n > 0 && n < 5) {
                        small.add(indicator.get("id") + " " + row);
                    }
                }
            }
        }
        return small;
    }

    private static List<Integer> numbers(String text, String regex) {
        List<Integer> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
