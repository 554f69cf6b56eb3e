package org.lorkit.letter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The moves that stand after corrections. The history is append-only: a correction is one more entry
 * that replaces the move before it (an undo when it returns to that move's starting status, a mis-tap
 * fixed when it goes elsewhere). Replaying the entries gives the moves that stand, which is what the
 * rules read (a corrected AGREED was never agreed) and what the next correction corrects.
 */
public final class LetterMoves {

    private LetterMoves() {}

    /** One history entry, or one move that stands. */
    public record Move(LetterStatus from, LetterStatus to, Instant at, boolean correction) {}

    /** The moves that stand, oldest first. */
    public static List<Move> standing(List<Move> history) {
        List<Move> stack = new ArrayList<>();
        for (Move entry : history) {
            if (!entry.correction() || stack.isEmpty()) {
                stack.add(entry);
                continue;
            }
            Move corrected = stack.remove(stack.size() - 1);
            LetterStatus before = startOf(corrected);
            if (entry.to() != before) {
                stack.add(new Move(before, entry.to(), entry.at(), true));
            }
        }
        return stack;
    }

    /** Where a move started; CANDIDATE for entries imported without a starting status. */
    public static LetterStatus startOf(Move move) {
        return move.from() == null ? LetterStatus.CANDIDATE : move.from();
    }

    /**
     * The statuses a correction of the last standing move may lead to: back to where it started (undo), or
     * another move that status allows (the one meant); empty when no move stands.
     */
    public static List<LetterStatus> correctionTargets(List<Move> standing) {
        if (standing.isEmpty()) {
            return List.of();
        }
        Move last = standing.get(standing.size() - 1);
        LetterStatus before = startOf(last);
        List<LetterStatus> targets = new ArrayList<>();
        targets.add(before);
        before.next().stream().filter(s -> s != last.to()).forEach(targets::add);
        return targets;
    }
}
