package org.mrc.casework.client.episode;

/** What the person did in the country of a journey leg. */
public enum LegActivity {
    WORK,
    STUDY,
    TRANSIT,
    FAMILY,
    OTHER;

    /** The activity an episode of {@code type} implies, for a journey recorded as one destination. */
    static LegActivity impliedBy(EpisodeType type) {
        return switch (type) {
            case LABOUR, SEASONAL -> WORK;
            case STUDY -> STUDY;
            case FAMILY -> FAMILY;
            default -> OTHER;
        };
    }
}
