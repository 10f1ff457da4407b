package org.mrc.casework.client.episode;

import java.time.LocalDate;
import java.util.List;

/** What an episode is about: its kind, where from and to, and its planned and actual dates. */
record Journey(
        EpisodeType type,
        String originCountry,
        String originLocality,
        String destinationCountry,
        String destinationLocality,
        LocalDate plannedDepartureDate,
        LocalDate departureDate,
        LocalDate plannedReturnDate,
        LocalDate returnDate) {

    /** A journey recorded as one destination, as its one leg (none without a destination country). */
    List<EpisodeRequests.Leg> asOneLeg() {
        if (destinationCountry == null) {
            return List.of();
        }
        return List.of(new EpisodeRequests.Leg(
                destinationCountry,
                destinationLocality,
                departureDate,
                returnDate,
                LegActivity.impliedBy(type),
                null,
                null));
    }
}
