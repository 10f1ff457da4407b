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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Ids;

/**
 * One dated entry of an episode's phase history. Append-only: written once by {@link MigrationEpisode} and never
 * changed (the database refuses updates). The change that enters RETURN carries the return details.
 */
@Entity
@Immutable
@Table(name = "phase_change")
class PhaseChange {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false, updatable = false)
    private MigrationEpisode episode;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", updatable = false)
    private MigrationPhase fromPhase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MigrationPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_stage", updatable = false)
    private SubStage subStage;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(updatable = false)
    private String note;

    @Column(name = "note_confidential", nullable = false, updatable = false)
    private boolean noteConfidential;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_circumstance", updatable = false)
    private ReturnCircumstance returnCircumstance;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_completeness", updatable = false)
    private CycleCompleteness returnCompleteness;

    @Column(name = "return_had_time_to_prepare", updatable = false)
    private Boolean returnHadTimeToPrepare;

    @Column(name = "return_institutional_assistance", updatable = false)
    private Boolean returnInstitutionalAssistance;

    @Column(name = "return_capital_accumulated", updatable = false)
    private Boolean returnCapitalAccumulated;

    @Column(name = "return_social_protection_kept", updatable = false)
    private Boolean returnSocialProtectionKept;

    @Column(name = "return_high_education_level", updatable = false)
    private Boolean returnHighEducationLevel;

    @Column(name = "return_expelled", updatable = false)
    private Boolean returnExpelled;

    @Column(name = "return_formal_work_abroad", updatable = false)
    private Boolean returnFormalWorkAbroad;

    @Column(name = "return_informal_work_abroad", updatable = false)
    private Boolean returnInformalWorkAbroad;

    @Column(name = "return_no_work_abroad", updatable = false)
    private Boolean returnNoWorkAbroad;

    @Column(name = "return_association_member", updatable = false)
    private Boolean returnAssociationMember;

    @Column(name = "return_ngo_help", updatable = false)
    private Boolean returnNgoHelp;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_intention", updatable = false)
    private ReturnIntention returnIntention;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PhaseChange() {}

    /** Called by the episode only, after it has checked the move. */
    static PhaseChange record(
            MigrationEpisode episode, int seq, MigrationPhase fromPhase, PhaseMove move, String by, Instant now) {
        PhaseChange change = new PhaseChange();
        change.id = Ids.newId();
        change.episode = episode;
        change.seq = seq;
        change.fromPhase = fromPhase;
        change.phase = move.phase();
        change.subStage = move.subStage();
        change.effectiveDate = move.effectiveDate();
        change.note = move.note();
        ReturnDetails details = move.returnDetails();
        // a note on a return whose circumstance (or expulsion factor) is protected could name it: it gets that tier
        change.noteConfidential = move.confidentialNote()
                || (details != null
                        && (details.circumstance().tier() == Tier.S2
                                || details.answeredReadiness().expulsionRecorded()));
        if (details != null) {
            change.returnCircumstance = details.circumstance();
            change.returnCompleteness = details.completeness();
            Boolean[] factors = details.answeredReadiness().stored();
            change.returnHighEducationLevel = factors[0];
            change.returnHadTimeToPrepare = factors[1];
            change.returnInstitutionalAssistance = factors[2];
            change.returnExpelled = factors[3];
            change.returnCapitalAccumulated = factors[4];
            change.returnFormalWorkAbroad = factors[5];
            change.returnInformalWorkAbroad = factors[6];
            change.returnNoWorkAbroad = factors[7];
            change.returnAssociationMember = factors[8];
            change.returnNgoHelp = factors[9];
            change.returnSocialProtectionKept = factors[10];
            change.returnIntention = details.intention();
        }
        change.recordedBy = by;
        change.recordedAt = now;
        return change;
    }

    /**
     * The entry cut down to {@code ceiling}; about a minor, what is S1 needs S2. {@code country} is the country of the
     * journey leg in force on the effective date.
     */
    PhaseChangeView view(Tier ceiling, boolean minor, String country) {
        ReturnDetails details = returnDetails();
        PhaseChangeView full = new PhaseChangeView(
                id,
                seq,
                fromPhase,
                phase,
                subStage,
                effectiveDate,
                country,
                noteConfidential ? null : note,
                noteConfidential ? note : null,
                details == null ? null : ReturnDetailsView.of(details, ceiling, minor),
                recordedBy,
                recordedAt);
        return Projection.upTo(full, ceiling, minor);
    }

    ReturnDetails returnDetails() {
        if (returnCircumstance == null) {
            return null;
        }
        ReturnReadiness readiness = ReturnReadiness.fromStored(
                returnHighEducationLevel,
                returnHadTimeToPrepare,
                returnInstitutionalAssistance,
                returnExpelled,
                returnCapitalAccumulated,
                returnFormalWorkAbroad,
                returnInformalWorkAbroad,
                returnNoWorkAbroad,
                returnAssociationMember,
                returnNgoHelp,
                returnSocialProtectionKept);
        return new ReturnDetails(returnCircumstance, returnCompleteness, readiness, returnIntention);
    }

    UUID id() {
        return id;
    }

    int seq() {
        return seq;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }
}
