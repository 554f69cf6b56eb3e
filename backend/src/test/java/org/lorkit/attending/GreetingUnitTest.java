package org.lorkit.attending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How scripts greet writers whose names arrive as applicants type them on a phone. */
class GreetingUnitTest {

    @Test
    void aDoctoralDegreeAfterACommaGreetsByTitleAndSurnameOnly() {
        assertEquals("Dr. Mitchell", Greeting.of(null, "Sarah Mitchell, MD", null));
        assertEquals("Dr. Mitchell", Greeting.of(null, "sarah mitchell ,  m.d.", null));
    }

    @Test
    void aSurnameTypedInLowerCaseGetsItsCapitalsBackAndOneWithItsOwnCapitalsIsKept() {
        assertEquals("Dr. O'Brien", Greeting.of(null, "dr sean o'brien", null));
        assertEquals("Dr. Smith-Jones", Greeting.of(null, "ann smith-jones", "md"));
        assertEquals("Dr. McDonald", Greeting.of(null, "Dr. Ian McDonald", null));
        assertEquals("Dr. de la Cruz", Greeting.of(null, "dr maria de la cruz", null));
    }

    @Test
    void aTitleTypedBeforeTheNameIsKeptButNeverDoubled() {
        assertEquals("Dr. Mitchell", Greeting.of(null, "Dr Sarah Mitchell", null));
        assertEquals("Prof. Okafor", Greeting.of(null, "prof. Chidi Okafor", null));
    }

    @Test
    void theDegreeFieldCountsWhateverSeparatesItsParts() {
        assertEquals("Dr. Patel", Greeting.of(null, "Anil Patel", "MBBS/MD"));
        assertEquals("Dr. Patel", Greeting.of(null, "Anil Patel", "mph, do"));
    }

    @Test
    void particlesStayWithTheSurnameAndGenerationalSuffixesAreDropped() {
        assertEquals("Dr. de la Cruz", Greeting.of(null, "Maria de la Cruz, MD", null));
        assertEquals("Dr. van Dijk", Greeting.of(null, "Dr. Pieter van Dijk", null));
        assertEquals("Dr. King", Greeting.of(null, "Martin King Jr., MD", null));
        assertEquals("Dr. Ford", Greeting.of(null, "Henry Ford III", "DO"));
    }

    @Test
    void withoutATitleOrDoctoralDegreeTheFullNameIsTheGreeting() {
        assertEquals("Jamie Lee", Greeting.of(null, "  Jamie   Lee ", "RN"));
        assertEquals("Coach Taylor", Greeting.of("  Coach Taylor ", "Eric Taylor, MD", null));
    }
}
