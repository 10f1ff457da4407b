package org.mrc.casework.profile;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mrc.casework.reporting.ReportCell;

/**
 * The profile as a printable HTML document: one self-contained page (inline CSS, charts as inline SVG, no script and
 * nothing fetched from elsewhere). Every number on it, in tables and charts alike, is a published cell or total of
 * the profile; a withheld cell is drawn as an empty dashed box labelled "withheld", never as a bar or a number.
 */
final class ProfileHtml {

    /** The most values of a breakdown one chart shows (the table lists them all). */
    static final int CHARTED = 15;

    static final List<String> SEXES = List.of("FEMALE", "MALE", "INTERSEX", "UNDISCLOSED");
    private static final Map<String, String> COLOURS =
            Map.of("FEMALE", "#7b3294", "MALE", "#1b7837", "INTERSEX", "#e08214", "UNDISCLOSED", "#878787");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ProfileHtml() {}

    static String render(LocalMigrationProfile p) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(esc(p.title()))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>\n");
        h.append("<header><h1>")
                .append(esc(p.title()))
                .append("</h1><p class=\"meta\">Territory: ")
                .append(esc(p.territory().officeCode()))
                .append(" and the ")
                .append(p.territory().offices().size() - 1)
                .append(" offices below it &middot; Period ")
                .append(esc(p.period().from()))
                .append(" to ")
                .append(esc(p.period().to()))
                .append(" by ")
                .append(esc(p.period().granularity().toLowerCase(Locale.ROOT)))
                .append(" &middot; Generated ")
                .append(STAMP.format(p.generatedAt()))
                .append("</p><p class=\"caveat\"><strong>Read with care.</strong> ")
                .append(esc(p.caveat()))
                .append(" Counts below ")
                .append(p.threshold())
                .append(" are withheld everywhere in this document, with enough others that none can be recomputed.")
                .append("</p><p class=\"meta\">Restricted: a detailed local profile is for planning, not for"
                        + " publication as is.</p></header>\n");

        h.append("<section><h2>1. Trends</h2>\n");
        int chart = 0;
        for (LocalMigrationProfile.Indicator indicator : p.trends()) {
            h.append("<article class=\"indicator\"><h3>")
                    .append(esc(indicator.title()))
                    .append("</h3><p class=\"unit\">")
                    .append(esc(indicator.unit()))
                    .append("</p><p class=\"source\">Source: ")
                    .append(esc(indicator.source()))
                    .append(". Data as of ")
                    .append(indicator.dataAsOf() == null ? "not yet computed" : STAMP.format(indicator.dataAsOf()))
                    .append(". ")
                    .append(esc(indicator.caveat()))
                    .append("</p>");
            Map<String, List<ReportCell>> groups = groups(indicator);
            List<String> periods = periods(indicator);
            if (periods.size() == 1 && groups.size() > 1) {
                // the whole period as one, by a long-tailed breakdown: its values along one chart (the most frequent
                // first, at most CHARTED of them) and every value in the table
                Function<ReportCell, String> valueOf = c -> c.dimensions().entrySet().stream()
                        .filter(e -> !e.getKey().equals("sex"))
                        .map(Map.Entry::getValue)
                        .collect(Collectors.joining(", "));
                List<String> values = byPublishedCount(indicator.cells().stream()
                        .collect(Collectors.groupingBy(valueOf, LinkedHashMap::new, Collectors.toList())));
                h.append("<h4>")
                        .append(esc(periods.get(0)))
                        .append(values.size() > CHARTED ? ": the " + CHARTED + " largest charted" : "")
                        .append("</h4>");
                h.append(chart(
                        indicator.cells(), values.subList(0, Math.min(CHARTED, values.size())), valueOf, chart++));
                h.append(table(indicator.cells(), values, valueOf, dimensionName(indicator)));
            } else {
                for (Map.Entry<String, List<ReportCell>> group : groups.entrySet()) {
                    if (!group.getKey().isEmpty()) {
                        h.append("<h4>").append(esc(group.getKey())).append("</h4>");
                    }
                    h.append(chart(group.getValue(), periods, ReportCell::period, chart++));
                    h.append(table(group.getValue(), periods, ReportCell::period, "Period"));
                }
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");

        h.append("<section><h2>2. Data sources</h2><table><thead><tr><th>Source</th><th>What it holds</th>")
                .append("<th>As of</th><th>Coverage</th></tr></thead><tbody>");
        for (LocalMigrationProfile.DataSource source : p.dataSources()) {
            h.append("<tr><td>")
                    .append(esc(source.name()))
                    .append("</td><td>")
                    .append(esc(source.description()))
                    .append("</td><td>")
                    .append(source.asOf() == null ? "" : STAMP.format(source.asOf()))
                    .append("</td><td>")
                    .append(esc(source.coverage()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");

        h.append("<section><h2>3. Local actors and initiatives</h2><h3>Partner organisations</h3>");
        if (p.localActors().partners().isEmpty()) {
            h.append("<p>No partner organisation offers services in the territory's localities yet.</p>");
        } else {
            h.append("<table><thead><tr><th>Organisation</th><th>Type</th><th>Locality</th><th>Services</th>")
                    .append("</tr></thead><tbody>");
            for (LocalMigrationProfile.Actor actor : p.localActors().partners()) {
                h.append("<tr><td>")
                        .append(esc(actor.name()))
                        .append("</td><td>")
                        .append(esc(String.join(", ", actor.types())))
                        .append("</td><td>")
                        .append(esc(actor.locality()))
                        .append("</td><td>")
                        .append(esc(String.join(", ", actor.services())))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<h3>Services offered</h3><table><thead><tr><th>Service</th><th>Provider</th><th>Locality</th>")
                .append("<th>Kind</th></tr></thead><tbody>");
        for (LocalMigrationProfile.Initiative initiative : p.localActors().initiatives()) {
            h.append("<tr><td>")
                    .append(esc(initiative.serviceType()))
                    .append("</td><td>")
                    .append(esc(initiative.provider()))
                    .append("</td><td>")
                    .append(esc(initiative.locality()))
                    .append("</td><td>")
                    .append(initiative.inHouse() ? "in-house" : "partner")
                    .append(initiative.extendedMainstream() ? ", mainstream public service open to migrants" : "")
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");

        h.append("<section><h2>4. Governance</h2><p>Coordinating office: ")
                .append(esc(p.governance().coordinatingOffice()))
                .append("</p><table><thead><tr><th>Office</th><th>Name</th><th>Kind</th><th>Locality</th>")
                .append("<th>Side served</th><th>Reports to</th></tr></thead><tbody>");
        for (LocalMigrationProfile.Office office : p.governance().offices()) {
            h.append("<tr><td>")
                    .append(esc(office.code()))
                    .append("</td><td>")
                    .append(esc(office.name()))
                    .append("</td><td>")
                    .append(esc(office.kind()))
                    .append("</td><td>")
                    .append(esc(office.locality()))
                    .append("</td><td>")
                    .append(esc(office.territorySide()))
                    .append("</td><td>")
                    .append(esc(office.parentCode()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
        placeholders(h, p.governance().arrangements());
        h.append("</section>\n<section><h2>5. Qualitative themes</h2>");
        placeholders(h, p.qualitativeThemes());
        h.append("</section>\n<section><h2>6. Recommendations</h2>");
        placeholders(h, p.recommendations());
        h.append("</section>\n</body></html>\n");
        return h.toString();
    }

    private static void placeholders(StringBuilder h, List<LocalMigrationProfile.Placeholder> items) {
        for (LocalMigrationProfile.Placeholder item : items) {
            h.append("<div class=\"placeholder\"><h4>")
                    .append(esc(item.heading()))
                    .append("</h4><p>To be written by the planning office: ")
                    .append(esc(item.prompt()))
                    .append("</p></div>");
        }
    }

    /** The cells grouped by every dimension but sex (e.g. movement, status), in order of first appearance. */
    static Map<String, List<ReportCell>> groups(LocalMigrationProfile.Indicator indicator) {
        Map<String, List<ReportCell>> groups = new LinkedHashMap<>();
        for (ReportCell cell : indicator.cells()) {
            String key = cell.dimensions().entrySet().stream()
                    .filter(e -> !e.getKey().equals("sex"))
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
        }
        return groups;
    }

    /** The groups' keys, the one with the most published people first (withheld cells count nothing). */
    private static List<String> byPublishedCount(Map<String, List<ReportCell>> groups) {
        return groups.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong(
                                (Map.Entry<String, List<ReportCell>> g) -> -g.getValue().stream()
                                        .filter(c -> c.count() != null)
                                        .mapToLong(ReportCell::count)
                                        .sum())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The name of the indicator's breakdown besides sex, e.g. originLocality. */
    private static String dimensionName(LocalMigrationProfile.Indicator indicator) {
        return indicator.dimensions().stream().filter(d -> !d.equals("sex")).collect(Collectors.joining(", "));
    }

    static List<String> periods(LocalMigrationProfile.Indicator indicator) {
        Set<String> periods = new LinkedHashSet<>();
        indicator.totals().forEach(t -> periods.add(t.period()));
        indicator.cells().forEach(c -> periods.add(c.period()));
        return periods.stream().sorted().toList();
    }

    /**
     * A grouped bar chart: the categories (periods, or the values of a breakdown) along, one bar per sex; withheld cells
     * a dashed empty box, no number.
     */
    private static String chart(
            List<ReportCell> cells, List<String> periods, Function<ReportCell, String> categoryOf, int index) {
        List<String> sexes = SEXES.stream()
                .filter(s ->
                        cells.stream().anyMatch(c -> s.equals(c.dimensions().get("sex"))))
                .toList();
        long max = cells.stream()
                .filter(c -> c.count() != null)
                .mapToLong(ReportCell::count)
                .max()
                .orElse(0);
        int width = 720;
        int left = 40;
        int slotWidth = (width - left - 10) / Math.max(1, periods.size());
        // labels wider than their slot (locality names) are written at a slant, with room below for them
        boolean slanted = periods.stream().anyMatch(p -> p.length() * 6 > slotWidth);
        int bottom = slanted ? 100 : 40;
        int height = 190 + bottom;
        int top = 20;
        int plot = height - bottom - top;
        int slot = slotWidth;
        int bar = Math.max(6, Math.min(40, (slot - 12) / Math.max(1, sexes.size())));
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height + 24)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height + 24)
                .append("\" aria-label=\"Chart ")
                .append(index + 1)
                .append("\"><line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(height - bottom)
                .append("\" x2=\"")
                .append(width - 10)
                .append("\" y2=\"")
                .append(height - bottom)
                .append("\" stroke=\"#444\"/>");
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            int x0 = left + i * slot + 6;
            for (int j = 0; j < sexes.size(); j++) {
                String sex = sexes.get(j);
                ReportCell cell = cells.stream()
                        .filter(c -> period.equals(categoryOf.apply(c))
                                && sex.equals(c.dimensions().get("sex")))
                        .findFirst()
                        .orElse(null);
                int x = x0 + j * bar;
                if (cell == null) {
                    continue;
                }
                if (cell.suppressed() || cell.count() == null) {
                    s.append("<rect class=\"withheld\" x=\"")
                            .append(x + 1)
                            .append("\" y=\"")
                            .append(height - bottom - 14)
                            .append("\" width=\"")
                            .append(bar - 2)
                            .append("\" height=\"14\" fill=\"none\" stroke=\"")
                            .append(COLOURS.get(sex))
                            .append("\" stroke-dasharray=\"3 2\"><title>")
                            .append(sex)
                            .append(' ')
                            .append(esc(period))
                            .append(": withheld</title></rect>");
                    continue;
                }
                int h = max == 0 ? 0 : (int) Math.round((double) cell.count() * plot / max);
                s.append("<rect class=\"bar\" data-count=\"")
                        .append(cell.count())
                        .append("\" x=\"")
                        .append(x + 1)
                        .append("\" y=\"")
                        .append(height - bottom - h)
                        .append("\" width=\"")
                        .append(bar - 2)
                        .append("\" height=\"")
                        .append(h)
                        .append("\" fill=\"")
                        .append(COLOURS.get(sex))
                        .append("\"><title>")
                        .append(sex)
                        .append(' ')
                        .append(esc(period))
                        .append(": ")
                        .append(cell.count())
                        .append("</title></rect><text class=\"value\" x=\"")
                        .append(x + bar / 2)
                        .append("\" y=\"")
                        .append(height - bottom - h - 3)
                        .append("\" text-anchor=\"middle\" font-size=\"10\">")
                        .append(cell.count())
                        .append("</text>");
            }
            int lx = left + i * slot + slot / 2;
            int ly = height - bottom + 16;
            s.append("<text class=\"period\" x=\"")
                    .append(lx)
                    .append("\" y=\"")
                    .append(ly)
                    .append(
                            slanted
                                    ? "\" text-anchor=\"end\" transform=\"rotate(-40 " + lx + " " + ly + ")"
                                    : "\" text-anchor=\"middle")
                    .append("\" font-size=\"11\">")
                    .append(esc(period))
                    .append("</text>");
        }
        int lx = left;
        for (String sex : sexes) {
            s.append("<rect x=\"")
                    .append(lx)
                    .append("\" y=\"")
                    .append(height + 4)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS.get(sex))
                    .append("\"/><text class=\"legend\" x=\"")
                    .append(lx + 14)
                    .append("\" y=\"")
                    .append(height + 13)
                    .append("\" font-size=\"11\">")
                    .append(sex.toLowerCase(Locale.ROOT))
                    .append("</text>");
            lx += 110;
        }
        s.append("<text class=\"legend\" x=\"")
                .append(lx)
                .append("\" y=\"")
                .append(height + 13)
                .append("\" font-size=\"11\">dashed box: withheld</text></svg>");
        return s.toString();
    }

    private static String table(
            List<ReportCell> cells, List<String> periods, Function<ReportCell, String> categoryOf, String heading) {
        List<String> sexes = SEXES.stream()
                .filter(s ->
                        cells.stream().anyMatch(c -> s.equals(c.dimensions().get("sex"))))
                .toList();
        StringBuilder t = new StringBuilder("<table class=\"figures\"><thead><tr><th>")
                .append(esc(heading))
                .append("</th>");
        sexes.forEach(s -> t.append("<th>").append(s.toLowerCase(Locale.ROOT)).append("</th>"));
        t.append("</tr></thead><tbody>");
        for (String period : periods) {
            t.append("<tr><td>").append(esc(period)).append("</td>");
            for (String sex : sexes) {
                ReportCell cell = cells.stream()
                        .filter(c -> period.equals(categoryOf.apply(c))
                                && sex.equals(c.dimensions().get("sex")))
                        .findFirst()
                        .orElse(null);
                t.append("<td>");
                if (cell == null) {
                    t.append("<span class=\"value\">0</span>");
                } else if (cell.suppressed() || cell.count() == null) {
                    t.append("withheld");
                } else {
                    t.append("<span class=\"value\">").append(cell.count()).append("</span>");
                }
                t.append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS =
            "body{font-family:Georgia,'Times New Roman',serif;max-width:800px;margin:2em auto;"
                    + "color:#222;line-height:1.4}h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #444;"
                    + "margin-top:2em}h3{margin-bottom:.2em}.meta{color:#555;font-size:.9em}.caveat{background:#fff4e0;"
                    + "border-left:4px solid #e08214;padding:.6em}.unit,.source{font-size:.85em;color:#444}"
                    + "table{border-collapse:collapse;width:100%;font-size:.85em;margin:.6em 0}th,td{border:1px solid #bbb;"
                    + "padding:3px 6px;text-align:left}.figures td{text-align:right}.figures td:first-child{text-align:left}"
                    + ".placeholder{border:1px dashed #999;padding:.4em .8em;margin:.6em 0;color:#555}"
                    + ".indicator{page-break-inside:avoid}svg.chart{max-width:100%;height:auto}"
                    + "@media print{body{margin:0;max-width:none}section{page-break-before:auto}}";
}
