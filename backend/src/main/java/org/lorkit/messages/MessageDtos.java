package org.lorkit.messages;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.coaching.MessageKind;
import org.lorkit.letter.LetterStatus;

/** Bodies of the messages operations. */
public final class MessageDtos {

    private MessageDtos() {}

    @Schema(
            name = "Message",
            description = "A script to say or an email to send, filled in from your data. Placeholders "
                    + "in [square brackets] are for facts LORkit cannot know (where you interview, where you matched).")
    public record Message(
            MessageKind kind,

            @Schema(description = "true: say it face to face (subject and mailto are null).")
            boolean inPerson,

            @Schema(
                    nullable = true,
                    examples = "mhernandez@example.org",
                    description =
                            "The writer's email, else their "
                                    + "coordinator's; null for scripts said in person and when neither is known (the tip says so).")
            String to,

            @Schema(
                    nullable = true,
                    description = "The coordinator, when both the writer's and the coordinator's email exist.")
            String cc,

            @Schema(nullable = true, examples = "Letter of recommendation for Ana Perez - Internal Medicine residency")
            String subject,

            String body,

            @Schema(description = "How to use it, in one or two sentences.")
            String tip,

            @Schema(
                    nullable = true,
                    description = "Opens the mail app with everything filled in (URL-encoded); null for "
                            + "scripts said in person.",
                    examples = "mailto:mhernandez@example.org?subject=Thank%20you&body=Dear%20Dr%20Hernandez")
            String mailto) {}

    @Schema(name = "Messages", description = "The scripts and emails for one writer.")
    public record Messages(
            UUID attendingId,
            @Schema(nullable = true) UUID letterId,
            @Schema(examples = "Dr Maria Hernandez") String attendingName,
            List<Message> messages) {}

    @Schema(
            name = "SentMessageInput",
            description = "A script said or an email sent. Name the letter, or the attending "
                    + "(their letter request is used when the kind needs one).")
    public record SentInput(
            @Schema(examples = "REMINDER") @NotNull MessageKind kind,

            @Schema(nullable = true, description = "One of your letter requests (else 404).")
            UUID letterId,

            @Schema(nullable = true, description = "One of your attendings (else 404).")
            UUID attendingId,

            @Schema(
                    nullable = true,
                    description = "Defaults to today (your time zone); not in the future.",
                    examples = "2026-08-20")
            LocalDate sentOn) {}

    @Schema(name = "SentMessage", description = "What was recorded, and what it changed on the letter.")
    public record Sent(
            UUID id,
            MessageKind kind,
            @Schema(nullable = true) UUID letterId,
            UUID attendingId,
            LocalDate sentOn,

            @Schema(nullable = true, description = "The letter's status afterwards.")
            LetterStatus letterStatus,

            @Schema(
                    description = "What it changed, in one sentence.",
                    examples = "Added August 20, 2026 to the reminders sent.")
            String effect,

            @Schema(
                    description =
                            "true when the same message was already recorded for that day: nothing changed again.")
            boolean replayed) {}
}
