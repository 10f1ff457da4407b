package org.mrc.casework.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.MigrationPhase;

class ServicePhaseTest {

    @Test
    void servicePhasesAreTheMigrationPhasesExceptNotMigrating() {
        Set<String> migration = Arrays.stream(MigrationPhase.values())
                .filter(phase -> phase != MigrationPhase.NOT_MIGRATING)
                .map(Enum::name)
                .collect(Collectors.toSet());
        Set<String> service =
                Arrays.stream(ServicePhase.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(migration, service);
    }

    @Test
    void socialAndEconomicCategoriesBothExist() {
        Set<Boolean> kinds = Arrays.stream(ServiceCategory.values())
                .map(ServiceCategory::economic)
                .collect(Collectors.toSet());
        assertEquals(Set.of(true, false), kinds);
    }
}
