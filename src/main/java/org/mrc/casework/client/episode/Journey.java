package org.mrc.casework.client.episode;

import java.time.LocalDate;

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
        LocalDate returnDate) {}
