package org.mrc.casework.client;

/** Steps inside a phase: the stay abroad and the reintegration after return. */
public enum SubStage {
    ARRIVAL(MigrationPhase.MIGRATION),
    SOCIO_ECONOMIC_INTEGRATION(MigrationPhase.MIGRATION),
    PARTICIPATION(MigrationPhase.MIGRATION),
    RETURN_PREPARATION(MigrationPhase.MIGRATION),
    REINTEGRATING(MigrationPhase.RETURN),
    SETTLED(MigrationPhase.RETURN);

    private final MigrationPhase phase;

    SubStage(MigrationPhase phase) {
        this.phase = phase;
    }

    public MigrationPhase phase() {
        return phase;
    }
}
