package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.attending.AttendingRole.PROGRAM_DIRECTOR;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.DECLINED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture computes what {@link SeasonLoader} computes, so the rules' unit tests read real seasons. */
class SeasonBuilderTest {

    private static SeasonBuilder lakeside() {
        return SeasonBuilder.today("2026-12-01")
                .zone("America/Chicago")
                .submission("2027-09-08")
                .erasOpens("2027-06-02")
                .rotation("Lakeside General", "2026-11-16", "2026-12-13")
                .writer("Sarah Mitchell", CORE_FACULTY, "2026-11-16", "2026-11-29")
                .writer("Dr James Okafor", PROGRAM_DIRECTOR, "2026-11-23", "2026-12-13");
    }

    @Test
    void aCorrectedYesWasNeverAYes() {
        Season.Letter letter = lakeside()
                .letter()
                .moved("2026-11-30", ASKED, AGREED)
                .corrected("2026-11-30", ASKED)
                .build()
                .letters()
                .get(0);
        assertEquals(ASKED, letter.status());
        assertEquals(List.of(new Season.Change(ASKED, LocalDate.of(2026, 11, 30))), letter.history());
        assertFalse(letter.hasReached(AGREED));
    }

    @Test
    void aMisTapFixedElsewhereStandsOnTheDayOfTheCorrection() {
        Season.Letter letter = lakeside()
                .letter()
                .moved("2026-11-30", ASKED, DECLINED)
                .corrected("2026-12-01", AGREED)
                .build()
                .letters()
                .get(0);
        assertEquals(AGREED, letter.status());
        assertEquals(LocalDate.of(2026, 12, 1), letter.reached(AGREED).orElseThrow());
        assertFalse(letter.hasReached(DECLINED));
    }

    @Test
    void storiesAreCountedPerRotationAndPerWitnessAsTheLoaderDoes() {
        Season s = lakeside()
                .story("2026-11-18", "Sarah Mitchell")
                .teachingStory("2026-11-25", "Sarah Mitchell", "Dr James Okafor")
                .build();
        Season.RotationStories stories = s.storiesByRotation().get(SeasonBuilder.id("Lakeside General"));
        assertEquals(new Season.RotationStories(2, 1, LocalDate.of(2026, 11, 25)), stories);
        assertEquals(2L, s.packetStoriesByWitness().get(SeasonBuilder.id("Sarah Mitchell")));
        assertEquals(1L, s.packetStoriesByWitness().get(SeasonBuilder.id("Dr James Okafor")));
        assertTrue(s.storyDays().contains(LocalDate.of(2026, 11, 18)));
    }

    @Test
    void writersAreLinkedToTheirRotationOnTheirOwnDays() {
        Season s = lakeside().build();
        Season.Attending okafor = s.attendings().get(SeasonBuilder.id("Dr James Okafor"));
        assertEquals(
                List.of(new Season.Link(
                        SeasonBuilder.id("Lakeside General"), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 13))),
                okafor.links());
        assertEquals("Dr James Okafor", s.writerName(okafor.id()));
        assertEquals("Dr Sarah Mitchell", s.writerName(SeasonBuilder.id("Sarah Mitchell")));
        assertEquals(2027, s.profile().season(), "the season defaults to the submission year");
        assertEquals(LocalDate.of(2028, 3, 17), s.matchDay());
    }
}
