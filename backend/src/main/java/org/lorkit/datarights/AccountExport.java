package org.lorkit.datarights;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.attending.AttendingInput;
import org.lorkit.coaching.Habit;
import org.lorkit.coaching.HabitCheckIn;
import org.lorkit.coaching.MessageKind;
import org.lorkit.coaching.PlanTick;
import org.lorkit.coaching.RedFlag;
import org.lorkit.feedback.FeedbackInput;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.profile.ProfileInput;
import org.lorkit.rotation.RotationInput;
import org.lorkit.story.StoryInput;

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
            @JsonUnwrapped @Valid ProfileInput fields,

            @Schema(nullable = true, description = "The season left by starting the next one; omitted if never.")
            Integer reappliedFrom,

            Instant updatedAt) {}

    @Schema(name = "ExportRotation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rotation(UUID id, @JsonUnwrapped @Valid RotationInput fields, Instant createdAt, Instant updatedAt) {}

    @Schema(name = "ExportAttending")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attending(
            UUID id, @JsonUnwrapped @Valid AttendingInput fields, Instant createdAt, Instant updatedAt) {}

    @Schema(name = "ExportStory")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Story(UUID id, @JsonUnwrapped @Valid StoryInput fields, Instant createdAt, Instant updatedAt) {}

    @Schema(name = "ExportFeedback")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feedback(UUID id, @JsonUnwrapped @Valid FeedbackInput fields, Instant createdAt, Instant updatedAt) {}

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

            @Schema(nullable = true, description = "The date an imported letter carries.")
            LocalDate letterDatedOn,

            @Schema(nullable = true, description = "true: a standardized letter.")
            Boolean standardized,

            @Schema(nullable = true, description = "The specialty the letter is for; omitted: General.")
            String forSpecialty,

            @Schema(nullable = true, description = "The season this request stayed in; omitted: this season's.")
            Integer leftInSeason,

            LocalDate thankedAfterSubmissionOn,
            LocalDate thankedInterviewInvitationsOn,
            LocalDate thankedMatchDayOn,
            List<Change> history,

            @Schema(
                    nullable = true,
                    description = "What the writer said on their shared page, earliest first; omitted: nothing.")
            List<org.lorkit.letter.WriterWordDto> writerWords,

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

    /** A {@link PlanTick}, without its owner. */
    @Schema(name = "ExportTick")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tick(String checkpointId, LocalDate doneOn, Instant createdAt) {

        static Tick of(PlanTick t) {
            return new Tick(t.checkpointId, t.doneOn, t.createdAt);
        }
    }

    /** A {@link org.lorkit.coaching.SentMessage}, without its owner. */
    @Schema(name = "ExportSentMessage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentMessage(
            UUID id, MessageKind kind, UUID letterId, UUID attendingId, LocalDate sentOn, Instant createdAt) {

        static SentMessage of(org.lorkit.coaching.SentMessage m) {
            return new SentMessage(m.id, m.kind, m.letterId, m.attendingId, m.sentOn, m.createdAt);
        }
    }

    /** A {@link HabitCheckIn}, without its owner. */
    @Schema(name = "ExportCheckIn")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckIn(Habit habit, LocalDate on, UUID rotationId, Instant createdAt) {

        static CheckIn of(HabitCheckIn c) {
            return new CheckIn(c.habit, c.checkedOn, c.rotationId, c.createdAt);
        }
    }

    /** A {@link org.lorkit.coaching.RedFlagCheck}, without its owner. */
    @Schema(name = "ExportRedFlagCheck")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RedFlagCheck(UUID rotationId, List<RedFlag> flags, LocalDate checkedOn) {

        static RedFlagCheck of(org.lorkit.coaching.RedFlagCheck r) {
            return new RedFlagCheck(r.rotationId, r.redFlags(), r.checkedOn);
        }
    }
}
