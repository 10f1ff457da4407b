package org.mrc.casework.bench;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Client registry at scale: loads synthetic clients (default 1,000,000) into a real PostgreSQL with fsync on,
 * starts the packaged production jar against it, and prints registration throughput through the API and p50/p95
 * latencies of name search, reference lookup and client read. Run with {@code deploy/benchmark} (see README).
 *
 * <p>Not a test: it asserts nothing and never runs in the test suite. Every request is a real, authenticated HTTP
 * call through the full stack (token verification, scoping, audit writes).
 */
public final class ClientBenchmark {

    private static final int OFFICES = 30;

    private final int clients = Integer.getInteger("bench.clients", 1_000_000);
    private final int registrations = Integer.getInteger("bench.registrations", 3_000);
    private final int samples = Integer.getInteger("bench.samples", 500);
    private final int threads = Integer.getInteger("bench.threads", 8);
    private final int referrals = Integer.getInteger("bench.referrals", 3_000_000);
    private BenchStack stack;

    public static void main(String[] args) throws Exception {
        new ClientBenchmark().run();
    }

    private void run() throws Exception {
        try (BenchStack started = BenchStack.startDatabase()) {
            stack = started;
            stack.startService(Path.of("target", "benchmark-service.log"));
            System.out.printf(
                    Locale.ROOT,
                    "%nmrc-casework client benchmark: %,d clients in %d offices, %d cores%n",
                    clients,
                    OFFICES,
                    Runtime.getRuntime().availableProcessors());
            List<String> officeCodes = createOffices(stack);
            long loadStart = System.nanoTime();
            load(stack, officeCodes, clients);
            System.out.printf(
                    Locale.ROOT, "loaded %,d clients with set-based SQL in %.1f s%n", clients, seconds(loadStart));
            Sample sample = sample();
            String centre = officeCodes.get(0);
            String desk = officeCodes.get(1);
            String coordinator = stack.token("coordinator", centre);
            String caseworker = stack.token("caseworker", desk);

            registrationThroughput(caseworker);
            measure(() -> stack.get("/clients?limit=20&name=" + enc(sample.searchName()), coordinator))
                    .print("name search, coordinator of the whole province (typo and accent tolerant)");
            measure(() -> stack.get("/clients?limit=20&name=" + enc(sample.searchName()), caseworker))
                    .print("name search, caseworker of one desk");
            measure(() -> stack.get("/clients?reference=" + sample.reference(), coordinator))
                    .print("reference lookup (GET /clients?reference=)");
            measure(() -> stack.get("/clients/" + sample.id(), coordinator)).print("client read (GET /clients/{id})");
            if (referrals > 0) {
                referralFigures(desk);
            }
        }
    }

    static List<String> createOffices(BenchStack stack) throws Exception {
        List<String> codes = new ArrayList<>();
        String admin = stack.token("admin", null);
        String centreId = null;
        for (int i = 0; i < OFFICES; i++) {
            String code = i == 0 ? "PRV" : "D%02d".formatted(i);
            String body = "{\"code\":\"%s\",\"name\":\"Office %s\",\"kind\":\"%s\",\"country\":\"PH\"%s}"
                    .formatted(
                            code,
                            code,
                            i == 0 ? "RESOURCE_CENTRE" : "MIGRATION_DESK",
                            centreId == null ? "" : ",\"parentId\":\"" + centreId + "\"");
            HttpResponse<String> response = stack.post("/offices", body, admin);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("office creation failed: " + response.statusCode());
            }
            if (i == 0) {
                centreId = response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            }
            codes.add(code);
        }
        return codes;
    }

    /**
     * Synthetic but realistic: names from several regions with accents, a long tail of small desks (the centre and
     * a few large desks hold most clients), more women than men, birth years 1940-2012 with one crowded year (a fifth
     * of clients born in 1995, and one in twenty known only as born in 1990, as when a birth year is estimated), phones
     * for most.
     */
    static void load(BenchStack stack, List<String> officeCodes, int clients) throws SQLException {
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    create temporary table bench_names (given text[], family text[]);
                    insert into bench_names values (
                      array['José','María','Irina','Olena','Pedro','Idriss','Azfar','Ana','Juan','Fatima','Amina',
                            'Mohamed','Ahmed','Oksana','Natalia','Carmen','Luis','Rosa','Grace','Joseph','Mary','John',
                            'Chinedu','Ngozi','Aisha','Ibrahim','Yusuf','Ravi','Priya','Anil','Sunita','Maricel',
                            'Jonel','Rowena','Arnel','Liza','Ramón','Inés','Zoë','François','Chloé','Björn','Łukasz',
                            'Agnieszka','Dmytro','Svitlana','Andriy','Tetiana','Hùng','Thảo'],
                      array['García','Fernández','González','Rodríguez','López','Martínez','Pérez','Sánchez',
                            'Kovalenko','Shevchenko','Bondarenko','Tkachenko','Kravchenko','Okafor','Adeyemi',
                            'Okonkwo','Mensah','Diallo','Traoré','Kumar','Sharma','Singh','Patel','Reyes','Santos',
                            'Cruz','Bautista','Dela Cruz','Mendoza','Villanueva','Aquino','Ramos','Castillo','Müller',
                            'Schäfer','Nowak','Wiśniewski','Dąbrowski','Nguyễn','Trần','Lê','Haddad','Khalil',
                            'Mansour','Benali','El Amrani','Ouedraogo','Kaboré','Silva','Oliveira']);
                    """);
            StringBuilder offices = new StringBuilder("array[");
            for (int i = 0; i < officeCodes.size(); i++) {
                offices.append(i == 0 ? "" : ",")
                        .append('\'')
                        .append(officeCodes.get(i))
                        .append('\'');
            }
            offices.append(']');
            int batch = 100_000;
            for (int from = 1; from <= clients; from += batch) {
                int to = Math.min(clients, from + batch - 1);
                sql.execute("""
                        insert into client (id, office_id, reference, given_name, family_name, sex, birth_date,
                            birth_year, nationalities, preferred_languages, phone, roles, administrative_status,
                            created_at, updated_at, version)
                        select gen_random_uuid(), o.id, o.code || '-2026-' || lpad(g::text, 7, '0'),
                               case when g %% 10 < 4 then n.given[1 + (abs(hashtext(g::text || 'g')) %% array_length(n.given, 1))] else initcap((array['ba','ka','la','ma','na','ra','sa','ta','wa','ya','be','de','ge','le','me','ne','re','se','te','bi','di','gi','li','mi','ni','ri','si','ti','bo','do','go','lo','mo','no','ro','so','to','bu','du','gu','lu','mu','nu','ru','su','tu'])[1 + abs(hashtext(g::text || 'gs1')) %% 46] || (array['ba','ka','la','ma','na','ra','sa','ta','wa','ya','be','de','ge','le','me','ne','re','se','te','bi','di','gi','li','mi','ni','ri','si','ti','bo','do','go','lo','mo','no','ro','so','to','bu','du','gu','lu','mu','nu','ru','su','tu'])[1 + abs(hashtext(g::text || 'gs2')) %% 46] || (array['ba','ka','la','ma','na','ra','sa','ta','wa','ya','be','de','ge','le','me','ne','re','se','te','bi','di','gi','li','mi','ni','ri','si','ti','bo','do','go','lo','mo','no','ro','so','to','bu','du','gu','lu','mu','nu','ru','su','tu'])[1 + abs(hashtext(g::text || 'gs3')) %% 46]) end,
                               case when g %% 10 < 3 then n.family[1 + (abs(hashtext(g::text || 'f')) %% array_length(n.family, 1))] else initcap((array['ba','ka','la','ma','na','ra','sa','ta','wa','ya','be','de','ge','le','me','ne','re','se','te','bi','di','gi','li','mi','ni','ri','si','ti','bo','do','go','lo','mo','no','ro','so','to','bu','du','gu','lu','mu','nu','ru','su','tu'])[1 + abs(hashtext(g::text || 'fs1')) %% 46] || (array['ba','ka','la','ma','na','ra','sa','ta','wa','ya','be','de','ge','le','me','ne','re','se','te','bi','di','gi','li','mi','ni','ri','si','ti','bo','do','go','lo','mo','no','ro','so','to','bu','du','gu','lu','mu','nu','ru','su','tu'])[1 + abs(hashtext(g::text || 'fs2')) %% 46] || (array['ba','ka','la','ma','na','ra','sa','ta','wa','ya','be','de','ge','le','me','ne','re','se','te','bi','di','gi','li','mi','ni','ri','si','ti','bo','do','go','lo','mo','no','ro','so','to','bu','du','gu','lu','mu','nu','ru','su','tu'])[1 + abs(hashtext(g::text || 'fs3')) %% 46]) end,
                               case when g %% 100 < 56 then 'FEMALE' when g %% 100 < 98 then 'MALE'
                                    when g %% 100 < 99 then 'INTERSEX' else 'UNDISCLOSED' end,
                               case when g %% 20 = 3 then null
                                    when g %% 5 = 2 then date '1995-01-01' + (abs(hashtext(g::text || 'b')) %% 365)
                                    else date '1940-01-01' + (abs(hashtext(g::text || 'b')) %% 26000) end,
                               case when g %% 20 = 3 then 1990
                                    when g %% 5 = 2 then 1995
                                    else extract(year from date '1940-01-01' + (abs(hashtext(g::text || 'b')) %% 26000))::int
                               end,
                               array[(array['PH','UA','NG','IN','UY','MA','SN','VN','PL','MX'])[1 + g %% 10]],
                               array[(array['tl','uk','en','hi','es','ar','fr','vi','pl','es'])[1 + g %% 10]],
                               case when g %% 5 = 0 then null else '+63 9' || lpad((g::bigint * 7919 %% 1000000000)::text, 9, '0') end,
                               array[(array['RETURNEE','PROSPECTIVE_MIGRANT','FAMILY_LEFT_BEHIND','IMMIGRANT',
                                            'EMIGRANT_DIASPORA'])[1 + g %% 5]],
                               case when g %% 20 = 0 then 'IRREGULAR' else 'UNDISCLOSED' end,
                               now(), now(), 0
                        from generate_series(%d, %d) g
                        cross join bench_names n
                        join office o on o.code = (%s)[1 + least(29, floor(power(abs(hashtext(g::text || 'o')) %% 1000 / 1000.0, 2.5) * 30)::int)]
                        """.formatted(from, to, offices));
                System.out.printf(Locale.ROOT, "  ... %,d clients%n", to);
            }
            sql.execute("analyze client");
            // keep the API's numbering clear of the synthetic references
            sql.execute("select setval('client_reference_number', 90000000)");
        }
    }

    /**
     * Issue 4's figures: loads {@code referrals} requested referrals (set-based SQL) to ten partners, then measures
     * referral creation by a caseworker, partner status updates, and partner feed pages, all through the API.
     */
    private void referralFigures(String deskCode) throws Exception {
        List<String> partners = new ArrayList<>();
        List<String> offerings = new ArrayList<>();
        long start = System.nanoTime();
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement()) {
            for (int p = 0; p < 10; p++) {
                String partner = UUID.randomUUID().toString();
                String location = UUID.randomUUID().toString();
                String offering = UUID.randomUUID().toString();
                sql.execute(("insert into partner_organisation (id, name, types, country, locality, active, created_at,"
                                + " updated_at) values ('%s', 'Bench partner %d', array['NGO'], 'PH', 'Batangas', true,"
                                + " now(), now())")
                        .formatted(partner, p));
                sql.execute(("insert into partner_location (id, partner_id, name, locality, country, created_at,"
                                + " updated_at) values ('%s', '%s', 'Office', 'Batangas', 'PH', now(), now())")
                        .formatted(location, partner));
                sql.execute(("insert into offering (id, service_type_id, service_type_code, partner_id, location_id,"
                                + " country, locality, languages, status, created_at, updated_at)"
                                + " select '%s', id, code, '%s', '%s', 'PH', 'Batangas', array['tl'], 'ACTIVE', now(),"
                                + " now() from service_type where code = 'LANGUAGE_COURSE'")
                        .formatted(offering, partner, location));
                partners.add(partner);
                offerings.add(offering);
            }
            StringBuilder partnerArray = new StringBuilder("array[");
            StringBuilder offeringArray = new StringBuilder("array[");
            for (int p = 0; p < 10; p++) {
                partnerArray
                        .append(p == 0 ? "" : ",")
                        .append("'")
                        .append(partners.get(p))
                        .append("'::uuid");
                offeringArray
                        .append(p == 0 ? "" : ",")
                        .append("'")
                        .append(offerings.get(p))
                        .append("'::uuid");
            }
            partnerArray.append(']');
            offeringArray.append(']');
            int perClient = Math.max(1, referrals / clients);
            sql.execute(("insert into referral (id, client_id, office_id, offering_id, partner_id, service_type_code,"
                            + " reason, priority, due_date, shared_categories, status, client_ref, requested_at,"
                            + " change_seq, created_by, created_at, updated_at)"
                            + " select gen_random_uuid(), c.id, c.office_id, (%s)[1 + n %% 10], (%s)[1 + n %% 10],"
                            + " 'LANGUAGE_COURSE', 'Benchmark', 'ROUTINE', current_date + 30, array['IDENTITY'],"
                            + " 'REQUESTED', gen_random_uuid(), now(), nextval('referral_change_seq'), 'bench', now(),"
                            + " now() from (select id, office_id, row_number() over () as n from client) c"
                            + " cross join generate_series(1, %d) k")
                    .formatted(offeringArray, partnerArray, perClient));
            sql.execute("analyze referral");
        }
        System.out.printf(
                Locale.ROOT,
                "loaded %,d referrals to 10 partners with set-based SQL in %.1f s%n",
                referrals,
                seconds(start));

        // referral creation by a caseworker of one desk, for clients of that desk
        List<String> deskClients = new ArrayList<>();
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select c.id from client c join office o on o.id = c.office_id"
                        + " where o.code = '" + deskCode + "' limit 2000")) {
            while (rows.next()) {
                deskClients.add(rows.getString(1));
            }
        }
        String caseworker = stack.token("caseworker", deskCode);
        int creations = Math.min(registrations, 2000);
        String body = ("{\"offeringId\":\"%s\",\"reason\":\"Wants to learn the language\",\"priority\":\"ROUTINE\","
                        + "\"dueDate\":\"%s\",\"sharedCategories\":[\"IDENTITY\"]}")
                .formatted(offerings.get(0), java.time.LocalDate.now().plusDays(14));
        throughput(
                "referral creation through the API (POST /clients/{id}/referrals)",
                creations,
                n -> stack.post("/clients/" + deskClients.get(n % deskClients.size()) + "/referrals", body, caseworker)
                        .statusCode());

        // partner status updates: requested -> received, each on another referral of that partner
        List<String> open = new ArrayList<>();
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select id from referral where partner_id = '" + partners.get(1)
                        + "' and status = 'REQUESTED' limit " + creations)) {
            while (rows.next()) {
                open.add(rows.getString(1));
            }
        }
        String partner = stack.partnerToken(partners.get(1));
        throughput(
                "partner status updates (POST /partner/referrals/{id}/status, requested -> received)",
                open.size(),
                n -> stack.postWithIfMatch(
                                "/partner/referrals/" + open.get(n) + "/status",
                                "{\"status\":\"received\"}",
                                partner,
                                "\"0\"")
                        .statusCode());

        String feedPartner = stack.partnerToken(partners.get(2));
        measure(() -> stack.get(
                        "/partner/referrals?limit=50&updatedSince="
                                + java.time.Instant.now()
                                        .minusSeconds(
                                                ThreadLocalRandom.current().nextInt(3600)),
                        feedPartner))
                .print("partner feed page (GET /partner/referrals?limit=50, random positions)");
    }

    private void throughput(String what, int count, java.util.function.IntFunction<Integer> call) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            calls.add(pool.submit(() -> {
                int status = call.apply(n);
                (status / 100 == 2 ? ok : failed).incrementAndGet();
                return null;
            }));
        }
        for (Future<?> future : calls) {
            future.get();
        }
        double elapsed = seconds(start);
        pool.shutdown();
        System.out.printf(
                Locale.ROOT,
                "%s: %,d in %.1f s = %.0f/s with %d concurrent callers (%d failed)%n",
                what,
                count,
                elapsed,
                count / elapsed,
                threads,
                failed.get());
    }

    private record Sample(List<String> names, List<String> references, List<String> ids) {
        String searchName() {
            String name = names.get(ThreadLocalRandom.current().nextInt(names.size()));
            return ThreadLocalRandom.current().nextBoolean() ? typo(strip(name)) : strip(name);
        }

        String reference() {
            return references.get(ThreadLocalRandom.current().nextInt(references.size()));
        }

        String id() {
            return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        }

        private static String strip(String name) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
        }

        private static String typo(String name) {
            int i = 1 + ThreadLocalRandom.current().nextInt(Math.max(1, name.length() - 2));
            char[] chars = name.toCharArray();
            char swap = chars[i];
            chars[i] = chars[i - 1];
            chars[i - 1] = swap;
            return new String(chars);
        }
    }

    private Sample sample() throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "select id, reference, given_name || ' ' || family_name from client tablesample system (1)"
                                + " limit 2000")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
                references.add(rows.getString(2));
                names.add(rows.getString(3));
            }
        }
        return new Sample(names, references, ids);
    }

    private void registrationThroughput(String caseworker) throws Exception {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < registrations; i++) {
            int n = i;
            calls.add(pool.submit(() -> {
                String body = ("{\"givenName\":\"%s\",\"familyName\":\"%s\",\"sex\":\"FEMALE\","
                                + "\"birthDate\":\"%d-%02d-%02d\",\"nationalities\":[\"PH\"],"
                                + "\"phone\":\"+44 7%09d\",\"roles\":[\"PROSPECTIVE_MIGRANT\"]}")
                        .formatted(randomWord(), randomWord(), 1950 + n % 60, 1 + n % 12, 1 + n % 28, n);
                int status = stack.post("/clients", body, caseworker).statusCode();
                (status == 201 ? created : status == 409 ? duplicates : failed).incrementAndGet();
                return null;
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        double elapsed = seconds(start);
        pool.shutdown();
        System.out.printf(
                Locale.ROOT,
                "registration through the API: %,d in %.1f s = %.0f registrations/s with %d concurrent clients"
                        + " (%d created, %d possible-duplicate 409s, %d failed)%n",
                registrations,
                elapsed,
                registrations / elapsed,
                threads,
                created.get(),
                duplicates.get(),
                failed.get());
    }

    private Latencies measure(Supplier<Integer> call) {
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        long[] nanos = new long[samples];
        int errors = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            int status = call.get();
            nanos[i] = System.nanoTime() - start;
            if (status != 200) {
                errors++;
            }
        }
        if (errors > 0) {
            System.out.printf(Locale.ROOT, "  (%d of %d requests did not answer 200)%n", errors, samples);
        }
        return Latencies.of(nanos);
    }

    /** A made-up name: registrants in the benchmark are new people, not near-duplicates of each other. */
    private static String randomWord() {
        String consonants = "bcdfghjklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())))
                    .append(vowels.charAt(ThreadLocalRandom.current().nextInt(vowels.length())));
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
