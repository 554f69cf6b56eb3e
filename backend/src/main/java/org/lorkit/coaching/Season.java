package org.lorkit.coaching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lorkit.attending.AttendingRole;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.feedback.FeedbackKind;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.season.FollowedSeason;
import org.lorkit.season.LetterService;
import org.lorkit.season.Specialties;

/**
 * Everything the coaching rules read about one applicant, loaded at once by {@link SeasonLoader}
 * (a constant number of queries) and then evaluated in memory by pure rules: {@link PlanRules},
 * {@link ReminderRules}, {@link PortfolioRules}, {@link TodayRules}, {@link HabitRules}.
 */
public record Season(
        UUID owner,
        LocalDate today,
        ZoneId zone,
        String applicantName,
        Profile profile,
        FollowedSeason followed,
        List<Rotation> rotations,
        Map<UUID, Attending> attendings,
        List<Feedback> feedback,
        Map<UUID, RotationStories> storiesByRotation,
        Set<LocalDate> storyDays,
        Map<UUID, Long> packetStoriesByWitness,
        List<Letter> letters,
        List<Program> programs,
        Map<String, LocalDate> ticks,
        List<Sent> sent,
        List<CheckIn> checkIns,
        Map<UUID, RedFlags> redFlags,
        FollowedSeason secondFollowed) {

    /** Soft deadline default: 21 days (3 weeks) before the submission target. */
    public static final int SOFT_DEADLINE_DAYS = 21;

    public record Profile(
            String targetSpecialty,
            Integer season,
            LocalDate erasOpensOn,
            LocalDate submissionTargetOn,
            List<String> strengths,
            String strengthsNote,
            boolean cvReady,
            LocalDate cvUpdatedOn,
            String personalStatementStatus,
            LocalDate personalStatementUpdatedOn,
            String secondSpecialty) {

        Profile withTarget(String specialty) {
            return new Profile(
                    specialty,
                    season,
                    erasOpensOn,
                    submissionTargetOn,
                    strengths,
                    strengthsNote,
                    cvReady,
                    cvUpdatedOn,
                    personalStatementStatus,
                    personalStatementUpdatedOn,
                    null);
        }
    }

    public record Rotation(
            UUID id, String institution, String specialty, String kind, LocalDate startsOn, LocalDate endsOn) {

        public String label() {
            return institution + (specialty == null ? "" : " (" + specialty + ")");
        }
    }

    public record Link(UUID rotationId, LocalDate from, LocalDate to) {}

    public record Attending(
            UUID id,
            String name,
            String degree,
            String addressAs,
            AttendingRole role,
            String specialty,
            String institution,
            String email,
            String coordinatorEmail,
            boolean hasSeenMePresent,
            List<Link> links) {

        /** How scripts greet the writer: "Dr. Mitchell" (see org.lorkit.attending.Greeting). */
        public String greeting() {
            return org.lorkit.attending.Greeting.of(addressAs, name, degree);
        }

        /** A name that already starts with its title ("Dr.", "Prof"); compiled once: today reads it per writer. */
        private static final Pattern TITLED = Pattern.compile("(?i)(dr\\.?|prof\\.?)\\s");

        /** "Dr Maria Hernandez": how scripts address the writer. */
        public String addressed() {
            return TITLED.matcher(name).lookingAt() ? name : "Dr " + name;
        }

        public boolean workedOn(UUID rotationId) {
            return links.stream().anyMatch(l -> l.rotationId().equals(rotationId));
        }
    }

    public record Feedback(
            UUID id,
            UUID attendingId,
            UUID rotationId,
            LocalDate receivedOn,
            FeedbackKind kind,
            Enthusiasm enthusiasm,
            String toImprove,
            String whatIChanged) {}

    public record RotationStories(long count, long teaching, LocalDate latest) {}

    public record Change(LetterStatus to, LocalDate on) {}

    public record Letter(
            UUID id,
            UUID attendingId,
            LetterType type,
            LetterStatus status,
            Commitment commitment,
            String erasLetterId,
            LocalDate softDeadline,
            List<LocalDate> remindersSent,
            LocalDate receivedOn,
            LocalDate thankedAfterSubmissionOn,
            LocalDate thankedInterviewInvitationsOn,
            LocalDate thankedMatchDayOn,
            List<Change> history,
            String forSpecialty,
            LocalDate letterDatedOn) {

        Letter withType(LetterType other) {
            return new Letter(
                    id,
                    attendingId,
                    other,
                    status,
                    commitment,
                    erasLetterId,
                    softDeadline,
                    remindersSent,
                    receivedOn,
                    thankedAfterSubmissionOn,
                    thankedInterviewInvitationsOn,
                    thankedMatchDayOn,
                    history,
                    forSpecialty,
                    letterDatedOn);
        }

        /** The day the letter (last) reached this status; empty when it never did. */
        public Optional<LocalDate> reached(LetterStatus status) {
            return history.stream()
                    .filter(c -> c.to() == status)
                    .map(Change::on)
                    .reduce((a, b) -> b);
        }

        public boolean hasReached(LetterStatus status) {
            return this.status == status || reached(status).isPresent();
        }

        public Optional<LocalDate> lastReminder() {
            return remindersSent.stream().max(Comparator.naturalOrder());
        }

        /** A writer who said (or may still say) yes and whose letter is not in yet. */
        public boolean awaited() {
            return switch (status) {
                case ASKED, AGREED, PACKET_SENT, REQUESTED_IN_ERAS -> true;
                default -> false;
            };
        }

        public boolean committed() {
            return switch (status) {
                case AGREED, PACKET_SENT, REQUESTED_IN_ERAS, RECEIVED, IMPORTED -> true;
                default -> false;
            };
        }
    }

    public record Program(
            UUID id,
            String name,
            String specialty,
            int lettersRequired,
            int fromUsClinicians,
            int inSpecialty,
            boolean locked,
            List<UUID> letterIds) {}

    public record Sent(UUID id, MessageKind kind, UUID letterId, UUID attendingId, LocalDate sentOn) {}

    public record CheckIn(Habit habit, LocalDate on, UUID rotationId) {}

    public record RedFlags(List<RedFlag> flags, LocalDate checkedOn) {}

    // ---- derived facts shared by the rules ----

    /**
     * The same season seen from one of the specialties applied to: its followed season, the letters for
     * it or for General, and the programs in it. Used to check the portfolio per specialty.
     */
    Season forSpecialty(
            String specialty, FollowedSeason followedThere, List<Letter> lettersThere, List<Program> programsThere) {
        return new Season(
                owner,
                today,
                zone,
                applicantName,
                profile.withTarget(specialty),
                followedThere,
                rotations,
                attendings,
                feedback,
                storiesByRotation,
                storyDays,
                packetStoriesByWitness,
                lettersThere,
                programsThere,
                ticks,
                sent,
                checkIns,
                redFlags,
                null);
    }

    /** The services this letter goes through: the rule of the letter DTO's `services` ({@link Specialties#servicesOf}). */
    public List<LetterService> servicesOf(Letter letter) {
        return Specialties.servicesOf(letter.forSpecialty(), profile.targetSpecialty(), profile.secondSpecialty());
    }

    /** The services of every specialty applied to: where a General letter, and the application itself, go. */
    public List<LetterService> services() {
        return Specialties.servicesOf(null, profile.targetSpecialty(), profile.secondSpecialty());
    }

    /** "ERAS", "ResidencyCAS" or "ERAS and ResidencyCAS": this letter's services as a sentence names them. */
    public String servicesSaid(Letter letter) {
        return LetterService.said(servicesOf(letter));
    }

    /** Every specialty's services as a sentence names them. */
    public String servicesSaid() {
        return LetterService.said(services());
    }

    public LocalDate submissionTarget() {
        return profile.submissionTargetOn();
    }

    /** The soft deadline given to a writer: the letter's own, else 21 days before the submission target. */
    public LocalDate softDeadlineOf(Letter letter) {
        if (letter.softDeadline() != null) {
            return letter.softDeadline();
        }
        return defaultSoftDeadline();
    }

    public LocalDate defaultSoftDeadline() {
        return submissionTarget() == null ? null : submissionTarget().minusDays(SOFT_DEADLINE_DAYS);
    }

    /**
     * Match Day of the season the applicant follows (its record, see org.lorkit.season), once the target
     * sheet says which season that is (its season or its submission target); null before.
     */
    public LocalDate matchDay() {
        return seasonKnown() ? followed.dates().matchDay() : null;
    }

    /** Whether the target sheet says which season (its season or its submission target); else it is a guess. */
    public boolean seasonKnown() {
        return profile.season() != null || submissionTarget() != null;
    }

    /** The day the applicant marked the ERAS application as submitted (plan checkpoint "submit-eras"). */
    public LocalDate submittedOn() {
        return ticks.get(PlanRules.SUBMIT_ERAS);
    }

    /** The day the applicant marked that interview invitations came in (plan checkpoint "interview-invitations"). */
    public LocalDate interviewInvitationsOn() {
        return ticks.get(PlanRules.INTERVIEW_INVITATIONS);
    }

    public String writerName(UUID attendingId) {
        Attending a = attendings.get(attendingId);
        return a == null ? "your writer" : a.addressed();
    }

    public Optional<Letter> letter(UUID id) {
        return letters.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public long daysUntil(LocalDate day) {
        return ChronoUnit.DAYS.between(today, day);
    }

    public long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, today);
    }

    public boolean sentFor(MessageKind kind, UUID letterId) {
        return sent.stream().anyMatch(s -> s.kind() == kind && letterId.equals(s.letterId()));
    }

    public Optional<Rotation> firstRotation() {
        return rotations.stream().min(Comparator.comparing(Rotation::startsOn));
    }

    /** A day as sentences say it: "September 9, 2026". */
    public static String date(java.time.LocalDate day) {
        return org.lorkit.common.Texts.day(day);
    }

    /** Plural helper for sentences: 1 day, 2 days. */
    public static String days(long n) {
        return n + (Math.abs(n) == 1 ? " day" : " days");
    }
}
