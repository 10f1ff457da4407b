package org.mrc.casework.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class ReportDimensionTest {

    @Test
    void theContractListsExactlyTheDimensionsTheReportsDeclare() {
        Set<String> declared = new TreeSet<>();
        for (Report report : Report.values()) {
            declared.addAll(report.dimensions().keySet());
        }
        Set<String> documented = new TreeSet<>(
                Arrays.asList(ReportDimension.class.getAnnotation(Schema.class).enumeration()));
        assertEquals(declared, documented);
    }
}
