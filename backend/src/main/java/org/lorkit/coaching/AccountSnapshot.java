package org.lorkit.coaching;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.attending.Attending;
import org.lorkit.feedback.Feedback;
import org.lorkit.letter.LetterRequest;
import org.lorkit.profile.Profile;
import org.lorkit.program.Program;
import org.lorkit.rotation.Rotation;
import org.lorkit.story.Story;

/**
 * "The whole account" of one applicant as its entities, read once by {@link AccountSnapshots} (a
 * constant number of queries, read-only and detached): the coaching rules' {@link Season} and the
 * export are both built from it, so a new field of a record is read in one place, through its entity.
 * The coaching tables have no entity: their rows are the small records below, which the export
 * writes as they are.
 */
public record AccountSnapshot(
        UUID owner,
        String email,
        String displayName,
        Instant accountCreatedAt,
        Profile profile,
        List<Rotation> rotations,
        List<Attending> attendings,
        List<Story> stories,
        List<Feedback> feedback,
        List<LetterRequest> letters,
        List<Program> programs,
        List<Tick> ticks,
        List<SentMessage> sentMessages,
        List<CheckIn> checkIns,
        List<RedFlagCheck> redFlags) {

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
