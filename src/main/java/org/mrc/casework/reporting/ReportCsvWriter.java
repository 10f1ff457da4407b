package org.mrc.casework.reporting;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mrc.casework.shared.http.Csv;

/**
 * Writes a report as CSV (RFC 4180, UTF-8, CRLF). The parameters, generation time, threshold and note come first
 * as lines starting with '#' (most CSV readers take a comment character); then one header line and a row per cell
 * ({@code row} = CELL) and per total ({@code row} = TOTAL, with the dimensions it does not total left empty).
 * A withheld row has an empty count and {@code suppressed} = true.
 */
@Provider
@Produces(ReportResource.TEXT_CSV)
public class ReportCsvWriter implements MessageBodyWriter<ReportView> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ReportView.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            ReportView report,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entityStream)
            throws IOException, WebApplicationException {
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        ReportParameters parameters = report.parameters();
        comment(out, "report", report.report());
        comment(out, "from", parameters.from());
        comment(out, "to", parameters.to());
        comment(
                out,
                "granularity",
                parameters.granularity() == null ? "" : parameters.granularity().name());
        comment(out, "office", parameters.office() == null ? "" : parameters.office());
        comment(out, "dimensions", String.join(",", parameters.dimensions()));
        comment(out, "generatedAt", report.generatedAt().toString());
        comment(out, "dataAsOf", report.dataAsOf().toString());
        comment(out, "threshold", Integer.toString(report.threshold()));
        comment(out, "suppressedCells", Integer.toString(report.suppressedCells()));
        comment(out, "unit", report.unit());
        comment(out, "note", report.note());
        Set<String> measures = new LinkedHashSet<>();
        for (ReportCell cell : report.cells()) {
            measures.addAll(cell.measures().keySet());
        }
        for (ReportCell cell : report.totals()) {
            measures.addAll(cell.measures().keySet());
        }
        List<String> header = new ArrayList<>(List.of("row", "period"));
        header.addAll(report.dimensions());
        header.add("count");
        header.add("suppressed");
        header.addAll(measures);
        line(out, header);
        for (ReportCell cell : report.cells()) {
            line(out, row("CELL", cell, report.dimensions(), measures));
        }
        for (ReportCell cell : report.totals()) {
            line(out, row("TOTAL", cell, report.dimensions(), measures));
        }
        out.flush();
    }

    private static List<String> row(String kind, ReportCell cell, List<String> dimensions, Set<String> measures) {
        List<String> values = new ArrayList<>(List.of(kind, cell.period()));
        for (String dimension : dimensions) {
            values.add(cell.dimensions().getOrDefault(dimension, ""));
        }
        values.add(cell.count() == null ? "" : cell.count().toString());
        values.add(Boolean.toString(cell.suppressed()));
        Map<String, Number> figures = cell.measures();
        for (String measure : measures) {
            Number value = figures.get(measure);
            values.add(value == null ? "" : value.toString());
        }
        return values;
    }

    private static void comment(Writer out, String name, String value) throws IOException {
        // a comment line holds no line break of its own
        out.write("# " + name + ": " + value.replaceAll("[\\r\\n]+", " ") + "\r\n");
    }

    private static void line(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(Csv.field(values.get(i)));
        }
        out.write("\r\n");
    }
}
