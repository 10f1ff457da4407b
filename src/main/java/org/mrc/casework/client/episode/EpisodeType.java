package org.mrc.casework.client.episode;

/** What a journey is for. SEASONAL covers circular migration: one episode per season. */
public enum EpisodeType {
    LABOUR,
    STUDY,
    FAMILY,
    SEASONAL,
    FORCED,
    OTHER
}
