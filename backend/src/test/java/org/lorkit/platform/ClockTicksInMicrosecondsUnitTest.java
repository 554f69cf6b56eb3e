package org.lorkit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** PostgreSQL keeps microseconds: an instant with more would be answered by a create and lost by every read. */
class ClockTicksInMicrosecondsUnitTest {

    @Test
    void theProductionClockReadsWholeMicroseconds() {
        Clock clock = new Clocks().systemClock();
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, clock.instant().getNano() % 1_000);
        }
        long before = System.currentTimeMillis();
        long millis = clock.millis(); // Java 17's Clock.tick under a millisecond throws here
        assertTrue(millis >= before && millis <= System.currentTimeMillis());
        assertEquals(clock.getZone(), clock.withZone(clock.getZone()).getZone());
    }
}
