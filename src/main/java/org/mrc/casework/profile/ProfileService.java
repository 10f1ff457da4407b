package org.mrc.casework.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.office.OfficeService;
import org.mrc.casework.office.OfficeView;
import org.mrc.casework.partner.OfferingService;
import org.mrc.casework.partner.OfferingView;
import org.mrc.casework.partner.PartnerService;
import org.mrc.casework.partner.PartnerView;
import org.mrc.casework.reporting.Granularity;
import org.mrc.casework.reporting.Report;
import org.mrc.casework.reporting.ReportQuestion;
import org.mrc.casework.reporting.ReportService;
import org.mrc.casework.reporting.ReportView;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * Builds the local migration profile of a territory for a period. The trends are the reports, each asked of
 * {@link ReportService} for the territory by sex: the caller's report scope applies (a coordinator's own subtree;
 * analysts and admins any), every figure is suppressed there, and nothing else in the profile is a count. Trends
 * over a long-tailed dimension (origin locality, the country of the journey leg) cover the whole period as one, so
 * that each value is one bar rather than one chart per value.
 */
@ApplicationScoped
public class ProfileService {

    /**
     * One trend: a report, its title, the breakdown asked (sex always; one more where it says what matters), and
     * whether it covers the whole period as one instead of the profile's steps.
     */
    record Trend(String id, String title, Report report, List<String> dimensions, boolean wholePeriod) {

        Trend(String id, String title, Report report, List<String> dimensions) {
            this(id, title, report, dimensions, false);
        }
    }

    static final List<Trend> TRENDS = List.of(
            new Trend("caseload", "Caseload: people in contact with the centre", Report.CASELOAD, List.of("sex")),
            new Trend(
                    "caseload-by-territory-side",
                    "Caseload by the side of the journey the offices serve",
                    Report.CASELOAD,
                    List.of("territorySide", "sex")),
            new Trend(
                    "caseload-by-origin-locality",
                    "Caseload by origin locality, at the end of the period",
                    Report.CASELOAD,
                    List.of("originLocality", "sex"),
                    true),
            new Trend("movements", "Departures and returns", Report.MOVEMENTS, List.of("sex")),
            new Trend(
                    "movements-by-country",
                    "Departures and returns by country of the journey leg, over the period",
                    Report.MOVEMENTS,
                    List.of("destinationCountry", "sex"),
                    true),
            new Trend("returnees", "Returnees", Report.RETURNEES, List.of("sex")),
            new Trend("families-left-behind", "Families left behind", Report.FAMILIES_LEFT_BEHIND, List.of("sex")),
            new Trend(
                    "children-schooling",
                    "Children left behind: school status",
                    Report.CHILDREN_SCHOOLING,
                    List.of("status", "sex")),
            new Trend(
                    "services-delivered",
                    "Services delivered (people served)",
                    Report.SERVICES_DELIVERED,
                    List.of("sex")),
            new Trend("referrals", "Referrals made", Report.REFERRALS, List.of("sex")),
            new Trend(
                    "skills-recognition", "Diplomas and their recognition", Report.SKILLS_RECOGNITION, List.of("sex")),
            new Trend("deskilling", "Deskilling among tertiary-educated clients", Report.DESKILLING, List.of("sex")));

    static final String SOURCE = "Case records of the territory's offices (registrations, episodes, household links,"
            + " referrals, services delivered, human capital), aggregated in the reporting rollup of report ";

    private final ReportService reports;
    private final OfficeScope scope;
    private final OfficeService offices;
    private final OfferingService offerings;
    private final PartnerService partners;
    private final Clock clock;

    ProfileService(
            ReportService reports,
            OfficeScope scope,
            OfficeService offices,
            OfferingService offerings,
            PartnerService partners,
            Clock clock) {
        this.reports = reports;
        this.scope = scope;
        this.offices = offices;
        this.offerings = offerings;
        this.partners = partners;
        this.clock = clock;
    }

    /** The profile of the subtree of {@code officeCode} for the period (defaults as for reports), by quarter. */
    @Transactional
    @Audited(action = "profile.export", resource = "report")
    public LocalMigrationProfile export(String officeCode, YearMonth from, YearMonth to, Granularity granularity) {
        if (officeCode == null) {
            throw ApiException.invalid(FieldError.query("office", "required: the office whose territory is profiled"));
        }
        Granularity step = granularity == null ? Granularity.QUARTER : granularity;
        // the reports decide the scope (403 outside a coordinator's subtree, 400 for an unknown code) before
        // anything of the territory is read
        List<LocalMigrationProfile.Indicator> trends = new ArrayList<>();
        ReportView first = null;
        for (Trend trend : TRENDS) {
            ReportView view = reports.run(
                    trend.report(),
                    new ReportQuestion(from, to, trend.wholePeriod() ? null : step, officeCode, trend.dimensions()));
            first = first == null ? view : first;
            trends.add(new LocalMigrationProfile.Indicator(
                    trend.id(),
                    trend.title(),
                    view.report(),
                    view.unit(),
                    SOURCE + view.report() + " (GET /reports/" + trend.report().path() + ")",
                    view.dataAsOf(),
                    view.note(),
                    view.threshold(),
                    view.suppressedCells(),
                    view.dimensions(),
                    view.cells(),
                    view.totals()));
        }
        Instant now = clock.instant();
        List<OfficeView> territory = territory(officeCode);
        OfficeView root = territory.get(0);
        Map<UUID, String> codes = territory.stream().collect(Collectors.toMap(OfficeView::id, OfficeView::code));
        List<LocalMigrationProfile.Office> officeList = territory.stream()
                .map(o -> new LocalMigrationProfile.Office(
                        o.code(),
                        o.name(),
                        o.kind().name(),
                        o.locality(),
                        o.territorySide() == null ? null : o.territorySide().name(),
                        o.parentId() == null ? null : codes.get(o.parentId())))
                .toList();
        return new LocalMigrationProfile(
                "Local migration profile: " + root.name(),
                new LocalMigrationProfile.Territory(root.code(), root.name(), root.country(), officeList),
                new LocalMigrationProfile.Period(
                        first.parameters().from(), first.parameters().to(), step.name()),
                now,
                first.threshold(),
                Report.CASE_DATA_NOTE,
                trends,
                sources(trends, now),
                actors(territory),
                new LocalMigrationProfile.Governance(root.code() + " " + root.name(), officeList, GOVERNANCE),
                THEMES,
                RECOMMENDATIONS);
    }

    /** The offices of the subtree, its root first, then by code. */
    private List<OfficeView> territory(String code) {
        Set<UUID> ids = scope.subtreeOfCode(code);
        List<OfficeView> views = ids.stream().map(offices::get).collect(Collectors.toCollection(ArrayList::new));
        views.sort(Comparator.comparing((OfficeView o) -> o.parentId() != null && ids.contains(o.parentId()))
                .thenComparing(OfficeView::code));
        return views;
    }

    private static List<LocalMigrationProfile.DataSource> sources(
            List<LocalMigrationProfile.Indicator> trends, Instant now) {
        List<LocalMigrationProfile.DataSource> sources = new ArrayList<>();
        for (LocalMigrationProfile.Indicator indicator : trends) {
            sources.add(new LocalMigrationProfile.DataSource(
                    "Report " + indicator.report(),
                    indicator.unit(),
                    indicator.dataAsOf(),
                    "Clients, episodes and services recorded by the territory's offices"));
        }
        sources.add(new LocalMigrationProfile.DataSource(
                "Partner directory and offerings",
                "Partner organisations and the services offered in the territory's localities, and the offices'"
                        + " in-house services",
                now,
                "Active offerings at the time of the export"));
        return sources;
    }

    /** Partners offering services in the localities of the territory's offices, and every offering there. */
    private LocalMigrationProfile.LocalActors actors(List<OfficeView> territory) {
        Set<UUID> ids = territory.stream().map(OfficeView::id).collect(Collectors.toSet());
        Set<String> localities = territory.stream()
                .map(OfficeView::locality)
                .filter(l -> l != null && !l.isBlank())
                .collect(Collectors.toSet());
        Set<String> countries = territory.stream().map(OfficeView::country).collect(Collectors.toSet());
        Map<UUID, String> officeNames = territory.stream().collect(Collectors.toMap(OfficeView::id, OfficeView::name));
        List<OfferingView> found = offerings.inTerritory(ids, localities, countries);
        Map<UUID, PartnerView> byId = new LinkedHashMap<>();
        Map<UUID, Set<String>> services = new LinkedHashMap<>();
        List<LocalMigrationProfile.Initiative> initiatives = new ArrayList<>();
        for (OfferingView offering : found) {
            String provider;
            if (offering.partnerId() != null) {
                PartnerView partner = byId.computeIfAbsent(offering.partnerId(), partners::get);
                services.computeIfAbsent(partner.id(), k -> new TreeSet<>()).add(offering.serviceType());
                provider = partner.name();
            } else {
                provider = officeNames.get(offering.providerOfficeId());
            }
            initiatives.add(new LocalMigrationProfile.Initiative(
                    offering.id(),
                    offering.serviceType(),
                    provider,
                    offering.locality(),
                    offering.providerOfficeId() != null,
                    offering.rules() != null
                            && Boolean.TRUE.equals(offering.rules().extendedMainstream())));
        }
        List<LocalMigrationProfile.Actor> actors = byId.values().stream()
                .sorted(Comparator.comparing(PartnerView::name))
                .map(p -> new LocalMigrationProfile.Actor(
                        p.id(),
                        p.name(),
                        p.types().stream().map(Enum::name).toList(),
                        p.locality(),
                        List.copyOf(services.get(p.id()))))
                .toList();
        return new LocalMigrationProfile.LocalActors(actors, initiatives);
    }

    static final List<LocalMigrationProfile.Placeholder> GOVERNANCE = List.of(
            new LocalMigrationProfile.Placeholder(
                    "Coordination mechanism",
                    "Which body coordinates migration matters in the territory, who sits on it, how often it meets."),
            new LocalMigrationProfile.Placeholder(
                    "Mandates and plans",
                    "Local ordinances, development plans and budgets that address migration, and who implements"
                            + " them."));

    static final List<LocalMigrationProfile.Placeholder> THEMES = List.of(
            new LocalMigrationProfile.Placeholder(
                    "Drivers of migration",
                    "What local people, returnees and families say about why people leave (from consultations and"
                            + " focus groups, not from case records)."),
            new LocalMigrationProfile.Placeholder(
                    "Irregular migration and protection",
                    "What partners and community actors observe that case data cannot show: irregular migration is"
                            + " under-counted by nature."),
            new LocalMigrationProfile.Placeholder(
                    "Return and reintegration", "How returnees reintegrate: work, skills use, family, stigma."));

    static final List<LocalMigrationProfile.Placeholder> RECOMMENDATIONS = List.of(
            new LocalMigrationProfile.Placeholder(
                    "Services and gaps", "Which needs the figures and themes show that no local actor meets yet."),
            new LocalMigrationProfile.Placeholder(
                    "Data", "What the territory should start recording, and which figures need another source."));
}
