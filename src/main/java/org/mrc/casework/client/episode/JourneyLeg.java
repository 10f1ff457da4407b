package org.mrc.casework.client.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Ids;

/**
 * One leg of a journey: a country, its dates, what the person did there, and optionally the permit held and the
 * contributions paid there. Written by {@link MigrationEpisode} only, which keeps the legs of an episode in order and
 * free of overlaps; a journey's legs are replaced as a set.
 */
@Entity
@Table(name = "journey_leg")
class JourneyLeg {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private MigrationEpisode episode;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String country;

    private String locality;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private LegActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(name = "permit_type")
    private PermitType permitType;

    @Column(name = "permit_valid_from")
    private LocalDate permitValidFrom;

    @Column(name = "permit_valid_until")
    private LocalDate permitValidUntil;

    @Column(name = "contribution_country")
    private String contributionCountry;

    @Column(name = "contribution_years")
    private BigDecimal contributionYears;

    @Column(name = "contribution_scheme")
    private String contributionScheme;

    protected JourneyLeg() {}

    static JourneyLeg of(MigrationEpisode episode, int seq, EpisodeRequests.Leg leg) {
        JourneyLeg row = new JourneyLeg();
        row.id = Ids.newId();
        row.episode = episode;
        row.seq = seq;
        row.country = leg.country();
        row.locality = leg.locality();
        row.fromDate = leg.fromDate();
        row.toDate = leg.toDate();
        row.activity = leg.activity();
        if (leg.permit() != null) {
            row.permitType = leg.permit().type();
            row.permitValidFrom = leg.permit().validFrom();
            row.permitValidUntil = leg.permit().validUntil();
        }
        if (leg.contributions() != null) {
            row.contributionCountry = leg.contributions().country();
            row.contributionYears = leg.contributions().years();
            row.contributionScheme = leg.contributions().scheme();
        }
        return row;
    }

    /** In force on {@code on}: started by then (a leg without a start started with the journey). */
    boolean startedBy(LocalDate on) {
        return fromDate == null || !fromDate.isAfter(on);
    }

    String country() {
        return country;
    }

    JourneyLegView view(Tier ceiling, boolean minor) {
        return Projection.upTo(
                new JourneyLegView(
                        seq,
                        country,
                        locality,
                        fromDate,
                        toDate,
                        activity,
                        permitType == null ? null : new ResidencePermit(permitType, permitValidFrom, permitValidUntil),
                        contributionCountry == null
                                ? null
                                : new SocialSecurityContributions(
                                        contributionCountry, contributionYears, contributionScheme)),
                ceiling,
                minor);
    }
}
