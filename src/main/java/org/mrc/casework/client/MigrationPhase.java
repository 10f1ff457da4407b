package org.mrc.casework.client;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The phases of the migration cycle and, in one place, the moves allowed between them. The cycle is a graph: people
 * reconsider (PRE_DEPARTURE back to PRE_DECISION), decide not to go, move on to a third country (MIGRATION to
 * TRANSIT), or come back from transit. A re-migration after RETURN is a new episode, so RETURN leads nowhere: the
 * episode is closed. Staying in a phase is a move only for phases with sub-stages (a sub-stage change).
 */
public enum MigrationPhase {
    PRE_DECISION,
    NOT_MIGRATING,
    PRE_DEPARTURE,
    TRANSIT,
    MIGRATION,
    RETURN;

    /** The phases an episode may move to from this one (a sub-stage change within the phase is not listed). */
    public Set<MigrationPhase> next() {
        return switch (this) {
            case PRE_DECISION -> EnumSet.of(PRE_DEPARTURE, NOT_MIGRATING);
            case NOT_MIGRATING -> EnumSet.of(PRE_DECISION);
            case PRE_DEPARTURE -> EnumSet.of(TRANSIT, MIGRATION, PRE_DECISION);
            case TRANSIT -> EnumSet.of(MIGRATION, RETURN);
            case MIGRATION -> EnumSet.of(RETURN, TRANSIT);
            case RETURN -> EnumSet.noneOf(MigrationPhase.class);
        };
    }

    /** Whether an episode in this phase may be closed: it ended in a return, or in a decision not to migrate. */
    public boolean closable() {
        return this == RETURN || this == NOT_MIGRATING;
    }

    /** The sub-stages of this phase, in their usual order. */
    public List<SubStage> subStages() {
        return Arrays.stream(SubStage.values())
                .filter(stage -> stage.phase() == this)
                .toList();
    }

    /** Whether an episode in this phase may move to {@code to}: a listed next phase, or itself when it has sub-stages. */
    public boolean allows(MigrationPhase to) {
        return next().contains(to) || (to == this && !subStages().isEmpty());
    }

    /** What a caller may ask for from this phase, in declaration order: the {@code allowed} member of a refusal. */
    public List<MigrationPhase> allowedMoves() {
        return Arrays.stream(values()).filter(this::allows).toList();
    }

    /** Entering TRANSIT or MIGRATION from a phase before departure is the departure. */
    public boolean departsFrom(MigrationPhase from) {
        return (this == TRANSIT || this == MIGRATION)
                && (from == null || from == PRE_DECISION || from == PRE_DEPARTURE || from == NOT_MIGRATING);
    }
}
