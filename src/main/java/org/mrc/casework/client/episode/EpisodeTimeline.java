package org.mrc.casework.client.episode;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mrc.casework.client.timeline.TimelineContributor;
import org.mrc.casework.privacy.ClientRef;

/** The client's episodes on the timeline: each opening, phase change and closing, cut to what the caller may see. */
@ApplicationScoped
class EpisodeTimeline implements TimelineContributor {

    private final EpisodeRepository episodes;

    EpisodeTimeline(EpisodeRepository episodes) {
        this.episodes = episodes;
    }

    @Override
    public List<Contribution> entries(ClientRef client) {
        return episodes.allOf(client.id()).stream()
                .flatMap(episode -> episode.timeline(client.ceiling(), client.aboutAMinor()).stream())
                .toList();
    }
}
