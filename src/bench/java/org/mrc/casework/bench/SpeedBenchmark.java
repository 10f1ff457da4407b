package org.mrc.casework.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service against the database's own limit, in one run on one machine: every figure is printed as a line
 * {@code <name>: service X, limit Y, ratio Z}, where the limit is what pgbench achieves running the same SQL work
 * against the same database (fsync on) in the same run, or a fixed bound from issue 15. Run with
 * {@code deploy/benchmark-speed}.
 *
 * <ul>
 *   <li>client read ({@code GET /clients/{id}}, audited) at 32 callers and at one caller, against pgbench running the
 *       statements the service ran per read, as captured by pg_stat_statements during the service's run;
 *   <li>registration ({@code POST /clients}) of people not in the registry at 32 callers, against pgbench inserting
 *       a client row and its audit row; the duplicate check's p95 (the service's own timer) against 5 ms;
 *   <li>the duplicate check's precision (strangers answered possible-duplicate, goal under 1 %) and recall (planted
 *       near-duplicates found, goal at least 95 %);
 *   <li>readiness after launch and resident memory at 32 callers.
 * </ul>
 *
 * Not a test: it asserts nothing and never runs in the test suite.
 */
public final class SpeedBenchmark {

    private static final int CALLERS = 32;

    private final int clients = Integer.getInteger("bench.clients", 1_000_000);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int probes = Integer.getInteger("bench.probes", 1000);
    private final List<String> lines = new ArrayList<>();
    private BenchStack stack;

    public static void main(String[] args) throws Exception {
        new SpeedBenchmark().run();
    }

    private void run() throws Exception {
        Path log = Path.of("target", "benchmark-speed-service.log");
        Files.deleteIfExists(log);
        try (BenchStack started = BenchStack.startDatabase()) {
            stack = started;
            stack.startService(log);
            System.out.printf(
                    Locale.ROOT,
                    "%nmrc-casework speed benchmark: %,d clients, %d callers, %d s per figure, %d cores%n",
                    clients,
                    CALLERS,
                    seconds,
                    Runtime.getRuntime().availableProcessors());
            List<String> offices = ClientBenchmark.createOffices(stack);
            long loadStart = System.nanoTime();
            ClientBenchmark.load(stack, offices, clients);
            sql("create extension if not exists pg_stat_statements");
            sql("create table bench_ids as select row_number() over () as n, id, office_id from"
                    + " (select id, office_id from client order by random() limit 20000) c");
            sql("create unique index on bench_ids (n)");
            System.out.printf(Locale.ROOT, "loaded in %.0f s%n", (System.nanoTime() - loadStart) / 1e9);
            stack.settleAfterLoad();

            stack.stopService();
            long readyMillis = stack.startService(log);
            line("readiness after launch (ms, loaded database, shared machine)", readyMillis, 3000, false);

            String coordinator = stack.token("coordinator", "PRV");
            List<String> ids = column("select id from bench_ids order by n");
            if (Boolean.getBoolean("bench.hold")) {
                hold(coordinator, ids);
                return;
            }
            Random random = new Random(15);
            Wrk.require();
            readFigures(coordinator, ids);
            registrationFigures(offices);
            duplicateQuality(offices, random);

            System.out.println();
            lines.forEach(System.out::println);
        }
    }

    private void readFigures(String coordinator, List<String> ids) throws Exception {
        Path paths = Path.of("target", "benchmark-speed-reads.txt");
        Files.write(paths, ids.stream().map(id -> "/clients/" + id).toList());
        // warm-up (the compiler's first minutes), not measured; then recorded for profiling, not measured either:
        // the recorder's profile settings cost about 40 % of the throughput at 32 callers (345 against 584 req/s)
        Wrk.get(stack.base(), coordinator, paths, CALLERS, seconds);
        jcmd("JFR.start", "name=read", "settings=profile", "filename=target/benchmark-speed-read.jfr");
        Wrk.get(stack.base(), coordinator, paths, CALLERS, Math.max(5, seconds / 2));
        jcmd("JFR.stop", "name=read");
        sql("select pg_stat_statements_reset()");
        Wrk.Run service = Wrk.get(stack.base(), coordinator, paths, CALLERS, seconds);
        long rss = stack.serviceRssMiB();
        List<String> captured = capturedPerRequest((int) (service.requests() - service.failed()));
        String script = readScript(captured);
        Pgbench bench = pgbench(script, CALLERS);
        line("client read at 32 callers (requests/s)", service.perSecond(), bench.tps(), true);
        line("client read at 32 callers, p99 (ms)", service.p99Millis(), 3 * bench.p99(), false);
        System.out.printf(
                Locale.ROOT,
                "  (service p50 %.1f ms, p99 %.1f ms; pgbench p50 %.2f ms, p99 %.2f ms; not 2xx: %s; socket errors: %d)%n",
                service.p50Millis(),
                service.p99Millis(),
                bench.p50(),
                bench.p99(),
                service.notOk(),
                service.socketErrors());
        line("resident memory at 32 callers (MiB)", rss, 300, false);

        Wrk.Run one = Wrk.get(stack.base(), coordinator, paths, 1, seconds);
        Pgbench single = pgbench(script, 1);
        line("client read at one caller, mean (ms)", one.meanMillis(), single.mean() + 1.5, false);
        System.out.printf(
                Locale.ROOT,
                "  (pgbench one caller: mean %.2f ms; service p50 %.2f ms)%n",
                single.mean(),
                one.p50Millis());
    }

    /**
     * Keeps the loaded stack up for other tools (wrk, curl, jcmd): writes the service's address, a coordinator token,
     * the service's pid and the database port to target/bench-hold.env and the client ids to target/bench-ids.txt,
     * then waits until target/bench-hold.env is deleted.
     */
    private void hold(String coordinator, List<String> ids) throws Exception {
        Path env = Path.of("target", "bench-hold.env");
        Files.write(Path.of("target", "bench-ids.txt"), ids);
        Files.writeString(
                env,
                "BASE=" + stack.base() + "\nTOKEN=" + coordinator + "\nPID=" + stack.servicePid() + "\nPGPORT="
                        + stack.databasePort() + "\n");
        System.out.println("holding the stack; delete " + env + " to stop");
        while (Files.exists(env)) {
            Thread.sleep(1000);
        }
    }

    /**
     * A JDK Flight Recorder command to the service (the read and the registration are each recorded in a run of their
     * own, for profiling: target/benchmark-speed-*.jfr).
     */
    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(stack.servicePid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor();
    }

    private void registrationFigures(List<String> offices) throws Exception {
        String caseworker = stack.token("caseworker", offices.get(0));
        // four sets of people nobody registered: for the warm-up, the profile, the 32 callers and the single caller
        List<String> people = strangers(new Random(16), 55_000).stream()
                .map(SpeedBenchmark::json)
                .toList();
        Path warmUp = Path.of("target", "benchmark-speed-strangers-warm-up.jsonl");
        Path profiled = Path.of("target", "benchmark-speed-strangers-profile.jsonl");
        Path bodies = Path.of("target", "benchmark-speed-strangers.jsonl");
        Path others = Path.of("target", "benchmark-speed-strangers-one.jsonl");
        Files.write(warmUp, people.subList(0, 15_000));
        Files.write(profiled, people.subList(15_000, 25_000));
        Files.write(bodies, people.subList(25_000, 45_000));
        Files.write(others, people.subList(45_000, people.size()));
        // warm-up, not measured, as for the read: registration runs code the reads never compiled (validation,
        // the duplicate check, inserts and their triggers' statements); then a profile of its own, not measured
        Wrk.post(stack.base(), caseworker, "/clients", warmUp, CALLERS, Math.max(5, seconds / 2));
        jcmd("JFR.start", "name=registration", "settings=profile", "filename=target/benchmark-speed-registration.jfr");
        Wrk.post(stack.base(), caseworker, "/clients", profiled, CALLERS, Math.max(5, seconds / 2));
        jcmd("JFR.stop", "name=registration");
        sql("select pg_stat_statements_reset()");
        Map<Double, Double> checksBefore = duplicateCheckBuckets();
        Wrk.Run service = Wrk.post(stack.base(), caseworker, "/clients", bodies, CALLERS, seconds);
        Map<Double, Double> checksAt32 = duplicateCheckBuckets();
        slowest("statements of the registrations, by total time (pg_stat_statements; calls, mean ms):");
        Pgbench bench = pgbench(registrationScript(offices.get(0)), CALLERS);
        long possibleDuplicates = service.answered(409);
        // a possible-duplicate answer is the service's work done (the check ran, nothing was written)
        line(
                "registration at 32 callers (requests/s)",
                service.perSecond() + possibleDuplicates / service.seconds(),
                bench.tps(),
                true);
        System.out.printf(
                Locale.ROOT,
                "  (service p50 %.1f ms, p99 %.1f ms, %d requests, %d answered possible-duplicate, not 2xx: %s;"
                        + " socket errors: %d)%n",
                service.p50Millis(),
                service.p99Millis(),
                service.requests(),
                possibleDuplicates,
                service.notOk(),
                service.socketErrors());
        line("duplicate check p95 at 32 callers (ms, bucket bound)", p95(checksBefore, checksAt32), 5, false);
        // the check alone, without 31 other requests queueing for the same two cores
        Wrk.Run one = Wrk.post(stack.base(), caseworker, "/clients", others, 1, seconds);
        line(
                "duplicate check p95 at one caller (ms, bucket bound)",
                p95(checksAt32, duplicateCheckBuckets()),
                5,
                false);
        System.out.printf(
                Locale.ROOT,
                "  (one caller: %d requests, %d answered possible-duplicate, p50 %.1f ms, mean %.1f ms)%n",
                one.requests(),
                one.answered(409),
                one.p50Millis(),
                one.meanMillis());
    }

    /**
     * Precision: people who are not in the registry (invented from the registry's own name vocabulary, birth dates
     * and phones that nobody registered shares) answered possible-duplicate. Recall: registered people entered again
     * with a typo, given and family name swapped, accents dropped, or the birth year off by one.
     */
    private void duplicateQuality(List<String> offices, Random random) throws Exception {
        String coordinator = stack.token("coordinator", "PRV");
        List<Map<String, Object>> strangers = strangers(random, probes);
        for (Map<String, Object> stranger : strangers) {
            stranger.put("officeId", officeId(offices.get(random.nextInt(offices.size()))));
        }
        AtomicInteger flaggedCount = new AtomicInteger();
        parallel(strangers.size(), i -> {
            if (register(strangers.get(i), coordinator).statusCode() == 409) {
                flaggedCount.incrementAndGet();
            }
        });
        int flagged = flaggedCount.get();
        double falsePositive = 100.0 * flagged / strangers.size();
        line("possible-duplicate answers to strangers (%)", falsePositive, 1, false);

        List<Map<String, Object>> plantedPeople = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        int planted = 0;
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select c.id, c.office_id, c.given_name, c.family_name,"
                        + " c.birth_date, c.birth_year, c.sex from client c join bench_ids b on b.id = c.id"
                        + " where c.given_name is not null and c.family_name is not null order by b.n limit "
                        + probes)) {
            while (rows.next()) {
                Map<String, Object> again = new LinkedHashMap<>();
                String given = rows.getString(3);
                String family = rows.getString(4);
                LocalDate born = rows.getObject(5, LocalDate.class);
                int kind = planted % 4;
                again.put("givenName", kind == 1 ? family : kind == 0 ? typo(given, random) : given);
                again.put("familyName", kind == 1 ? given : kind == 2 ? strip(family) : family);
                if (born == null) {
                    again.put("birthYear", rows.getInt(6) + (kind == 3 ? 1 : 0));
                } else {
                    again.put(
                            "birthDate", (kind == 3 ? born.plusYears(random.nextBoolean() ? 1 : -1) : born).toString());
                }
                again.put("sex", rows.getString(7));
                again.put("nationalities", List.of("PH"));
                again.put("roles", List.of("RETURNEE"));
                again.put("officeId", rows.getString(2));
                plantedPeople.add(again);
                originals.add(rows.getString(1));
                planted++;
            }
        }
        AtomicInteger found = new AtomicInteger();
        parallel(planted, i -> {
            HttpResponse<String> answer = register(plantedPeople.get(i), coordinator);
            if (answer.statusCode() == 409 && answer.body().contains(originals.get(i))) {
                found.incrementAndGet();
            }
        });
        line("planted near-duplicates found (%)", 100.0 * found.get() / planted, 95, true);
    }

    /** Runs {@code task} for 0..count-1 on 8 threads (the figures are shares, not timings). */
    private static void parallel(int count, java.util.function.IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            running.add(pool.submit(() -> task.accept(n)));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
    }

    /** Registers as the coordinator, in the office named by the person's {@code officeId} (a query parameter). */
    private HttpResponse<String> register(Map<String, Object> person, String token) {
        Map<String, Object> body = new LinkedHashMap<>(person);
        Object office = body.remove("officeId");
        return stack.post("/clients" + (office == null ? "" : "?officeId=" + office), json(body), token);
    }

    private final Map<String, String> officeIds = new LinkedHashMap<>();

    private String officeId(String code) throws SQLException {
        if (officeIds.isEmpty()) {
            try (Connection connection = stack.connect();
                    Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("select code, id from office")) {
                while (rows.next()) {
                    officeIds.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return officeIds.get(code);
    }

    /**
     * People who are not in the registry: a name from the registry's vocabulary (common given and family names of the
     * province, so strangers share names with many registered people), a birth date in the same range, a phone of a
     * number plan nobody registered has.
     */
    private List<Map<String, Object>> strangers(Random random, int count) throws SQLException {
        List<String> given = column("select distinct given_name from client tablesample system (1) limit 400");
        List<String> family = column("select distinct family_name from client tablesample system (1) limit 400");
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("givenName", given.get(random.nextInt(given.size())));
            person.put("familyName", family.get(random.nextInt(family.size())));
            person.put("sex", random.nextBoolean() ? "FEMALE" : "MALE");
            person.put(
                    "birthDate",
                    LocalDate.of(1940, 1, 1).plusDays(random.nextInt(26000)).toString());
            person.put("nationalities", List.of("PH"));
            person.put("phone", "+44 7%09d".formatted(random.nextInt(1_000_000_000)));
            person.put("roles", List.of("PROSPECTIVE_MIGRANT"));
            people.add(person);
        }
        // a stranger who happens to share name and birth date with a registered person is that person's double:
        // dropped, since nobody could tell them apart from the record alone
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("create temporary table probe (n int, given text, family text, born date)");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < people.size(); i++) {
                values.append(values.length() == 0 ? "" : ",")
                        .append("(")
                        .append(i)
                        .append(",")
                        .append(literal(people.get(i).get("givenName")))
                        .append(",")
                        .append(literal(people.get(i).get("familyName")))
                        .append(",date ")
                        .append(literal(people.get(i).get("birthDate")))
                        .append(")");
                if ((i + 1) % 5000 == 0 || i == people.size() - 1) {
                    sql.execute("insert into probe values " + values);
                    values.setLength(0);
                }
            }
            List<Integer> twins = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select p.n from probe p where exists (select 1 from client c"
                    + " where c.birth_date = p.born and mrc_fold(concat_ws(' ', c.given_name, c.family_name))"
                    + " = mrc_fold(concat_ws(' ', p.given, p.family)))")) {
                while (rows.next()) {
                    twins.add(rows.getInt(1));
                }
            }
            twins.sort((a, b) -> b - a);
            twins.forEach(n -> people.remove((int) n));
        }
        return people;
    }

    private void slowest(String title) throws SQLException {
        System.out.println(title);
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select query, calls, mean_exec_time from pg_stat_statements"
                        + " where query not like '%pg_stat_statements%' order by total_exec_time desc limit 6")) {
            while (rows.next()) {
                String query = rows.getString(1).replaceAll("\\s+", " ");
                System.out.printf(
                        Locale.ROOT,
                        "  %d  %.3f  %s%n",
                        rows.getLong(2),
                        rows.getDouble(3),
                        query.length() > 200 ? query.substring(0, 200) + "..." : query);
            }
        }
    }

    /** Statements the service ran about once per request (at least 90 % as often as it answered), most called first. */
    private List<String> capturedPerRequest(int requests) throws SQLException {
        List<String> statements = new ArrayList<>();
        System.out.println("statements the service ran per read (pg_stat_statements; calls per read, mean ms):");
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select query, calls, mean_exec_time from pg_stat_statements"
                        + " where calls >= " + (int) (requests * 0.9) + " and query not like '%pg_stat_statements%'"
                        + " order by calls desc")) {
            while (rows.next()) {
                String query = rows.getString(1).replaceAll("\\s+", " ");
                statements.add(query);
                System.out.printf(
                        Locale.ROOT,
                        "  %.2f  %.3f  %s%n",
                        rows.getLong(2) / (double) requests,
                        rows.getDouble(3),
                        query.length() > 160 ? query.substring(0, 160) + "..." : query);
            }
        }
        return statements;
    }

    /**
     * The pgbench script running the captured statements with the values a read binds: the client is a random one of
     * the sampled ids (picked inside the statement), the caller the province's coordinator. A captured statement this
     * method does not know is reported, so that the limit never silently leaves out work the service does.
     */
    private static String readScript(List<String> captured) {
        String client = "(select id from bench_ids where n = :n)";
        Map<String, String> known = new LinkedHashMap<>();
        known.put(
                "(?s)select .* from office \\w+ where \\w+\\.code ?= ?\\$1.*",
                "select * from office where code = 'PRV' limit 1;");
        known.put(
                "(?s)with recursive subtree.*",
                "with recursive subtree(id) as (select id from office where id = (select id from office where code ="
                        + " 'PRV') union select o.id from office o join subtree s on o.parent_id = s.id) select id"
                        + " from subtree;");
        known.put(
                "(?s)select .* from client \\w+ where \\w+\\.id ?= ?\\$1",
                "select * from client where id = " + client + ";");
        known.put(
                "(?s)insert into audit_entry.*",
                "insert into audit_entry (id, occurred_at, actor_subject, actor_roles, actor_office, action,"
                        + " resource_type, resource_id, request_id, outcome) values (gen_random_uuid(), now(),"
                        + " 'bench-coordinator-PRV', 'coordinator', 'PRV', 'client.read', 'client', " + client
                        + ", md5(random()::text), 'SUCCESS');");
        // what the audit chain's trigger runs at commit: pgbench's audit insert fires the same trigger
        known.put(
                "(?is)(select pg_advisory_xact_lock\\(\\d+\\)|insert into audit_chain .*|select chain_seq, hash"
                        + " from audit_chain .*)",
                "");
        known.put("(?i)(begin|commit|select \\$1|set .*|show .*)", "");
        StringBuilder script = new StringBuilder("\\set n random(1, 20000)\nBEGIN;\n");
        for (String statement : captured) {
            String equivalent = known.entrySet().stream()
                    .filter(e -> statement.trim().matches(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (equivalent == null) {
                System.out.println("  ! not in the pgbench script (unknown to the benchmark): " + statement);
            } else if (!equivalent.isEmpty()) {
                script.append(equivalent).append('\n');
            }
        }
        return script.append("END;\n").toString();
    }

    private static String registrationScript(String office) {
        return """
                \\set n random(1, 1000000000)
                BEGIN;
                insert into client (id, office_id, reference, given_name, family_name, sex, birth_date, birth_year,
                    nationalities, preferred_languages, phone, roles, administrative_status, created_at, updated_at,
                    version)
                  select gen_random_uuid(), o.id, 'PGB-' || :n::text || '-' || substr(md5(random()::text), 1, 8), initcap(substr(md5(random()::text), 1, 8)),
                    initcap(substr(md5(random()::text), 1, 8)), 'FEMALE', date '1950-01-01' + (:n %% 20000),
                    extract(year from date '1950-01-01' + (:n %% 20000))::int, array['PH'], array['tl'],
                    '+44 7' || lpad(:n::text, 9, '0'), array['PROSPECTIVE_MIGRANT'], 'UNDISCLOSED', now(), now(), 0
                  from office o where o.code = '%s';
                insert into audit_entry (id, occurred_at, actor_subject, actor_roles, actor_office, action, resource_type,
                    resource_id, request_id, outcome) values (gen_random_uuid(), now(), 'bench-caseworker', 'caseworker',
                    '%s', 'client.create', 'client', gen_random_uuid(), md5(random()::text), 'SUCCESS');
                END;
                """.formatted(office, office).replaceAll("\n    +", " ");
    }

    /**
     * The cumulative counts of the service's duplicate-check histogram (Prometheus text on /q/metrics), by bucket
     * bound in milliseconds.
     */
    private Map<Double, Double> duplicateCheckBuckets() {
        Map<Double, Double> buckets = new java.util.TreeMap<>();
        java.util.regex.Pattern bucket = java.util.regex.Pattern.compile(
                "^mrc_client_duplicate_check_seconds_bucket\\{le=\"([^\"]+)\"} ([0-9.E+-]+).*");
        for (String metric : stack.getPublic("/q/metrics").body().split("\n")) {
            java.util.regex.Matcher m = bucket.matcher(metric);
            if (m.matches()) {
                double bound = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
                buckets.put(bound * 1000, Double.parseDouble(m.group(2)));
            }
        }
        if (buckets.isEmpty()) {
            throw new IllegalStateException("the service publishes no duplicate-check histogram");
        }
        return buckets;
    }

    /** The smallest bucket bound under which 95 % of the checks between two snapshots finished. */
    private static double p95(Map<Double, Double> before, Map<Double, Double> after) {
        double total = after.get(Double.POSITIVE_INFINITY) - before.get(Double.POSITIVE_INFINITY);
        for (Map.Entry<Double, Double> bucket : after.entrySet()) {
            if (bucket.getValue() - before.get(bucket.getKey()) >= 0.95 * total) {
                return bucket.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    record Pgbench(double tps, double mean, double p50, double p99) {}

    /** pgbench (prepared statements) against the same database for {@link #seconds}, with per-transaction latencies. */
    private Pgbench pgbench(String script, int clients) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("mrc-pgbench");
        Path file = dir.resolve("script.sql");
        Files.writeString(file, script);
        ProcessBuilder builder = new ProcessBuilder(
                        "pgbench",
                        "-n",
                        "-M",
                        "prepared",
                        "-h",
                        "localhost",
                        "-p",
                        Integer.toString(stack.databasePort()),
                        "-U",
                        "postgres",
                        "-c",
                        Integer.toString(clients),
                        "-j",
                        Integer.toString(Math.min(clients, 2)),
                        "-T",
                        Integer.toString(seconds),
                        "-l",
                        "--log-prefix",
                        dir.resolve("log").toString(),
                        "-f",
                        file.toString(),
                        "postgres")
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output + "\nscript:\n" + script);
        }
        double tps = Double.NaN;
        for (String line : output.split("\n")) {
            if (line.startsWith("tps = ")) {
                tps = Double.parseDouble(line.substring(6).split(" ")[0]);
            }
        }
        List<Long> micros = new ArrayList<>();
        try (var logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("log"))
                    .toList()) {
                for (String entry : Files.readAllLines(log)) {
                    micros.add(Long.parseLong(entry.split(" ")[2]));
                }
            }
        }
        long[] nanos = micros.stream().mapToLong(m -> m * 1000).toArray();
        Latencies latencies = Latencies.of(nanos);
        double mean = Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
        return new Pgbench(tps, mean, latencies.p50Millis(), latencies.percentile(0.99));
    }

    /**
     * One result line. {@code atLeast}: the service should reach the limit (ratio service / limit, higher is
     * better); otherwise it should stay under it (ratio service / limit, lower is better).
     */
    private void line(String name, double service, double limit, boolean atLeast) {
        String text = Figures.line(name, service, limit, atLeast);
        lines.add(text);
        System.out.println(text);
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = stack.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static int random(int bound) {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
    }

    private static String typo(String name, Random random) {
        if (name.length() < 4) {
            return name + "a";
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char[] chars = name.toCharArray();
        char swap = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = swap;
        return new String(chars);
    }

    private static String strip(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String literal(Object value) {
        return "'" + value.toString().replace("'", "''") + "'";
    }

    private static String json(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((key, value) -> {
            json.append(json.length() == 1 ? "" : ",").append('"').append(key).append("\":");
            if (value instanceof List<?> list) {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    json.append(i == 0 ? "" : ",").append(quote(list.get(i)));
                }
                json.append(']');
            } else {
                json.append(quote(value));
            }
        });
        return json.append('}').toString();
    }

    private static String quote(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
