package org.mrc.casework.client.episode;

import java.time.LocalDate;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;

/** A requested phase change, as the episode checks and records it. {@code note} may hold personal data. */
record PhaseMove(
        MigrationPhase phase,
        SubStage subStage,
        LocalDate effectiveDate,
        String note,
        boolean confidentialNote,
        ReturnDetails returnDetails) {}
