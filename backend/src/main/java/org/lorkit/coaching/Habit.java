package org.lorkit.coaching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Habit",
        description =
                "DAILY: READ_UP_DIAGNOSIS (read up every new diagnosis you meet), GOOD_QUESTION "
                        + "(bring one thoughtful question to your attending or resident). WEEKLY: MINI_FEEDBACK (ask for one thing to do "
                        + "better this week; WEEKLY_MINI feedback counts too), WRITE_STORY (write down one story; counted from your stories). "
                        + "PER_ROTATION: TEACHING_PRESENTATION (a 5-10 minute teaching talk; a TEACHING story on the rotation counts too).")
public enum Habit {
    READ_UP_DIAGNOSIS(Cadence.DAILY),
    GOOD_QUESTION(Cadence.DAILY),
    MINI_FEEDBACK(Cadence.WEEKLY),
    WRITE_STORY(Cadence.WEEKLY),
    TEACHING_PRESENTATION(Cadence.PER_ROTATION);

    public final Cadence cadence;

    Habit(Cadence cadence) {
        this.cadence = cadence;
    }

    @Schema(name = "HabitCadence")
    public enum Cadence {
        DAILY,
        WEEKLY,
        PER_ROTATION
    }
}
