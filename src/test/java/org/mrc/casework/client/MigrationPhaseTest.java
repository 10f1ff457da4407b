package org.mrc.casework.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.episode.CycleCompleteness;
import org.mrc.casework.client.episode.ReadinessAnswer;
import org.mrc.casework.client.episode.ReturnCircumstance;
import org.mrc.casework.client.episode.ReturnDetails;
import org.mrc.casework.client.episode.ReturnDetailsView;
import org.mrc.casework.client.episode.ReturnIntention;
import org.mrc.casework.client.episode.ReturnReadiness;
import org.mrc.casework.privacy.Tier;

/** The phase graph, every pair: written out here independently of {@link MigrationPhase}. */
class MigrationPhaseTest {

    /**
     * Rows are "from", columns "to" in declaration order (PRE_DECISION, NOT_MIGRATING, PRE_DEPARTURE, TRANSIT,
     * MIGRATION, RETURN). x: a move to another phase; s: a sub-stage change within the phase; .: refused.
     */
    private static final List<String> TABLE = List.of(
            "PRE_DECISION  . x x . . .",
            "NOT_MIGRATING x . . . . .",
            "PRE_DEPARTURE x . . x x .",
            "TRANSIT       . . . . x x",
            "MIGRATION     . . . x s x",
            "RETURN        . . . . . s");

    @Test
    void everyPairOfPhasesIsAllowedOrRefusedExactlyAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String row : TABLE) {
            String[] cells = row.trim().split("\\s+");
            MigrationPhase from = MigrationPhase.valueOf(cells[0]);
            for (MigrationPhase to : MigrationPhase.values()) {
                String cell = cells[1 + to.ordinal()];
                boolean expected = !cell.equals(".");
                if (from.allows(to) != expected) {
                    wrong.add(from + " -> " + to + " expected " + (expected ? "allowed" : "refused"));
                }
                assertEquals(cell.equals("s"), to == from && from.allows(to), from + " -> " + to);
                checked++;
            }
        }
        assertEquals(MigrationPhase.values().length * MigrationPhase.values().length, checked, "every pair");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theAllowedMovesOfAPhaseAreWhatARefusalLists() {
        assertEquals(
                List.of(MigrationPhase.NOT_MIGRATING, MigrationPhase.PRE_DEPARTURE),
                MigrationPhase.PRE_DECISION.allowedMoves());
        assertEquals(
                List.of(MigrationPhase.TRANSIT, MigrationPhase.MIGRATION, MigrationPhase.RETURN),
                MigrationPhase.MIGRATION.allowedMoves());
        assertEquals(List.of(MigrationPhase.RETURN), MigrationPhase.RETURN.allowedMoves());
        for (MigrationPhase phase : MigrationPhase.values()) {
            assertFalse(phase.next().contains(phase), phase + " lists itself as a next phase");
            for (MigrationPhase to : MigrationPhase.values()) {
                assertEquals(phase.allows(to), phase.allowedMoves().contains(to), phase + " -> " + to);
            }
        }
    }

    @Test
    void onlyReturnAndNotMigratingEndAnEpisode() {
        Set<MigrationPhase> closable = EnumSet.noneOf(MigrationPhase.class);
        for (MigrationPhase phase : MigrationPhase.values()) {
            if (phase.closable()) {
                closable.add(phase);
            }
        }
        assertEquals(EnumSet.of(MigrationPhase.RETURN, MigrationPhase.NOT_MIGRATING), closable);
    }

    @Test
    void subStagesBelongToMigrationAndReturnOnly() {
        assertEquals(
                List.of(
                        SubStage.ARRIVAL,
                        SubStage.SOCIO_ECONOMIC_INTEGRATION,
                        SubStage.PARTICIPATION,
                        SubStage.RETURN_PREPARATION),
                MigrationPhase.MIGRATION.subStages());
        assertEquals(List.of(SubStage.REINTEGRATING, SubStage.SETTLED), MigrationPhase.RETURN.subStages());
        for (MigrationPhase phase : EnumSet.complementOf(EnumSet.of(MigrationPhase.MIGRATION, MigrationPhase.RETURN))) {
            assertEquals(List.of(), phase.subStages(), phase.name());
        }
    }

    @Test
    void leavingAPhaseBeforeDepartureForTransitOrMigrationIsTheDeparture() {
        for (MigrationPhase from : new MigrationPhase[] {
            null, MigrationPhase.PRE_DECISION, MigrationPhase.PRE_DEPARTURE, MigrationPhase.NOT_MIGRATING
        }) {
            assertTrue(MigrationPhase.TRANSIT.departsFrom(from));
            assertTrue(MigrationPhase.MIGRATION.departsFrom(from));
        }
        assertFalse(MigrationPhase.MIGRATION.departsFrom(MigrationPhase.TRANSIT));
        assertFalse(MigrationPhase.TRANSIT.departsFrom(MigrationPhase.MIGRATION));
        assertFalse(MigrationPhase.RETURN.departsFrom(MigrationPhase.PRE_DEPARTURE));
    }

    @Test
    void belowS2AnExpulsionLooksExactlyLikeAnUndisclosedCircumstance() {
        ReturnReadiness expulsion = new ReturnReadiness(
                null,
                ReadinessAnswer.NO,
                null,
                ReadinessAnswer.YES,
                ReadinessAnswer.NO,
                null,
                null,
                null,
                null,
                null,
                null);
        ReturnReadiness unanswered = new ReturnReadiness(
                null, ReadinessAnswer.NO, null, null, ReadinessAnswer.NO, null, null, null, null, null, null);
        ReturnDetailsView expelled = ReturnDetailsView.of(
                new ReturnDetails(
                        ReturnCircumstance.DEPORTED_EXPELLED,
                        CycleCompleteness.INTERRUPTED,
                        expulsion,
                        ReturnIntention.UNDECIDED),
                Tier.S1,
                false);
        ReturnDetailsView undisclosed = ReturnDetailsView.of(
                new ReturnDetails(
                        ReturnCircumstance.UNDISCLOSED,
                        CycleCompleteness.INTERRUPTED,
                        unanswered,
                        ReturnIntention.UNDECIDED),
                Tier.S1,
                false);
        assertEquals(undisclosed, expelled);
        assertNull(expelled.circumstance());
        assertNull(expelled.protectedCircumstance());
        assertEquals(CycleCompleteness.INTERRUPTED, expelled.completeness());
        assertEquals(ReadinessAnswer.NO, expelled.readiness().timeToOrganise());
        assertNull(expelled.readiness().expelled());
    }

    @Test
    void everyCircumstanceButExpulsionAndUndisclosedIsVisibleAtS1() {
        for (ReturnCircumstance circumstance : ReturnCircumstance.values()) {
            ReturnDetailsView seen = ReturnDetailsView.of(
                    new ReturnDetails(circumstance, CycleCompleteness.COMPLETE, null, null), Tier.S1, false);
            boolean protectedOne = circumstance == ReturnCircumstance.DEPORTED_EXPELLED
                    || circumstance == ReturnCircumstance.UNDISCLOSED;
            assertEquals(protectedOne ? null : circumstance, seen.circumstance(), circumstance.name());
            ReturnDetailsView owner = ReturnDetailsView.of(
                    new ReturnDetails(circumstance, CycleCompleteness.COMPLETE, null, null), Tier.S2, false);
            assertEquals(
                    circumstance,
                    protectedOne ? owner.protectedCircumstance() : owner.circumstance(),
                    circumstance.name());
        }
    }
}
