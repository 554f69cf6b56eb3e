package org.lorkit.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lorkit.attending.Attending;
import org.lorkit.attending.AttendingService;
import org.lorkit.attending.Greeting;
import org.lorkit.common.Texts;
import org.lorkit.season.SeasonDates;

/**
 * What a reapplicant's letters become when she starts the next season. A letter that is in (received,
 * or imported before) is marked for import into the new application with the date it carries, when
 * that date is at most 7 years before the new season opens (ERAS's limit); an older one keeps its
 * status and stays in the season left. A request made in the service for the old application stays
 * there too (it does not follow her), and so does a request whose writer's path ended; requests not
 * yet made in the service (asked, agreed, packet sent) go on into the new season as they are. What
 * stays in the season left is marked with its year ({@link LetterRequest#leftInSeason}): no rule of the
 * new season reads it. Callers hold the transaction.
 */
@ApplicationScoped
public class LetterCarryOver {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AttendingService attendings;

    /** One letter as the new season sees it, with the sentence the applicant reads about it. */
    public record Carried(
            UUID letterId,
            UUID attendingId,
            String writer,
            LetterStatus status,
            LocalDate letterDatedOn,
            String forSpecialty,
            String sentence) {}

    public record Result(
            List<Carried> imported, List<Carried> notImported, List<Carried> inFlight, List<Carried> ended) {}

    /**
     * @param left the season left ("ERAS 2027 season")
     * @param into the season now followed ("ERAS 2028 season")
     */
    public Result carry(UUID owner, ZoneId zone, SeasonDates left, SeasonDates into) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        // ERAS counts the 7 years back from the day the letter is imported: at the earliest, the day the new season
        // opens.
        LocalDate importedFrom = into.opensOn().isAfter(today) ? into.opensOn() : today;
        LocalDate oldest = importedFrom.minusYears(LetterService.IMPORT_YEARS_BACK);
        List<LetterRequest> letters = em.createQuery(
                        "SELECT DISTINCT l FROM LetterRequest l LEFT JOIN FETCH l.history WHERE l.ownerId = :owner"
                                + " AND l.leftInSeason IS NULL ORDER BY l.createdAt, l.id",
                        LetterRequest.class)
                .setParameter("owner", owner)
                .getResultList();
        Map<UUID, Attending> writers =
                attendings.byIds(owner, letters.stream().map(l -> l.attendingId).toList());
        List<Carried> imported = new ArrayList<>();
        List<Carried> notImported = new ArrayList<>();
        List<Carried> inFlight = new ArrayList<>();
        List<Carried> ended = new ArrayList<>();
        for (LetterRequest l : letters) {
            String writer = name(writers.get(l.attendingId));
            if (l.status.isIn()) {
                LocalDate dated = datedOn(l, zone, today);
                l.letterDatedOn = dated;
                l.updatedAt = now;
                if (dated.isBefore(oldest)) {
                    l.leftInSeason = left.year();
                    notImported.add(carried(
                            l,
                            writer,
                            dated,
                            writer + "'s letter is too old to import: dated " + Texts.day(dated) + ", more than "
                                    + LetterService.IMPORT_YEARS_BACK + " years before "
                                    + (into.opensOn().isAfter(today)
                                            ? "the " + into.label() + " opens on " + Texts.day(importedFrom)
                                            : "today, " + Texts.day(today))
                                    + ", and ERAS imports letters up to " + LetterService.IMPORT_YEARS_BACK
                                    + " years back. It stays in the " + left.label() + " as it was and no longer "
                                    + "counts. Ask " + writer + " for an updated letter or choose another writer."));
                    continue;
                }
                if (l.status == LetterStatus.RECEIVED) {
                    move(
                            l,
                            LetterStatus.IMPORTED,
                            now,
                            "Carried into the " + into.label() + ": import it from your " + left.label()
                                    + " application.");
                }
                imported.add(carried(
                        l,
                        writer,
                        dated,
                        writer + "'s letter, dated " + Texts.day(dated)
                                + ", is marked for import into the " + into.label()
                                + " and counts toward the 4 letters per program. An updated letter from " + writer
                                + " can say what you did since."));
            } else if (l.status == LetterStatus.REQUESTED_IN_ERAS) {
                l.leftInSeason = left.year();
                l.updatedAt = now;
                inFlight.add(carried(l, writer, l.letterDatedOn, requestLeftSentence(writer, left, into)));
            } else if (l.status.endsPath()) {
                l.leftInSeason = left.year();
                l.updatedAt = now;
                ended.add(carried(
                        l,
                        writer,
                        l.letterDatedOn,
                        writer + "'s request ended in the " + left.label() + " (" + l.status.label()
                                + "): it stays there as a record and no longer counts in the " + into.label()
                                + "."));
            } else if (l.status.canMoveTo(LetterStatus.WITHDRAWN)) {
                inFlight.add(carried(
                        l,
                        writer,
                        l.letterDatedOn,
                        writer + "'s request is still open (" + l.status.label() + "): follow it up for the "
                                + into.label() + ", or withdraw it."));
            }
        }
        em.flush();
        return new Result(imported, notImported, inFlight, ended);
    }

    private static String requestLeftSentence(String writer, SeasonDates left, SeasonDates into) {
        return writer + "'s letter was requested in the " + left.label() + " but never arrived. A request made for "
                + "one season's application does not follow you into the next (ERAS removes requests left "
                + "incomplete when a season opens, as it did for 2027; not confirmed for later seasons), so it stays "
                + "in the " + left.label() + ". To ask " + writer + " again, add a new letter request for the "
                + into.label() + " once it opens.";
    }

    /** The date the letter carries: its own, else the day it was received, else the day it reached RECEIVED. */
    private static LocalDate datedOn(LetterRequest l, ZoneId zone, LocalDate today) {
        if (l.letterDatedOn != null) {
            return l.letterDatedOn;
        }
        if (l.receivedOn != null) {
            return l.receivedOn;
        }
        return l.orderedHistory().stream()
                .filter(c -> c.to == LetterStatus.RECEIVED)
                .map(c -> c.at.atZone(zone).toLocalDate())
                .reduce((a, b) -> b)
                .orElse(today);
    }

    private static void move(LetterRequest l, LetterStatus to, Instant at, String note) {
        l.history.add(new StatusChange(l.history.size(), l.status, to, at, note, false));
        l.status = to;
        l.updatedAt = at;
    }

    private static Carried carried(LetterRequest l, String writer, LocalDate dated, String sentence) {
        return new Carried(l.id, l.attendingId, writer, l.status, dated, l.forSpecialty, sentence);
    }

    private static String name(Attending a) {
        return a == null ? "Your writer" : Greeting.of(a.addressAs, a.name, a.degree);
    }
}
