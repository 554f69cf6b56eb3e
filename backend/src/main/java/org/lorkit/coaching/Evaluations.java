package org.lorkit.coaching;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.lorkit.season.FollowedSeason;

/**
 * What the rules made of one kept {@link AccountModel}: Today is read again and again between two writes,
 * and its rules are pure functions of the {@link Season}, which is the model plus the day and the season
 * calendars followed. So a result is kept under those two (an admin's correction of a calendar or a new
 * day gives another key) and is gone with the model when a write moves the account's revision.
 */
final class Evaluations {

    /**
     * Each set of rules (Today, the plan, reminders, portfolio, habits) twice, as the day turns; a new day or a
     * corrected calendar adds keys and the old ones are never read again.
     */
    static final int MOST_KEPT = 10;

    private record Key(String rules, LocalDate today, FollowedSeason followed, FollowedSeason secondFollowed) {}

    private final ConcurrentHashMap<Key, Object> results = new ConcurrentHashMap<>();

    /** What {@code rules} (named {@code name}) make of {@code s}, computed unless kept for the same day and calendars. */
    @SuppressWarnings("unchecked")
    <T> T of(String name, Season s, Function<Season, T> rules) {
        Key key = new Key(name, s.today(), s.followed(), s.secondFollowed());
        Object kept = results.get(key);
        if (kept != null) {
            return (T) kept;
        }
        T value = rules.apply(s);
        if (results.size() >= MOST_KEPT) {
            results.clear();
        }
        // Two requests may compute the same key at once: either result is the same.
        results.putIfAbsent(key, value);
        return value;
    }
}
