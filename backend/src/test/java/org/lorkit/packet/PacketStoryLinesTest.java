package org.lorkit.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a writer reads for one story: the title once, then what the summary adds. Plain JUnit. */
class PacketStoryLinesTest {

    @Test
    void aQuickCaptureTitleIsNotRepeatedByItsSummary() {
        assertNull(PacketService.summaryAfterTitle(
                "flagged a missed sepsis bundle at 2am, lactate redrawn, abx in 40 min",
                "flagged a missed sepsis bundle at 2am, lactate redrawn, abx in 40 min."));
    }

    @Test
    void aSummaryGoesOnAfterItsFirstSentenceWhenThatIsTheTitle() {
        assertEquals(
                "Dr Okafor asked me to lead the next one.",
                PacketService.summaryAfterTitle(
                        "Ran the code-status talk for an ICU transfer.",
                        "Ran the code-status talk for an ICU transfer. Dr Okafor asked me to lead the next one."));
    }

    @Test
    void aTitleOfItsOwnLeavesTheSummaryWhole() {
        assertEquals(
                "pt w/ DKA on admission, walked the team through the anion gap.",
                PacketService.summaryAfterTitle(
                        "DKA teaching on rounds", "pt w/ DKA on admission, walked the team through the anion gap."));
    }

    @Test
    void aSummaryJoinedToItsTitleByACommaGoesOnWithoutTheComma() {
        assertEquals(
                "pres to attending on shift",
                PacketService.summaryAfterTitle(
                        "dislocated shoulder reduction w/ PD",
                        "dislocated shoulder reduction w/ PD, pres to attending on shift"));
        assertEquals(
                "pt stable after",
                PacketService.summaryAfterTitle("ran the rapid response", "ran the rapid response - pt stable after"));
    }

    @Test
    void aTitleEndingInsideAWordOfTheSummaryIsNotItsFirstClause() {
        assertEquals(
                "pre-op check caught a missed INR",
                PacketService.summaryAfterTitle("pre", "pre-op check caught a missed INR"));
    }
}
