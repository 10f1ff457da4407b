package org.mrc.casework.bench;

import java.util.Locale;

/** The one-line result format every benchmark prints: {@code <name>: service X, limit Y, ratio Z}. */
final class Figures {

    private Figures() {}

    /**
     * One result line. {@code atLeast}: the service should reach the limit (ratio service / limit, higher is better);
     * otherwise it should stay under it (ratio service / limit, lower is better).
     */
    static String line(String name, double service, double limit, boolean atLeast) {
        return String.format(
                Locale.ROOT,
                "%s: service %.2f, limit %.2f, ratio %.2f (%s)",
                name,
                service,
                limit,
                service / limit,
                atLeast ? "at least" : "at most");
    }
}
