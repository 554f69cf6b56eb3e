package org.lorkit.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lorkit.coaching.CoachDtos.Action;
import org.lorkit.coaching.CoachDtos.ActionKind;
import org.lorkit.coaching.CoachDtos.Today;
import org.lorkit.coaching.CoachService;

/**
 * What a digest or urgent note says, read from Today at the moment it is sent (so a step done since the
 * planner ran is not announced). Titles and rule sentences only: Today carries no story or feedback text.
 */
@ApplicationScoped
public class DigestComposer {

    /** Today is the app's home screen. */
    static final String TODAY_URL = "/#/";

    @Inject
    CoachService coach;

    /** Null when there is nothing to say: a quiet day, or the urgent step is no longer open. */
    public Digest compose(UUID owner, Digest.Kind kind, String occasion, NotificationSettings s, ZoneId zone) {
        Today today = coach.today(owner);
        if (kind == Digest.Kind.URGENT) {
            return today.actions().stream()
                    .filter(a -> a.kind() == ActionKind.BACKUP && a.id().equals(occasion))
                    .findFirst()
                    .map(a -> new Digest(
                            owner,
                            kind,
                            occasion,
                            today.today(),
                            zone,
                            "Act today: " + a.title(),
                            List.of(line(a)),
                            "You asked for a note as soon as a letter is at risk (Settings, Notifications).",
                            TODAY_URL))
                    .orElse(null);
        }
        List<Digest.Line> lines =
                today.actions().stream().map(DigestComposer::line).toList();
        if (lines.isEmpty()) {
            return null;
        }
        String steps = lines.size() == 1 ? "1 step" : lines.size() + " steps";
        String headline =
                s.digest == DigestFrequency.WEEKLY ? "Your week in LORkit: " + steps : "Today in LORkit: " + steps;
        String when = s.digest == DigestFrequency.WEEKLY
                ? "weekly digest on " + s.weekday().getDisplayName(TextStyle.FULL, Locale.US) + "s"
                : "daily digest";
        String why = "You asked for a " + when + " at " + NotificationSettingsDto.text(s.digestAt) + " (" + zone.getId()
                + ") in Settings, Notifications. Days with nothing to do send nothing.";
        return new Digest(owner, kind, occasion, today.today(), zone, headline, lines, why, TODAY_URL);
    }

    private static Digest.Line line(Action a) {
        return new Digest.Line(a.title(), a.reason(), a.dueOn());
    }
}
