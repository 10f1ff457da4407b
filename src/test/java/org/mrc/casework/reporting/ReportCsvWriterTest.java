package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.http.Csv;

/** CSV output: RFC 4180 quoting, spreadsheet formula guarding, and the layout of a small report. */
class ReportCsvWriterTest {

    @Test
    void plainValuesAndNumbersAreWrittenAsTheyAre() {
        assertEquals("FEMALE", Csv.field("FEMALE"));
        assertEquals("35-49", Csv.field("35-49"));
        assertEquals("", Csv.field(""));
        assertEquals("-12", Csv.field("-12"));
        assertEquals("-0.25", Csv.field("-0.25"));
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Lipa City, Batangas\"", Csv.field("Lipa City, Batangas"));
        assertEquals("\"The \"\"Bayanihan\"\" centre\"", Csv.field("The \"Bayanihan\" centre"));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"carriage\rreturn\"", Csv.field("carriage\rreturn"));
    }

    @Test
    void aLeadingFormulaCharacterIsNeutralisedBeforeQuoting() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1 555", Csv.field("+1 555"));
        assertEquals("'-cmd", Csv.field("-cmd"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("\"'=1,2\"", Csv.field("=1,2"));
        // a formula character further in is harmless
        assertEquals("a=b", Csv.field("a=b"));
    }

    @Test
    void aReportIsWrittenWithCommentLinesAHeaderAndOneRowPerCellAndTotal() throws IOException {
        Map<String, String> female = new LinkedHashMap<>();
        female.put("movement", "DEPARTURE");
        female.put("sex", "FEMALE");
        Map<String, String> male = new LinkedHashMap<>();
        male.put("movement", "DEPARTURE");
        male.put("sex", "MALE");
        Map<String, Number> share = new LinkedHashMap<>();
        share.put("hadTimeToPrepareShare", 0.8);
        share.put("capitalAccumulatedShare", null);
        ReportView view = new ReportView(
                "movements",
                "movements",
                "line one\r\nline two",
                new ReportParameters("2026-05", "2026-06", Granularity.MONTH, "TOFFICE", List.of("sex")),
                List.of("movement", "sex"),
                Instant.parse("2026-07-01T10:00:00Z"),
                Instant.parse("2026-07-01T09:50:00Z"),
                5,
                1,
                List.of(
                        new ReportCell("2026-05", female, 7L, false, share),
                        new ReportCell("2026-05", male, null, true, Map.of())),
                List.of(new ReportCell("2026-05", Map.of("movement", "DEPARTURE"), 9L, false, Map.of())));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportCsvWriter().writeTo(view, ReportView.class, ReportView.class, null, null, null, out);

        String expected = "# report: movements\r\n"
                + "# from: 2026-05\r\n"
                + "# to: 2026-06\r\n"
                + "# granularity: MONTH\r\n"
                + "# office: TOFFICE\r\n"
                + "# dimensions: sex\r\n"
                + "# generatedAt: 2026-07-01T10:00:00Z\r\n"
                + "# dataAsOf: 2026-07-01T09:50:00Z\r\n"
                + "# threshold: 5\r\n"
                + "# suppressedCells: 1\r\n"
                + "# unit: movements\r\n"
                + "# note: line one line two\r\n"
                + "row,period,movement,sex,count,suppressed,hadTimeToPrepareShare,capitalAccumulatedShare\r\n"
                + "CELL,2026-05,DEPARTURE,FEMALE,7,false,0.8,\r\n"
                + "CELL,2026-05,DEPARTURE,MALE,,true,,\r\n"
                + "TOTAL,2026-05,DEPARTURE,,9,false,,\r\n";
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }
}
