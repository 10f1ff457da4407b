package org.mrc.casework.eligibility;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.mrc.casework.client.ClientRole;
import org.mrc.casework.client.ClientView;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.Sex;
import org.mrc.casework.shared.AgeBand;
import org.mrc.casework.shared.TerritorySide;

/**
 * The facts eligibility is decided on, taken from the client record as the caller may see it (a field the projection
 * emptied is simply not recorded here). Null or empty: not recorded, which never excludes anyone.
 *
 * @param side ORIGIN when the client is in their country of origin, DESTINATION when in another country
 */
record Applicant(
        MigrationPhase phase,
        Set<ClientRole> roles,
        Integer age,
        Sex sex,
        Set<String> languages,
        String locality,
        String country,
        TerritorySide side) {

    static Applicant of(ClientView client, LocalDate today) {
        MigrationPhase phase = client.currentPhase() == null ? null : MigrationPhase.valueOf(client.currentPhase());
        Set<ClientRole> roles =
                client.roles() == null || client.roles().isEmpty() ? Set.of() : EnumSet.copyOf(client.roles());
        TerritorySide side = null;
        if (client.originCountry() != null && client.currentCountry() != null) {
            side = client.originCountry().equals(client.currentCountry())
                    ? TerritorySide.ORIGIN
                    : TerritorySide.DESTINATION;
        }
        return new Applicant(
                phase,
                roles,
                AgeBand.age(client.birthDate(), client.birthYear(), today),
                client.sex(),
                client.preferredLanguages() == null ? Set.of() : Set.copyOf(client.preferredLanguages()),
                client.currentLocality(),
                client.currentCountry(),
                side);
    }
}
