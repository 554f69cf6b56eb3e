package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;

/** A way in: an empty or half-set-up account sees its set-up steps on Today, in order, with what is done. */
@QuarkusTest
class TodaySetupTest {

    private static JsonPath today(Applicant who) {
        return Coaching.get(who, "/api/v1/today");
    }

    @Test
    void aBrandNewAccountSeesTheWayInInOrderWithNothingDone() {
        Applicant ana = Applicant.register();
        JsonPath today = today(ana);
        assertEquals(List.of("TARGET_SHEET", "ROTATION", "ATTENDING", "FIRST_STORY"), today.getList("setup.step"));
        assertEquals(List.of(false, false, false, false), today.getList("setup.done"));
        assertEquals(List.of("PROFILE", "ROTATION", "ATTENDING", "STORY"), today.getList("setup.link.kind"));
        assertEquals("/api/v1/stories", today.getString("setup[3].link.href"));
    }

    @Test
    void aHalfSetUpAccountSeesWhatIsDoneTickedAndTheRestStillThere() {
        Applicant ana = Applicant.register();
        Coaching.profile(ana, LocalDate.of(2027, 9, 8), Map.of());
        String rotation = Coaching.rotation(
                ana, "Lakeside General", "Internal Medicine", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 13));
        assertEquals(List.of(true, true, false, false), today(ana).getList("setup.done"));
        String lee = Coaching.attending(ana, "Ken Lee", "CORE_FACULTY", "Internal Medicine", rotation);
        assertEquals(List.of(true, true, true, false), today(ana).getList("setup.done"));
        Lor.create(ana, "/api/v1/stories", Map.of("title", "first h&p on my own", "witnessAttendingIds", List.of(lee)));
        assertEquals(List.of(), today(ana).getList("setup"), "all done: the way in steps aside");
    }
}
