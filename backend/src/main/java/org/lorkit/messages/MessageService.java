package org.lorkit.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.lorkit.coaching.MessageKind;
import org.lorkit.coaching.ReminderRules;
import org.lorkit.coaching.Season;
import org.lorkit.coaching.SeasonLoader;
import org.lorkit.coaching.SentMessage;
import org.lorkit.common.OwnedReferences;
import org.lorkit.common.ProblemException;
import org.lorkit.letter.LetterRequest;
import org.lorkit.letter.LetterService;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.TransitionInput;
import org.lorkit.messages.MessageDtos.Message;
import org.lorkit.messages.MessageDtos.Messages;
import org.lorkit.messages.MessageDtos.Sent;
import org.lorkit.messages.MessageDtos.SentInput;
import org.lorkit.packet.PacketStories;
import org.lorkit.share.ShareLinkService;

/**
 * Renders the scripts of each step for one writer, and records the ones that went out: a recorded
 * message moves the letter where the step implies it (soft signal, direct ask, packet, formal request),
 * adds reminders to remindersSent and thank-yous to the letter's thank-you dates.
 */
@ApplicationScoped
public class MessageService {

    @Inject
    SeasonLoader loader;

    @Inject
    PacketStories packetStories;

    @Inject
    OwnedReferences references;

    @Inject
    LetterService letters;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ShareLinkService shareLinks;

    @Transactional
    public Messages render(UUID owner, MessageKind kind, UUID letterId, UUID attendingId, String shareUrl) {
        if (letterId == null && attendingId == null) {
            throw ProblemException.invalid("letterId", "name a letter (letterId) or an attending (attendingId)");
        }
        references
                .of(owner)
                .add(OwnedReferences.Kind.LETTER, "letterId", letterId)
                .add(OwnedReferences.Kind.ATTENDING, "attendingId", attendingId)
                .verify();
        Season s = loader.load(owner);
        Season.Letter letter = letterId != null
                // Verified as hers above: a letter the season does not hold stayed in a season she left.
                ? s.letter(letterId).orElseThrow(() -> letters.leftBehindProblem(owner, letterId, false))
                : s.letters().stream()
                        .filter(l -> l.attendingId().equals(attendingId))
                        .findFirst()
                        .orElse(null);
        if (letterId != null && attendingId != null && !letter.attendingId().equals(attendingId)) {
            throw ProblemException.invalid("attendingId", "is not the writer of letterId; send one of them");
        }
        Season.Attending writer = s.attendings().get(letter != null ? letter.attendingId() : attendingId);
        String url = shareUrl == null || shareUrl.isBlank() ? null : shareUrl.trim();
        if (url != null && (letter == null || !shareLinks.isLiveWriterUrl(owner, letter.id(), url))) {
            throw ProblemException.ruleBroken(
                    "shareUrl",
                    "this is not a working writer's link for this letter: make a new one on the letter and use that.");
        }
        MessageTemplates.Context context = context(s, writer, letter, url);
        boolean reminderDue = letter != null
                && ReminderRules.evaluate(s).due().stream()
                        .anyMatch(r -> r.letterId().equals(letter.id()) && r.messageKind() == MessageKind.REMINDER);
        List<Message> messages = new ArrayList<>();
        for (MessageKind k : kind == null ? List.of(MessageKind.values()) : List.of(kind)) {
            // A reminder is offered only when the rules say one is due: a nudge sent too early or too often costs
            // goodwill.
            if (k == MessageKind.REMINDER && !reminderDue) {
                continue;
            }
            messages.add(MessageTemplates.render(k, context));
        }
        return new Messages(writer.id(), letter == null ? null : letter.id(), writer.addressed(), messages);
    }

    MessageTemplates.Context context(Season s, Season.Attending writer, Season.Letter letter, String shareUrl) {
        Optional<Season.Link> latest = writer.links().stream().max(Comparator.comparing(Season.Link::to));
        Season.Rotation rotation = latest.flatMap(l -> s.rotations().stream()
                        .filter(r -> r.id().equals(l.rotationId()))
                        .findFirst())
                .orElse(null);
        LocalDate soft = letter != null ? s.softDeadlineOf(letter) : s.defaultSoftDeadline();
        List<PacketStories.Story> stories =
                packetStories.forAttending(s.owner(), writer.id(), 3).stories();
        String role = rotation == null ? null : rotation.kind().toLowerCase().replace('_', '-');
        return new MessageTemplates.Context(
                s.applicantName(),
                s.profile().targetSpecialty(),
                s.submissionTarget(),
                soft,
                s.profile().erasOpensOn(),
                s.submittedOn(),
                writer,
                letter,
                rotation,
                latest.map(Season.Link::from).orElse(null),
                latest.map(Season.Link::to).orElse(null),
                stories,
                s.today(),
                role,
                shareUrl,
                letter != null ? s.servicesOf(letter) : s.services());
    }

    @Transactional
    public Sent recordSent(UUID owner, SentInput input) {
        references
                .of(owner)
                .add(OwnedReferences.Kind.LETTER, "letterId", input.letterId())
                .add(OwnedReferences.Kind.ATTENDING, "attendingId", input.attendingId())
                .verify();
        if (input.letterId() == null && input.attendingId() == null) {
            throw ProblemException.invalid("letterId", "name a letter (letterId) or an attending (attendingId)");
        }
        Season s = loader.load(owner);
        LocalDate day = input.sentOn() == null ? s.today() : input.sentOn();
        if (day.isAfter(s.today())) {
            throw ProblemException.invalid("sentOn", "must not be in the future");
        }
        Season.Letter letter = input.letterId() != null
                ? s.letter(input.letterId())
                        .orElseThrow(() -> letters.leftBehindProblem(owner, input.letterId(), false))
                : s.letters().stream()
                        .filter(l -> l.attendingId().equals(input.attendingId()))
                        .findFirst()
                        .orElse(null);
        if (input.letterId() != null
                && input.attendingId() != null
                && !letter.attendingId().equals(input.attendingId())) {
            throw ProblemException.invalid("attendingId", "is not the writer of letterId; send one of them");
        }
        UUID attendingId = letter != null ? letter.attendingId() : input.attendingId();
        boolean needsLetter = switch (input.kind()) {
            case PACKET_EMAIL,
                    FORMAL_REQUEST,
                    REMINDER,
                    THANK_YOU_RECEIVED,
                    THANK_YOU_SUBMISSION,
                    INTERVIEW_UPDATE,
                    MATCH_UPDATE -> true;
            default -> false;
        };
        if (needsLetter && letter == null) {
            throw ProblemException.conflict(
                    "attendingId", "this writer has no letter request yet; start one with POST /api/v1/letters");
        }
        UUID letterId = letter == null ? null : letter.id();
        var sameDay = em.createQuery(
                        "SELECT m.id FROM SentMessage m WHERE m.ownerId = :owner AND m.kind = :kind"
                                + " AND m.attendingId = :attending AND m.sentOn = :day AND "
                                + (letterId == null ? "m.letterId IS NULL" : "m.letterId = :letter"),
                        UUID.class)
                .setParameter("owner", owner)
                .setParameter("kind", input.kind())
                .setParameter("attending", attendingId)
                .setParameter("day", day);
        if (letterId != null) {
            sameDay.setParameter("letter", letterId);
        }
        List<UUID> existing = sameDay.getResultList();
        if (!existing.isEmpty()) {
            return new Sent(
                    existing.get(0),
                    input.kind(),
                    letterId,
                    attendingId,
                    day,
                    letter == null ? null : LetterRequest.<LetterRequest>findById(letterId).status,
                    "Already recorded for that day: nothing changed.",
                    true);
        }
        String effect = letter == null ? "Recorded." : apply(owner, s, input.kind(), letterId, day);
        SentMessage message = new SentMessage();
        message.id = UUID.randomUUID();
        message.ownerId = owner;
        message.kind = input.kind();
        message.letterId = letterId;
        message.attendingId = attendingId;
        message.sentOn = day;
        message.createdAt = clock.instant();
        em.persist(message);
        return new Sent(
                message.id,
                input.kind(),
                letterId,
                attendingId,
                day,
                letter == null ? null : LetterRequest.<LetterRequest>findById(letterId).status,
                effect,
                false);
    }

    /** What the step means for the letter; a move that the flow does not allow from here is simply not made. */
    private String apply(UUID owner, Season s, MessageKind kind, UUID letterId, LocalDate day) {
        LetterRequest letter = LetterRequest.findById(letterId);
        LetterStatus to = switch (kind) {
            case SOFT_SIGNAL -> LetterStatus.SIGNALED;
            case DIRECT_ASK -> LetterStatus.ASKED;
            case PACKET_EMAIL -> LetterStatus.PACKET_SENT;
            case FORMAL_REQUEST -> LetterStatus.REQUESTED_IN_ERAS;
            default -> null;
        };
        if (to != null) {
            if (!letter.status.canMoveTo(to)) {
                return "Recorded; the letter stays at " + letter.status.label() + ".";
            }
            // The opening day of the letter's own service (ResidencyCAS for an OB/GYN or EM letter).
            java.util.Optional<String> early = to == LetterStatus.REQUESTED_IN_ERAS
                    ? letters.requestTooEarly(owner, letterId, day)
                    : java.util.Optional.empty();
            if (early.isPresent()) {
                return "Recorded; the letter stays at " + letter.status.label() + ": " + early.get();
            }
            Instant at = day.equals(s.today())
                    ? null
                    : day.atTime(LocalTime.NOON).atZone(s.zone()).toInstant();
            letters.transition(
                    owner, letterId, new TransitionInput(to, at, "Marked as done: " + kind.label() + "."), null);
            return "The letter is now at "
                    + to.label(s.servicesOf(s.letter(letterId).orElseThrow())) + ".";
        }
        switch (kind) {
            case REMINDER -> {
                TreeSet<LocalDate> days =
                        new TreeSet<>(letter.remindersSent == null ? List.of() : List.of(letter.remindersSent));
                days.add(day);
                letter.remindersSent = days.toArray(LocalDate[]::new);
                touch(letter);
                return "Added " + MessageTemplates.day(day) + " to the reminders sent.";
            }
            case THANK_YOU_SUBMISSION -> {
                letter.thankedAfterSubmissionOn = day;
                touch(letter);
                return "Recorded the thank-you after submission.";
            }
            case INTERVIEW_UPDATE -> {
                letter.thankedInterviewInvitationsOn = day;
                touch(letter);
                return "Recorded the interview update.";
            }
            case MATCH_UPDATE -> {
                letter.thankedMatchDayOn = day;
                touch(letter);
                return "Recorded the Match Day update.";
            }
            default -> {
                return "Recorded.";
            }
        }
    }

    private void touch(LetterRequest letter) {
        letter.updatedAt = clock.instant();
        letter.persistAndFlush();
    }
}
