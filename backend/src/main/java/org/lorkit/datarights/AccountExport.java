package org.lorkit.datarights;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.attending.AttendingRole;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.coaching.Habit;
import org.lorkit.coaching.MessageKind;
import org.lorkit.coaching.RedFlag;
import org.lorkit.feedback.FeedbackKind;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.profile.PersonalStatementStatus;
import org.lorkit.rotation.RotationKind;
import org.lorkit.story.StoryKind;

/**
 * Everything of one applicant as one JSON document: GET /api/v1/export writes it, POST /api/v1/import
 * reads it back into an empty account. Ids are kept when none of them is taken on this server (a move
 * to another server, or after deleting the old account); otherwise every id is replaced by a new one,
 * consistently, so the references inside the document still hold.
 */
@Schema(
        name = "AccountExport",
        description = "All data of one applicant. formatVersion says how to read it; a newer "
                + "version than this server knows answers 422 on import. `account` and `exportedAt` are informative and ignored on "
                + "import. Lists are ordered by creation; absent values are null.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountExport(
        @Schema(examples = "1", description = "The version of this format.")
        Integer formatVersion,

        @Schema(nullable = true) Instant exportedAt,

        @Schema(description = "Omitted members had no value.")
        Account account,

        @Schema(description = "The target sheet; omitted when it was never saved.")
        Profile profile,

        List<Rotation> rotations,
        List<Attending> attendings,
        List<Story> stories,
        List<Feedback> feedback,
        List<Letter> letters,
        List<Program> programs,
        Coaching coaching) {

    public static final int FORMAT_VERSION = 1;

    @Schema(name = "ExportAccount")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Account(String email, String displayName, Instant createdAt) {}

    @Schema(name = "ExportProfile")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Profile(
            String targetSpecialty,
            Integer season,
            LocalDate erasOpensOn,
            LocalDate submissionTargetOn,
            List<String> strengths,
            String strengthsNote,
            Boolean cvReady,
            LocalDate cvUpdatedOn,
            PersonalStatementStatus personalStatementStatus,
            LocalDate personalStatementUpdatedOn,
            String timeZone,
            Instant updatedAt) {}

    @Schema(name = "ExportRotation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rotation(
            UUID id,
            String institution,
            String location,
            String specialty,
            RotationKind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean supervisedByLetterWriter,
            boolean canPresentPatients,
            boolean canWriteNotes,
            boolean observedRepeatedly,
            boolean worksWithResidents,
            boolean shadowingOnly,
            boolean largeGroup,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "ExportRotationLink")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(UUID rotationId, LocalDate from, LocalDate to) {}

    @Schema(name = "ExportAttending")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attending(
            UUID id,
            String name,
            String degree,
            AttendingRole role,
            String specialty,
            String institution,
            String email,
            String coordinatorEmail,
            String notes,
            boolean hasSeenMePresent,
            List<Link> rotations,
            Instant createdAt,
            Instant updatedAt,
            String addressAs) {}

    @Schema(name = "ExportStory")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Story(
            UUID id,
            String title,
            String summary,
            String whatIDid,
            String whatItShows,
            LocalDate occurredOn,
            StoryKind kind,
            boolean includeInPacket,
            boolean phiReviewed,
            UUID rotationId,
            List<UUID> witnessAttendingIds,
            List<String> competencies,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "ExportFeedback")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feedback(
            UUID id,
            UUID attendingId,
            UUID rotationId,
            LocalDate receivedOn,
            FeedbackKind kind,
            String wentWell,
            String toImprove,
            String myPlan,
            String whatIChanged,
            LocalDate checkedBackOn,
            Enthusiasm enthusiasm,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "ExportStatusChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(LetterStatus from, LetterStatus to, Instant at, String note, Boolean correction) {}

    @Schema(name = "ExportLetter")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Letter(
            UUID id,
            UUID attendingId,
            LetterType letterType,
            LetterStatus status,
            Commitment commitment,
            String erasLetterId,
            Boolean waivedRightToSee,
            LocalDate softDeadline,
            List<LocalDate> remindersSent,
            LocalDate receivedOn,
            LocalDate thankedAfterSubmissionOn,
            LocalDate thankedInterviewInvitationsOn,
            LocalDate thankedMatchDayOn,
            List<Change> history,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "ExportProgram")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Program(
            UUID id,
            String name,
            String specialty,
            int lettersRequired,
            int fromUsClinicians,
            int inSpecialty,
            LocalDate addedOn,
            boolean locked,
            Instant lockedAt,
            String notes,
            List<UUID> letterIds,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(
            name = "ExportCoaching",
            description = "Manual ticks, messages recorded as sent, habit check-ins, red-flag checks.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coaching(
            List<Tick> ticks, List<SentMessage> sentMessages, List<CheckIn> checkIns, List<RedFlagCheck> redFlags) {}

    @Schema(name = "ExportTick")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tick(String checkpointId, LocalDate doneOn, Instant createdAt) {}

    @Schema(name = "ExportSentMessage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentMessage(
            UUID id, MessageKind kind, UUID letterId, UUID attendingId, LocalDate sentOn, Instant createdAt) {}

    @Schema(name = "ExportCheckIn")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckIn(Habit habit, LocalDate on, UUID rotationId, Instant createdAt) {}

    @Schema(name = "ExportRedFlagCheck")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RedFlagCheck(UUID rotationId, List<RedFlag> flags, LocalDate checkedOn) {}
}
