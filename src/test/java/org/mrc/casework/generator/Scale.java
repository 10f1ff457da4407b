package org.mrc.casework.generator;

/**
 * How much synthetic data {@link ReportDataGenerator} loads. The issue's sizes are the defaults; a smaller client
 * count scales every other size in the same proportion unless that size is given too, so a quick try needs one knob.
 */
public record Scale(
        int clients, int episodes, int referrals, int services, int sessions, int diplomas, int employments) {

    private static final int ISSUE_CLIENTS = 1_000_000;

    public Scale {
        if (clients < 100) {
            throw new IllegalArgumentException("at least 100 clients, so that every office gets some");
        }
        if (episodes < 0 || referrals < 0 || services < 0 || sessions < 0 || diplomas < 0 || employments < 0) {
            throw new IllegalArgumentException("sizes cannot be negative");
        }
    }

    /** 1,000,000 clients, 1,500,000 episodes, 3,000,000 referrals, 2,000,000 delivered services, ... */
    public static Scale issue() {
        return proportional(ISSUE_CLIENTS);
    }

    /** The issue's proportions for {@code clients} clients. */
    public static Scale proportional(int clients) {
        double f = clients / (double) ISSUE_CLIENTS;
        return new Scale(
                clients,
                (int) Math.round(1_500_000 * f),
                (int) Math.round(3_000_000 * f),
                (int) Math.round(2_000_000 * f),
                (int) Math.max(10, Math.round(40_000 * f)),
                (int) Math.round(300_000 * f),
                (int) Math.round(400_000 * f));
    }

    /** {@code gen.clients}, {@code gen.episodes}, ... ; absent ones follow {@code gen.clients} proportionally. */
    public static Scale fromSystemProperties() {
        Scale base = proportional(Integer.getInteger("gen.clients", ISSUE_CLIENTS));
        return new Scale(
                base.clients,
                Integer.getInteger("gen.episodes", base.episodes),
                Integer.getInteger("gen.referrals", base.referrals),
                Integer.getInteger("gen.services", base.services),
                Integer.getInteger("gen.sessions", base.sessions),
                Integer.getInteger("gen.diplomas", base.diplomas),
                Integer.getInteger("gen.employments", base.employments));
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%,d clients, %,d episodes, %,d referrals, %,d delivered services, %,d group sessions, %,d diplomas,"
                        + " %,d employment entries",
                clients,
                episodes,
                referrals,
                services,
                sessions,
                diplomas,
                employments);
    }
}
