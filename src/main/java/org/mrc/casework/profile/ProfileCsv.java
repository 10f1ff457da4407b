package org.mrc.casework.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mrc.casework.reporting.ReportCell;
import org.mrc.casework.shared.http.Csv;

/**
 * The profile as a CSV bundle: a zip of RFC 4180 files (UTF-8, CRLF), one per section, and a README. Every count in
 * it is a published cell or total of the profile; a withheld one has an empty count and suppressed = true.
 */
final class ProfileCsv {

    private ProfileCsv() {}

    static byte[] bundle(LocalMigrationProfile p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "README.txt", readme(p));
            entry(zip, "indicators.csv", indicators(p));
            List<List<String>> sources = new ArrayList<>();
            sources.add(List.of("source", "description", "as_of", "coverage"));
            p.dataSources()
                    .forEach(s -> sources.add(List.of(
                            s.name(),
                            s.description(),
                            s.asOf() == null ? "" : s.asOf().toString(),
                            s.coverage())));
            entry(zip, "data-sources.csv", csv(sources));
            List<List<String>> actors = new ArrayList<>();
            actors.add(List.of("partner_id", "name", "types", "locality", "services"));
            p.localActors()
                    .partners()
                    .forEach(a -> actors.add(List.of(
                            a.partnerId().toString(),
                            a.name(),
                            String.join(" ", a.types()),
                            text(a.locality()),
                            String.join(" ", a.services()))));
            entry(zip, "local-actors.csv", csv(actors));
            List<List<String>> initiatives = new ArrayList<>();
            initiatives.add(
                    List.of("offering_id", "service_type", "provider", "locality", "in_house", "extended_mainstream"));
            p.localActors()
                    .initiatives()
                    .forEach(i -> initiatives.add(List.of(
                            i.offeringId().toString(),
                            i.serviceType(),
                            text(i.provider()),
                            text(i.locality()),
                            Boolean.toString(i.inHouse()),
                            Boolean.toString(i.extendedMainstream()))));
            entry(zip, "initiatives.csv", csv(initiatives));
            List<List<String>> offices = new ArrayList<>();
            offices.add(List.of("code", "name", "kind", "locality", "territory_side", "reports_to"));
            p.governance()
                    .offices()
                    .forEach(o -> offices.add(List.of(
                            o.code(),
                            o.name(),
                            o.kind(),
                            text(o.locality()),
                            text(o.territorySide()),
                            text(o.parentCode()))));
            entry(zip, "governance.csv", csv(offices));
            List<List<String>> writing = new ArrayList<>();
            writing.add(List.of("section", "heading", "prompt"));
            p.governance().arrangements().forEach(x -> writing.add(List.of("governance", x.heading(), x.prompt())));
            p.qualitativeThemes().forEach(x -> writing.add(List.of("qualitative theme", x.heading(), x.prompt())));
            p.recommendations().forEach(x -> writing.add(List.of("recommendation", x.heading(), x.prompt())));
            entry(zip, "to-be-written.csv", csv(writing));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String indicators(LocalMigrationProfile p) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "indicator",
                "title",
                "report",
                "row",
                "period",
                "breakdown",
                "sex",
                "count",
                "suppressed",
                "source",
                "data_as_of",
                "caveat"));
        for (LocalMigrationProfile.Indicator i : p.trends()) {
            for (String kind : List.of("CELL", "TOTAL")) {
                for (ReportCell cell : kind.equals("CELL") ? i.cells() : i.totals()) {
                    rows.add(List.of(
                            i.id(),
                            i.title(),
                            i.report(),
                            kind,
                            cell.period(),
                            breakdown(cell.dimensions()),
                            text(cell.dimensions().get("sex")),
                            cell.count() == null ? "" : cell.count().toString(),
                            Boolean.toString(cell.suppressed()),
                            i.source(),
                            i.dataAsOf() == null ? "" : i.dataAsOf().toString(),
                            i.caveat()));
                }
            }
        }
        return csv(rows);
    }

    private static String breakdown(Map<String, String> dimensions) {
        return dimensions.entrySet().stream()
                .filter(e -> !e.getKey().equals("sex"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static String readme(LocalMigrationProfile p) {
        return p.title() + "\r\nTerritory: " + p.territory().officeCode() + " and the offices below it\r\nPeriod: "
                + p.period().from() + " to " + p.period().to() + " by "
                + p.period().granularity()
                + "\r\nGenerated: " + p.generatedAt() + "\r\n\r\n" + p.caveat() + "\r\nCounts from 1 to "
                + (p.threshold() - 1) + " are withheld (empty count, suppressed = true), with enough others that"
                + " none can be recomputed from the totals.\r\n\r\nFiles: indicators.csv (the trends, each row with"
                + " its source, date and caveat), data-sources.csv, local-actors.csv, initiatives.csv,"
                + " governance.csv, to-be-written.csv (qualitative themes and recommendations).\r\n";
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(row.stream().map(Csv::field).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
