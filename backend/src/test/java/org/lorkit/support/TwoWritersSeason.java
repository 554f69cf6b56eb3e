package org.lorkit.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lorkit.platform.MutableClock;

/**
 * The season of issue 13 on the test clock (today December 1, 2026, Chicago): a 4-week Internal
 * Medicine externship (November 16 to December 13) with two writers on it, Sarah Mitchell, MD (core
 * faculty, November 16-29) and Dr James Okafor (program director, November 23 - December 13), ERAS
 * opening June 2, 2027 and submission on September 8, 2027.
 */
public final class TwoWritersSeason {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final LocalDate ERAS_OPENS = LocalDate.of(2027, 6, 2);
    public static final LocalDate SUBMISSION = LocalDate.of(2027, 9, 8);

    public final Applicant ana;
    public final String rotation;
    public final String mitchell;
    public final String okafor;

    private TwoWritersSeason(Applicant ana, String rotation, String mitchell, String okafor) {
        this.ana = ana;
        this.rotation = rotation;
        this.mitchell = mitchell;
        this.okafor = okafor;
    }

    public static TwoWritersSeason start(MutableClock clock) {
        clock.setDay(TODAY);
        Applicant ana = Applicant.register();
        targetSheet(
                ana,
                "Internal Medicine",
                Map.of("erasOpensOn", ERAS_OPENS.toString(), "strengths", List.of("CLINICAL_REASONING")));
        String rotation = rotation(ana, "Lakeside General", "2026-11-16", "2026-12-13");
        String mitchell = writer(
                ana,
                "Sarah Mitchell, MD",
                null,
                "CORE_FACULTY",
                "smitchell@example.org",
                null,
                rotation,
                "2026-11-16",
                "2026-11-29");
        String okafor = writer(
                ana,
                "Dr James Okafor",
                "MD",
                "PROGRAM_DIRECTOR",
                "jokafor@example.org",
                "im-office@example.org",
                rotation,
                "2026-11-23",
                "2026-12-13");
        return new TwoWritersSeason(ana, rotation, mitchell, okafor);
    }

    /** The same season (its ERAS opening and submission days) for another target specialty. */
    public void targetSpecialty(String specialty) {
        targetSheet(ana, specialty, Map.of("erasOpensOn", ERAS_OPENS.toString()));
    }

    /** The season's target sheet (the 2028 season, submission on September 8, 2027, Chicago) with these fields added. */
    public static void targetSheet(Applicant who, String specialty, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "targetSpecialty",
                specialty,
                "season",
                2028,
                "submissionTargetOn",
                SUBMISSION.toString(),
                "timeZone",
                "America/Chicago"));
        body.putAll(extra);
        who.request()
                .header("If-Match", Lor.etag(who, "/api/v1/profile"))
                .body(body)
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
    }

    /** An Internal Medicine externship where the applicant presents patients. */
    public static String rotation(Applicant who, String institution, String from, String to) {
        return Lor.create(
                who,
                "/api/v1/rotations",
                Map.of(
                        "institution",
                        institution,
                        "specialty",
                        "Internal Medicine",
                        "kind",
                        "EXTERNSHIP",
                        "startsOn",
                        from,
                        "endsOn",
                        to,
                        "canPresentPatients",
                        true));
    }

    public static String writer(
            Applicant who,
            String name,
            String degree,
            String role,
            String email,
            String coordinator,
            String rotation,
            String from,
            String to) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "role",
                role,
                "specialty",
                "Internal Medicine",
                "hasSeenMePresent",
                true,
                "rotations",
                List.of(Map.of("rotationId", rotation, "from", from, "to", to))));
        if (degree != null) {
            body.put("degree", degree);
        }
        if (email != null) {
            body.put("email", email);
        }
        if (coordinator != null) {
            body.put("coordinatorEmail", coordinator);
        }
        return Lor.create(who, "/api/v1/attendings", body);
    }

    /** A story on the externship, witnessed by the given writers (none: nobody saw it). */
    public String story(String title, String occurredOn, String... witnesses) {
        return Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        title,
                        "summary",
                        "pt w/ " + title.toLowerCase() + ", pres on rounds",
                        "occurredOn",
                        occurredOn,
                        "rotationId",
                        rotation,
                        "witnessAttendingIds",
                        List.of(witnesses)));
    }
}
