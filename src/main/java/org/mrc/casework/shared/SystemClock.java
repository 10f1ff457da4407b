package org.mrc.casework.shared;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock services take the time from (UTC), ticking in whole microseconds: the precision of PostgreSQL's
 * {@code timestamptz}, so that an instant written and read back compares equal to the one the service holds. Entities
 * never read a clock: they take {@code now} as a parameter. Tests and other producers may replace it. Nothing else in
 * the application reads the system clock (ArchitectureTest).
 */
@Singleton
public class SystemClock {

    private static final Duration PRECISION = Duration.of(1, ChronoUnit.MICROS);

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), PRECISION);
    }

    /**
     * An instant that did not come from the clock (a date-time sent by a client) cut to the precision the database
     * keeps, so that a response and a later read agree; null stays null.
     */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
