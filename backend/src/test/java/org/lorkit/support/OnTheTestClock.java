package org.lorkit.support;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.lorkit.platform.MutableClock;

/**
 * A test that walks an applicant through a season on the test clock: {@code on("2026-06-10")} freezes
 * time at noon (UTC) of that day, and after each test the clock follows real time again (one application
 * serves every test class).
 */
public abstract class OnTheTestClock {

    @Inject
    protected MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    protected void on(String day) {
        clock.setDay(LocalDate.parse(day));
    }
}
