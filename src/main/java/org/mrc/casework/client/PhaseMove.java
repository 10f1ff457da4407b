package org.mrc.casework.client;

import java.time.LocalDate;

/** A requested phase change, as the episode checks and records it. {@code note} may hold personal data. */
record PhaseMove(
        MigrationPhase phase,
        SubStage subStage,
        LocalDate effectiveDate,
        String note,
        boolean confidentialNote,
        ReturnDetails returnDetails) {}
