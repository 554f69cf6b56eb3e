package org.lorkit.coaching;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lorkit.attending.AttendingRole;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.feedback.FeedbackKind;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterMoves;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.season.FollowedSeason;

/**
 * A {@link Season} written the way the situation reads, for the rules' plain unit tests (no Quarkus,
 * no database):
 *
 * <pre>
 * SeasonBuilder.today("2026-12-01").submission("2027-09-08").erasOpens("2027-06-02")
 *     .rotation("Lakeside General", "2026-11-16", "2026-12-13")
 *     .writer("Sarah Mitchell", CORE_FACULTY, "2026-11-16", "2026-11-29")
 *     .letter().moved("2026-11-30", ASKED, AGREED)
 *     .build();
 * </pre>
 *
 * A writer is linked to the rotation added last; {@code letter()}, {@code moved}, {@code reminded} and
 * the other letter steps apply to the writer added last. Ids are derived from names ({@link #id}), so a
 * test can name what it expects without keeping ids. Defaults: an Internal Medicine applicant in UTC
 * whose season is the submission year (as the HTTP tests' profile), CV and statement not started. What
 * {@link SeasonLoader} computes (the standing moves after corrections, the story counts per rotation,
 * the days a story was written, the packet stories per witness) is computed here the same way.
 */
final class SeasonBuilder {

    private FollowedSeason followed;

    private LocalDate today;
    private ZoneId zone = ZoneOffset.UTC;
    private String specialty = "Internal Medicine";
    private String secondSpecialty;
    private Integer seasonYear;
    private LocalDate erasOpensOn;
    private LocalDate submissionOn;
    private boolean cvReady;
    private String statement = "NOT_STARTED";

    private final List<Season.Rotation> rotations = new ArrayList<>();
    private final Map<String, WriterDraft> writers = new LinkedHashMap<>();
    private final List<LetterDraft> letters = new ArrayList<>();
    private final List<Season.Feedback> feedback = new ArrayList<>();
    private final List<StoryDraft> stories = new ArrayList<>();
    private final List<Season.Program> programs = new ArrayList<>();
    private final Map<String, LocalDate> ticks = new HashMap<>();
    private final List<Season.Sent> sent = new ArrayList<>();
    private final List<Season.CheckIn> checkIns = new ArrayList<>();
    private final Map<UUID, Season.RedFlags> redFlags = new HashMap<>();

    private Season.Rotation lastRotation;
    private WriterDraft lastWriter;

    private SeasonBuilder(LocalDate today) {
        this.today = today;
    }

    /** The day the rules run on. */
    static SeasonBuilder today(String day) {
        return new SeasonBuilder(LocalDate.parse(day));
    }

    /** The id the builder gives to a rotation, writer ("Sarah Mitchell") or letter ({@link #letterId}). */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the letter of the named writer. */
    static UUID letterId(String writer) {
        return id("letter of " + writer);
    }

    // ---- the profile ----

    SeasonBuilder submission(String day) {
        submissionOn = LocalDate.parse(day);
        return this;
    }

    SeasonBuilder erasOpens(String day) {
        erasOpensOn = LocalDate.parse(day);
        return this;
    }

    SeasonBuilder specialty(String targetSpecialty) {
        specialty = targetSpecialty;
        return this;
    }

    /** A second specialty applied to ("Emergency Medicine" beside Internal Medicine). */
    SeasonBuilder secondSpecialty(String second) {
        secondSpecialty = second;
        return this;
    }

    /** The season's dates as a record says them (default: the usual pattern for the profile's season). */
    SeasonBuilder following(FollowedSeason season) {
        this.followed = season;
        return this;
    }

    SeasonBuilder season(int year) {
        seasonYear = year;
        return this;
    }

    SeasonBuilder zone(String id) {
        zone = ZoneId.of(id);
        return this;
    }

    SeasonBuilder cvReady() {
        cvReady = true;
        return this;
    }

    SeasonBuilder personalStatement(String status) {
        statement = status;
        return this;
    }

    // ---- rotations and writers ----

    /** An Internal Medicine externship of any length, both ends included. */
    SeasonBuilder rotation(String institution, String from, String to) {
        lastRotation = new Season.Rotation(
                id(institution),
                institution,
                "Internal Medicine",
                "EXTERNSHIP",
                LocalDate.parse(from),
                LocalDate.parse(to));
        rotations.add(lastRotation);
        return this;
    }

    /** A writer in Internal Medicine who has seen the applicant present, linked to the last rotation on those days. */
    SeasonBuilder writer(String name, AttendingRole role, String from, String to) {
        return writer(name, role, "Internal Medicine", from, to);
    }

    SeasonBuilder writer(String name, AttendingRole role, String writerSpecialty, String from, String to) {
        if (lastRotation == null) {
            throw new IllegalStateException("Add the rotation before the writer who worked on it: " + name);
        }
        WriterDraft w = writers.computeIfAbsent(name, n -> new WriterDraft(n, role, writerSpecialty));
        w.links.add(new Season.Link(lastRotation.id(), LocalDate.parse(from), LocalDate.parse(to)));
        lastWriter = w;
        return this;
    }

    /** A writer linked over the whole last rotation. */
    SeasonBuilder writer(String name, AttendingRole role) {
        return writer(
                name,
                role,
                lastRotation.startsOn().toString(),
                lastRotation.endsOn().toString());
    }

    // ---- the last writer's letter ----

    /** A letter in the target specialty from the last writer, still a candidate. */
    SeasonBuilder letter() {
        return letter(LetterType.TARGET_SPECIALTY);
    }

    /** A letter from a writer added earlier, who becomes the writer the next letter steps apply to. */
    SeasonBuilder letterFrom(String writer) {
        lastWriter = writers.get(writer);
        if (lastWriter == null) {
            throw new IllegalStateException("No writer named " + writer);
        }
        return letter();
    }

    SeasonBuilder letter(LetterType type) {
        letters.add(new LetterDraft(writer(), type));
        return this;
    }

    /** The letter moved through these statuses on that day (RECEIVED also dates receivedOn, as the service does). */
    SeasonBuilder moved(String day, LetterStatus... statuses) {
        LetterDraft l = letterOfLastWriter();
        for (LetterStatus to : statuses) {
            l.moves.add(new LetterMoves.Move(l.status, to, at(day), false));
            l.status = to;
            if (to == LetterStatus.RECEIVED && l.receivedOn == null) {
                l.receivedOn = LocalDate.parse(day);
            }
            if (to == LetterStatus.DECLINED && l.commitment == null) {
                l.commitment = Commitment.DECLINED;
            }
        }
        return this;
    }

    /** A correction of the last move that stands, to this status (back where it started: an undo). */
    SeasonBuilder corrected(String day, LetterStatus to) {
        LetterDraft l = letterOfLastWriter();
        l.moves.add(new LetterMoves.Move(l.status, to, at(day), true));
        l.status = to;
        return this;
    }

    SeasonBuilder reminded(String... days) {
        Arrays.stream(days).map(LocalDate::parse).forEach(letterOfLastWriter().reminders::add);
        return this;
    }

    /** The specialty the last writer's letter is for, as the applicant typed it; none: a General letter. */
    SeasonBuilder forSpecialty(String letterSpecialty) {
        letterOfLastWriter().forSpecialty = letterSpecialty;
        return this;
    }

    SeasonBuilder commitment(Commitment commitment) {
        letterOfLastWriter().commitment = commitment;
        return this;
    }

    SeasonBuilder erasLetterId(String erasId) {
        letterOfLastWriter().erasLetterId = erasId;
        return this;
    }

    SeasonBuilder softDeadline(String day) {
        letterOfLastWriter().softDeadline = LocalDate.parse(day);
        return this;
    }

    SeasonBuilder thankedAfterSubmission(String day) {
        letterOfLastWriter().thankedAfterSubmission = LocalDate.parse(day);
        return this;
    }

    SeasonBuilder thankedForInterviews(String day) {
        letterOfLastWriter().thankedInterviews = LocalDate.parse(day);
        return this;
    }

    // ---- what happened on the rotations ----

    /** Feedback from the last writer on the last rotation. */
    SeasonBuilder feedback(FeedbackKind kind, String day, Enthusiasm enthusiasm) {
        feedback.add(new Season.Feedback(
                id("feedback " + feedback.size()),
                writer().id(),
                lastRotation.id(),
                LocalDate.parse(day),
                kind,
                enthusiasm,
                null,
                null));
        return this;
    }

    SeasonBuilder feedback(FeedbackKind kind, String day) {
        return feedback(kind, day, null);
    }

    /** A story on the last rotation, for the packet, witnessed by the named writers (none: nobody saw it). */
    SeasonBuilder story(String day, String... witnesses) {
        stories.add(new StoryDraft(lastRotation.id(), LocalDate.parse(day), false, List.of(witnesses)));
        return this;
    }

    SeasonBuilder teachingStory(String day, String... witnesses) {
        stories.add(new StoryDraft(lastRotation.id(), LocalDate.parse(day), true, List.of(witnesses)));
        return this;
    }

    /** A message recorded as sent to the last writer about their letter (or to them, before any letter). */
    SeasonBuilder sent(MessageKind kind, String day) {
        WriterDraft w = writer();
        UUID letter = letters.stream().anyMatch(l -> l.writer == w) ? letterId(w.name) : null;
        sent.add(new Season.Sent(id("sent " + sent.size()), kind, letter, w.id(), LocalDate.parse(day)));
        return this;
    }

    SeasonBuilder ticked(String checkpoint, String day) {
        ticks.put(checkpoint, LocalDate.parse(day));
        return this;
    }

    SeasonBuilder checkIn(Habit habit, String day) {
        checkIns.add(new Season.CheckIn(habit, LocalDate.parse(day), null));
        return this;
    }

    SeasonBuilder redFlags(String day, RedFlag... flags) {
        redFlags.put(lastRotation.id(), new Season.RedFlags(List.of(flags), LocalDate.parse(day)));
        return this;
    }

    /** A program in the target specialty asking for that many letters, given the named writers' letters. */
    SeasonBuilder program(String name, int lettersRequired, String... writersAssigned) {
        programs.add(new Season.Program(
                id(name),
                name,
                specialty,
                lettersRequired,
                0,
                0,
                false,
                Arrays.stream(writersAssigned).map(SeasonBuilder::letterId).toList()));
        return this;
    }

    // ---- the season ----

    Season build() {
        Map<UUID, Season.Attending> attendings = new LinkedHashMap<>();
        writers.values().forEach(w -> attendings.put(w.id(), w.attending()));
        Map<UUID, Season.RotationStories> byRotation = new HashMap<>();
        Set<LocalDate> storyDays = new HashSet<>();
        Map<UUID, Long> packetStories = new HashMap<>();
        for (StoryDraft st : stories) {
            byRotation.merge(
                    st.rotationId,
                    new Season.RotationStories(1, st.teaching ? 1 : 0, st.on),
                    (a, b) -> new Season.RotationStories(
                            a.count() + b.count(),
                            a.teaching() + b.teaching(),
                            a.latest().isAfter(b.latest()) ? a.latest() : b.latest()));
            storyDays.add(st.on);
            st.witnesses.forEach(name -> packetStories.merge(id(name), 1L, Long::sum));
        }
        List<Season.Letter> built = letters.stream().map(this::letterOf).toList();
        Season.Profile profile = new Season.Profile(
                specialty,
                seasonYear != null ? seasonYear : submissionOn == null ? null : submissionOn.getYear(),
                erasOpensOn,
                submissionOn,
                List.of(),
                null,
                cvReady,
                null,
                statement,
                null,
                secondSpecialty);
        return new Season(
                id("Ana Souza"),
                today,
                zone,
                "Ana Souza",
                profile,
                followed != null
                        ? followed
                        : FollowedSeason.usualPattern(specialty, profile.season(), erasOpensOn, submissionOn, today),
                List.copyOf(rotations),
                attendings,
                List.copyOf(feedback),
                byRotation,
                storyDays,
                packetStories,
                built,
                List.copyOf(programs),
                Map.copyOf(ticks),
                List.copyOf(sent),
                List.copyOf(checkIns),
                redFlags,
                null);
    }

    /** The same season on another day: the clock moved, nothing else. */
    Season on(String day) {
        today = LocalDate.parse(day);
        return build();
    }

    private Season.Letter letterOf(LetterDraft l) {
        // As the loader reads it: the moves that stand, each dated in the applicant's zone.
        List<Season.Change> history = LetterMoves.standing(l.moves).stream()
                .map(m -> new Season.Change(m.to(), m.at().atZone(zone).toLocalDate()))
                .toList();
        return new Season.Letter(
                letterId(l.writer.name),
                l.writer.id(),
                l.type,
                l.status,
                l.commitment,
                l.erasLetterId,
                l.softDeadline,
                l.reminders.stream().sorted().toList(),
                l.receivedOn,
                l.thankedAfterSubmission,
                l.thankedInterviews,
                null,
                history,
                l.forSpecialty,
                null);
    }

    private java.time.Instant at(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(zone).toInstant();
    }

    private WriterDraft writer() {
        if (lastWriter == null) {
            throw new IllegalStateException("Add a writer first.");
        }
        return lastWriter;
    }

    private LetterDraft letterOfLastWriter() {
        WriterDraft w = writer();
        for (int i = letters.size() - 1; i >= 0; i--) {
            if (letters.get(i).writer == w) {
                return letters.get(i);
            }
        }
        throw new IllegalStateException("Start a letter for " + w.name + " first.");
    }

    private static final class WriterDraft {
        final String name;
        final AttendingRole role;
        final String specialty;
        final List<Season.Link> links = new ArrayList<>();

        WriterDraft(String name, AttendingRole role, String specialty) {
            this.name = name;
            this.role = role;
            this.specialty = specialty;
        }

        UUID id() {
            return SeasonBuilder.id(name);
        }

        Season.Attending attending() {
            String email = name.toLowerCase().replaceAll("[^a-z]", "") + "@example.org";
            return new Season.Attending(
                    id(), name, "MD", null, role, specialty, "Lakeside General", email, null, true, List.copyOf(links));
        }
    }

    private static final class LetterDraft {
        final WriterDraft writer;
        final LetterType type;
        LetterStatus status = LetterStatus.CANDIDATE;
        final List<LetterMoves.Move> moves = new ArrayList<>();
        final List<LocalDate> reminders = new ArrayList<>();
        Commitment commitment;
        String erasLetterId;
        LocalDate softDeadline;
        LocalDate receivedOn;
        LocalDate thankedAfterSubmission;
        LocalDate thankedInterviews;
        String forSpecialty;

        LetterDraft(WriterDraft writer, LetterType type) {
            this.writer = writer;
            this.type = type;
        }
    }

    private record StoryDraft(UUID rotationId, LocalDate on, boolean teaching, List<String> witnesses) {}
}
