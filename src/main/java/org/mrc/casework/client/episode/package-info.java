/**
 * Migration episodes of a client and their phase history: opening, moving between phases (the transition table is
 * {@code MigrationPhase}), closing and the next season of circular migration; contributes the episodes to the client
 * timeline. Reaches the registry only through {@code ClientService} and {@code privacy.ClientAccess}; others may use
 * {@code EpisodeService} and its views.
 */
package org.mrc.casework.client.episode;
