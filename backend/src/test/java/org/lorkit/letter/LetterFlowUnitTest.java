package org.lorkit.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.BOUNCED;
import static org.lorkit.letter.LetterStatus.CANDIDATE;
import static org.lorkit.letter.LetterStatus.DECLINED;
import static org.lorkit.letter.LetterStatus.IMPORTED;
import static org.lorkit.letter.LetterStatus.PACKET_SENT;
import static org.lorkit.letter.LetterStatus.RECEIVED;
import static org.lorkit.letter.LetterStatus.REQUESTED_IN_ERAS;
import static org.lorkit.letter.LetterStatus.SIGNALED;
import static org.lorkit.letter.LetterStatus.WITHDRAWN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end states of the flow: where each may come from, which are final, which count as in. */
class LetterFlowUnitTest {

    private static List<LetterStatus> from(LetterStatus to) {
        return EnumSet.allOf(LetterStatus.class).stream()
                .filter(s -> s.canMoveTo(to))
                .toList();
    }

    @Test
    void aRequestBouncesOnlyOnceItWasSent() {
        assertEquals(List.of(ASKED, REQUESTED_IN_ERAS), from(BOUNCED));
    }

    @Test
    void anyOpenRequestAfterCandidateCanBeWithdrawn() {
        assertEquals(List.of(SIGNALED, ASKED, AGREED, PACKET_SENT, REQUESTED_IN_ERAS), from(WITHDRAWN));
    }

    @Test
    void onlyACandidateIsImported() {
        assertEquals(List.of(CANDIDATE), from(IMPORTED));
    }

    @Test
    void theEndStatesAreFinalAndOnlyReceivedAndImportedAreIn() {
        for (LetterStatus end : List.of(RECEIVED, DECLINED, BOUNCED, WITHDRAWN, IMPORTED)) {
            assertEquals(List.of(), end.next(), end.name());
        }
        assertEquals(
                EnumSet.of(RECEIVED, IMPORTED),
                EnumSet.copyOf(EnumSet.allOf(LetterStatus.class).stream()
                        .filter(LetterStatus::isIn)
                        .toList()));
        assertEquals(
                EnumSet.of(DECLINED, BOUNCED, WITHDRAWN),
                EnumSet.copyOf(EnumSet.allOf(LetterStatus.class).stream()
                        .filter(LetterStatus::endsPath)
                        .toList()));
        assertFalse(RECEIVED.endsPath());
        assertTrue(IMPORTED.isIn());
    }

    @Test
    void aDeclineCorrectedToABounceStandsAsTheBounce() {
        Instant t = Instant.parse("2026-11-30T18:00:00Z");
        List<LetterMoves.Move> standing = LetterMoves.standing(List.of(
                new LetterMoves.Move(CANDIDATE, ASKED, t, false),
                new LetterMoves.Move(ASKED, DECLINED, t, false),
                new LetterMoves.Move(DECLINED, BOUNCED, t, true)));
        assertEquals(
                List.of(ASKED, BOUNCED),
                standing.stream().map(LetterMoves.Move::to).toList());
        assertEquals(List.of(ASKED, AGREED, DECLINED, WITHDRAWN), LetterMoves.correctionTargets(standing));
    }
}
