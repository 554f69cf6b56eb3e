package org.lorkit.season;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which season an applicant follows, named as the services name it (the Match year). */
class FollowedSeasonTest {

    private static final LocalDate DECEMBER_2026 = LocalDate.of(2026, 12, 2);

    @Test
    void applyingIn2027MeansTheServices2028Season() {
        assertEquals(2028, FollowedSeason.seasonYear(2027, null, DECEMBER_2026));
    }

    @Test
    void withoutASeasonHerOwnSubmissionTargetSaysIt() {
        assertEquals(2028, FollowedSeason.seasonYear(null, LocalDate.of(2027, 9, 15), DECEMBER_2026));
    }

    @Test
    void withNeitherTheNextSeasonStillAheadIsFollowed() {
        assertEquals(2028, FollowedSeason.seasonYear(null, null, DECEMBER_2026));
        assertEquals(2028, FollowedSeason.seasonYear(null, null, LocalDate.of(2027, 8, 31)));
        assertEquals(2029, FollowedSeason.seasonYear(null, null, LocalDate.of(2027, 9, 1)));
    }
}
