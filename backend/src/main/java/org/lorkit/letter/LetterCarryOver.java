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

/**
 * What a reapplicant's letters become when she starts the next season: a letter that is in (received,
 * or imported before) is marked for import into the new application with the date it carries, when
 * that date is at most 7 years back (ERAS's limit); requests still under way are reported, not
 * changed. Callers hold the transaction.
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

    public record Result(List<Carried> imported, List<Carried> notImported, List<Carried> inFlight) {}

    /**
     * @param from how the season left is named ("ERAS 2027 season")
     * @param into how the new season is named ("ERAS 2028 season")
     */
    public Result carry(UUID owner, ZoneId zone, String from, String into) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate oldest = today.minusYears(LetterService.IMPORT_YEARS_BACK);
        List<LetterRequest> letters = em.createQuery(
                        "SELECT DISTINCT l FROM LetterRequest l LEFT JOIN FETCH l.history WHERE l.ownerId = :owner"
                                + " ORDER BY l.createdAt, l.id",
                        LetterRequest.class)
                .setParameter("owner", owner)
                .getResultList();
        Map<UUID, Attending> writers =
                attendings.byIds(owner, letters.stream().map(l -> l.attendingId).toList());
        List<Carried> imported = new ArrayList<>();
        List<Carried> notImported = new ArrayList<>();
        List<Carried> inFlight = new ArrayList<>();
        for (LetterRequest l : letters) {
            String writer = name(writers.get(l.attendingId));
            if (l.status.isIn()) {
                LocalDate dated = datedOn(l, zone, today);
                if (dated.isBefore(oldest)) {
                    String why = "ERAS imports letters up to " + LetterService.IMPORT_YEARS_BACK
                            + " years back; this one, dated " + Texts.day(dated) + ", no longer carries into the "
                            + into + ".";
                    move(l, LetterStatus.WITHDRAWN, now, why);
                    notImported.add(carried(
                            l,
                            writer,
                            dated,
                            writer + "'s letter is too old to import: " + why
                                    + " Ask for an updated letter or choose another writer."));
                    continue;
                }
                if (l.status == LetterStatus.RECEIVED) {
                    move(
                            l,
                            LetterStatus.IMPORTED,
                            now,
                            "Carried into the " + into + ": import it from your " + from + " application.");
                }
                l.letterDatedOn = dated;
                l.updatedAt = now;
                imported.add(carried(
                        l,
                        writer,
                        dated,
                        writer + "'s letter, dated " + Texts.day(dated)
                                + ", is marked for import into the " + into + " and counts toward the 4 letters per "
                                + "program. An updated letter from " + writer + " can say what you did since."));
            } else if (l.status.canMoveTo(LetterStatus.WITHDRAWN)) {
                inFlight.add(carried(l, writer, l.letterDatedOn, inFlightSentence(l, writer, from, into)));
            }
        }
        em.flush();
        return new Result(imported, notImported, inFlight);
    }

    private static String inFlightSentence(LetterRequest l, String writer, String from, String into) {
        if (l.status == LetterStatus.REQUESTED_IN_ERAS) {
            return writer + "'s letter was requested in the " + from + " but never arrived. A request made for one "
                    + "season's application does not follow you into the next (ERAS removes requests left incomplete "
                    + "when a season opens, as it did for 2027; not confirmed for later seasons): ask again in the "
                    + into
                    + " once it opens.";
        }
        return writer + "'s request is still open (" + l.status.label() + "): follow it up for the " + into
                + ", or withdraw it.";
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
