package org.mrc.casework.reporting;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Produces reports: checks the request (period, office, breakdown) against the caller's role and scope, reads the
 * rollup, and applies small-cell suppression to every period's table before anything leaves.
 */
@ApplicationScoped
public class ReportService {

    static final ProblemType SENSITIVE_DIMENSION = new ProblemType(
            "sensitive-dimension", 403, "This breakdown uses highly sensitive data and is not available to the caller");
    static final ProblemType OFFICE_OUT_OF_SCOPE =
            new ProblemType("office-out-of-scope", 403, "The office is outside the caller's office scope");
    static final ProblemType NOT_READY =
            new ProblemType("report-not-ready", 503, "The report's figures have not been computed yet; retry shortly");

    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final int MAX_MONTHS = 120;

    private final ReportQuery query;
    private final OfficeScope scope;
    private final CurrentCaller currentCaller;
    private final ReportingConfig config;
    private final ReportRefresh refresh;
    private final Clock clock = Clock.systemUTC();

    ReportService(
            ReportQuery query,
            OfficeScope scope,
            CurrentCaller currentCaller,
            ReportingConfig config,
            ReportRefresh refresh) {
        this.query = query;
        this.refresh = refresh;
        this.scope = scope;
        this.currentCaller = currentCaller;
        this.config = config;
    }

    /** The report for the current caller. */
    @Transactional
    @Audited(action = "report.read", resource = "report")
    public ReportView run(Report report, ReportRequest request) {
        Caller caller = currentCaller.get();
        boolean sensitiveAccess = caller.has(Roles.ANALYST) && config.sensitiveDimensions();
        Period period = period(report, request);
        List<Dimension> requested = dimensions(report, request.dimensions(), sensitiveAccess);
        Set<UUID> offices = offices(caller, request.office());

        List<Dimension> all = new ArrayList<>();
        if (report.implicit() != null) {
            all.add(report.implicit());
        }
        all.addAll(requested);
        List<String> columns =
                all.stream().map(d -> d.columnFor(sensitiveAccess)).toList();
        Measures measures = report.measures();
        boolean supplemented = measures.supplement() != null
                && requested.stream()
                        .allMatch(d -> measures.supplement().dimensions().contains(d.name()));
        try {
            Instant dataAsOf = query.refreshedAt(report);
            if (dataAsOf == null) {
                throw new ApiException(NOT_READY, "The reporting rollups are being computed for the first time");
            }
            Map<String, Map<List<String>, long[]>> sums =
                    query.sums(report, period, offices, new ReportQuery.Breakdown(all, columns), supplemented);
            List<String> names = all.stream().map(Dimension::name).toList();
            List<ReportCell> cells = new ArrayList<>();
            List<ReportCell> totals = new ArrayList<>();
            int withheld = 0;
            Suppression suppression = new Suppression(config.threshold());
            List<Map.Entry<String, Part>> pieces = new ArrayList<>();
            for (var byPeriod : sums.entrySet()) {
                for (Part part : parts(report, byPeriod.getValue())) {
                    pieces.add(Map.entry(byPeriod.getKey(), part));
                }
            }
            // each period (and implicit value) is a table of its own: protect them side by side, then assemble in order
            List<SuppressedTable> protectedTables = pieces.parallelStream()
                    .map(piece -> suppression.apply(
                            names.size() - piece.getValue().fixed().size(),
                            counts(piece.getValue().table())))
                    .toList();
            for (int i = 0; i < pieces.size(); i++) {
                Part part = pieces.get(i).getValue();
                withheld += publish(
                        pieces.get(i).getKey(),
                        part.table(),
                        protectedTables.get(i),
                        names.subList(part.fixed().size(), names.size()),
                        part.fixed(),
                        suppression,
                        supplemented,
                        measures,
                        cells,
                        totals);
            }
            return new ReportView(
                    report.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    report.unit(),
                    Report.CASE_DATA_NOTE,
                    new ReportParameters(
                            period.from().toString(),
                            period.to().toString(),
                            period.granularity(),
                            request.office() == null || request.office().isBlank()
                                    ? null
                                    : request.office().trim(),
                            requested.stream().map(Dimension::name).toList()),
                    names,
                    clock.instant(),
                    dataAsOf,
                    config.threshold(),
                    withheld,
                    cells,
                    totals);
        } catch (SQLException e) {
            throw new IllegalStateException("report query failed", e);
        }
    }

    /** Rebuilds the rollups now (admin). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    @Audited(action = "report.refresh", resource = "report")
    public RefreshView refresh() {
        return refresh.refreshNow();
    }

    /** A table suppressed on its own: its cells keyed without the {@code fixed} dimensions every one of them has. */
    private record Part(Map<String, String> fixed, Map<List<String>, long[]> table) {}

    /**
     * One period's table as the separate tables it is made of: for a report with an implicit dimension, one per value
     * of it (departures and returns are never added up together, not even in a total); otherwise the table itself.
     */
    private static List<Part> parts(Report report, Map<List<String>, long[]> table) {
        if (report.implicit() == null) {
            return List.of(new Part(Map.of(), table));
        }
        Map<String, Map<List<String>, long[]>> byValue = new TreeMap<>();
        table.forEach((key, vector) -> byValue.computeIfAbsent(key.get(0), value -> new LinkedHashMap<>())
                .put(List.copyOf(key.subList(1, key.size())), vector));
        List<Part> parts = new ArrayList<>();
        byValue.forEach(
                (value, cells) -> parts.add(new Part(Map.of(report.implicit().name(), value), cells)));
        return parts;
    }

    /** A table's counts (element 0 of each cell's sums), as suppression takes them. */
    private static Map<List<String>, Long> counts(Map<List<String>, long[]> table) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        table.forEach((key, vector) -> counts.put(key, vector[0]));
        return counts;
    }

    /**
     * Appends the cells and totals of one suppressed table of one period, each also carrying the {@code fixed}
     * dimensions (the implicit one); returns how many were withheld.
     */
    private static int publish(
            String period,
            Map<List<String>, long[]> table,
            SuppressedTable protectedTable,
            List<String> names,
            Map<String, String> fixed,
            Suppression suppression,
            boolean supplemented,
            Measures measures,
            List<ReportCell> cells,
            List<ReportCell> totals) {
        List<List<String>> keys = new ArrayList<>(table.keySet());
        keys.sort(KEY_ORDER);
        for (List<String> key : keys) {
            boolean hidden = protectedTable.suppressed(key);
            cells.add(cell(
                    period,
                    dimensionsOf(fixed, names, key),
                    table.get(key),
                    hidden,
                    supplemented,
                    measures,
                    suppression));
        }
        // every total's sums in one pass over the cells: the grand total under dimension -1
        int width = table.values().iterator().next().length;
        Map<Integer, Map<String, long[]>> margins = new HashMap<>();
        table.forEach((key, values) -> {
            for (int d = -1; d < key.size(); d++) {
                long[] sum = margins.computeIfAbsent(d, x -> new HashMap<>())
                        .computeIfAbsent(d < 0 ? "" : key.get(d), v -> new long[width]);
                for (int i = 0; i < width; i++) {
                    sum[i] += values[i];
                }
            }
        });
        for (Total total : protectedTable.totals()) {
            Map<String, String> dimensions = new LinkedHashMap<>(fixed);
            if (total.dimension() >= 0) {
                dimensions.put(names.get(total.dimension()), total.value());
            }
            long[] vector = margins.get(total.dimension()).get(total.dimension() < 0 ? "" : total.value());
            totals.add(cell(period, dimensions, vector, total.suppressed(), supplemented, measures, suppression));
        }
        return protectedTable.suppressedCount();
    }

    private static ReportCell cell(
            String period,
            Map<String, String> dimensions,
            long[] vector,
            boolean hidden,
            boolean supplemented,
            Measures measures,
            Suppression suppression) {
        if (hidden) {
            return new ReportCell(period, dimensions, null, true, Map.of());
        }
        long[] sums = java.util.Arrays.copyOfRange(vector, 1, vector.length);
        return new ReportCell(
                period,
                dimensions,
                vector[0],
                false,
                measures.deriver().derive(sums, supplemented, suppression.threshold()));
    }

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static Map<String, String> dimensionsOf(Map<String, String> fixed, List<String> names, List<String> key) {
        Map<String, String> dimensions = new LinkedHashMap<>(fixed);
        for (int i = 0; i < names.size(); i++) {
            dimensions.put(names.get(i), key.get(i));
        }
        return dimensions;
    }

    private Period period(Report report, ReportRequest request) {
        YearMonth current = YearMonth.now(clock);
        YearMonth to = yearMonth("to", request.to(), current);
        YearMonth from = yearMonth("from", request.from(), to.minusMonths(11));
        if (from.isAfter(to)) {
            throw ApiException.invalid(FieldError.query("from", "must not be after to"));
        }
        if (to.isAfter(current)) {
            throw ApiException.invalid(FieldError.query("to", "must not be after the current month"));
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw ApiException.invalid(FieldError.query("from", "a report covers at most " + MAX_MONTHS + " months"));
        }
        Granularity granularity = Params.enumValue("granularity", request.granularity(), Granularity.class);
        Period period = new Period(from, to, granularity);
        if (report.stock()) {
            YearMonth earliest = current.minusMonths(config.snapshotMonths() - 1L);
            if (period.snapshotMonths().get(0).isBefore(earliest)) {
                throw ApiException.invalid(FieldError.query(
                        granularity == null ? "to" : "from",
                        "stock figures are kept for the month ends since " + earliest));
            }
        }
        return period;
    }

    private static YearMonth yearMonth(String name, String raw, YearMonth fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String value = raw.trim();
        try {
            if (YEAR_MONTH.matcher(value).matches()) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiException.invalid(FieldError.query(name, "must be a year and month, e.g. 2026-03"));
    }

    private static List<Dimension> dimensions(Report report, String raw, boolean sensitiveAccess) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : raw.split(",", -1)) {
            String name = part.trim();
            if (name.isEmpty()) {
                throw ApiException.invalid(FieldError.query("dimensions", "has an empty entry"));
            }
            if (!report.dimensions().containsKey(name)) {
                throw ApiException.invalid(FieldError.query(
                        "dimensions", "each must be one of " + String.join(", ", report.dimensionNames())));
            }
            if (!names.add(name)) {
                throw ApiException.invalid(FieldError.query("dimensions", "names a dimension twice"));
            }
        }
        if (names.size() > Report.MAX_DIMENSIONS) {
            throw ApiException.invalid(
                    FieldError.query("dimensions", "at most " + Report.MAX_DIMENSIONS + " dimensions"));
        }
        List<Dimension> dimensions =
                names.stream().map(report.dimensions()::get).toList();
        for (Dimension dimension : dimensions) {
            if (dimension.sensitive() && !sensitiveAccess) {
                throw new ApiException(
                        SENSITIVE_DIMENSION,
                        "This breakdown is open only to analysts, and only where the deployment enables it",
                        List.of(new FieldError("dimensions", "query", dimension.name() + " is a sensitive dimension")));
            }
        }
        return dimensions;
    }

    /** The offices covered, or null for all of them. */
    private Set<UUID> offices(Caller caller, String code) {
        boolean everywhere = caller.has(Roles.ANALYST) || caller.has(Roles.ADMIN);
        if (code == null || code.isBlank()) {
            return everywhere ? null : scope.officesOf(caller);
        }
        Set<UUID> subtree = scope.subtreeOfCode(code.trim());
        if (subtree.isEmpty()) {
            throw ApiException.invalid(FieldError.query("office", "no office has this code"));
        }
        if (!everywhere && !scope.officesOf(caller).containsAll(subtree)) {
            throw new ApiException(
                    OFFICE_OUT_OF_SCOPE,
                    "A coordinator's reports cover their own office and the offices below it",
                    List.of(FieldError.query("office", "outside the caller's office scope")));
        }
        return subtree;
    }
}
