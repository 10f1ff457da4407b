package org.mrc.casework.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a caseworker searches by; every criterion is optional and they combine with AND. {@code name} tolerates
 * accents, case and typos.
 */
public record ClientSearch(
        String name,
        String reference,
        LocalDate birthDate,
        Integer birthYear,
        String phone,
        String nationality,
        ClientRole role,
        MigrationPhase phase,
        UUID officeId) {}
