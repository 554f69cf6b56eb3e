package org.lorkit.share;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.coaching.CoachDtos;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.letter.WriterAnswer;
import org.lorkit.letter.WriterWordDto;
import org.lorkit.packet.PacketDto;
import org.lorkit.season.LetterService;

/** What a shared link shows, by its kind: exactly one of writer and adviser is set. */
@Schema(
        name = "SharedPage",
        description = "The page a shared link opens, without an account. WRITER links fill writer, ADVISER links "
                + "fill adviser; the other is null.")
public record SharedPage(
        ShareLinkKind kind,

        @Schema(nullable = true, examples = "Amina Yusuf", description = "The applicant's name as her profile has it.")
        String applicantName,

        @Schema(nullable = true, description = "The last day the link opens; null: until the letter is received.")
        LocalDate expiresOn,

        @Schema(nullable = true) SharedWriterPage writer,
        @Schema(nullable = true) SharedAdviserPage adviser) {

    @Schema(name = "SharedWriterPage", description = "Everything a writer needs for this one letter.")
    public record SharedWriterPage(
            @Schema(examples = "Dr Sarah Mitchell") String writerName,

            @Schema(examples = "Dear Dr. Mitchell,", description = "How the applicant addresses the writer.")
            String greeting,

            LetterType letterType,

            @Schema(nullable = true, examples = "Internal Medicine", description = "null: a General letter.")
            String forSpecialty,

            @Schema(description = "The service the letter goes through.")
            LetterService service,

            @Schema(nullable = true, examples = "2027-08-18")
            LocalDate softDeadline,

            @Schema(description = "How to hand the letter in, as plain sentences.")
            List<String> uploadSteps,

            @Schema(
                    nullable = true,
                    examples = "eSLOE 2.0 (Emergency Medicine)",
                    description = "The standardized form's name; null for a narrative letter.")
            String standardizedForm,

            @Schema(
                    description = "The talking-points packet for this writer: only stories they witnessed that "
                            + "passed the privacy review.")
            PacketDto packet,

            @Schema(
                    nullable = true,
                    description = "Whether the applicant marked her CV ready; null when unknown (no profile).")
            Boolean cvReady,

            @Schema(
                    nullable = true,
                    description = "true once a draft or the final personal statement exists (a draft is enough for "
                            + "the letter); false: not started; null when unknown.")
            Boolean personalStatementReady,

            @Schema(nullable = true) WriterWordDto writerWord,

            @Schema(description = "The answers the page accepts now.")
            List<WriterAnswer> answers,

            @Schema(
                    description = "Every service the letter goes through (a General letter of an applicant in two "
                            + "specialties may go through both); `service` is the first of them.")
            List<LetterService> services) {}

    @Schema(
            name = "SharedAdviserPage",
            description = "The applicant's progress for an adviser. stories and feedback are null unless the applicant "
                    + "ticked them in for this link. The portfolio findings, plan steps and dates are her own screens' "
                    + "sentences said about her by first name (\"No letter yet from core faculty in Ana's target "
                    + "specialty\").")
    public record SharedAdviserPage(
            List<SharedLetterLine> letters,
            CoachDtos.Portfolio portfolio,
            SharedPlan plan,

            @Schema(description = "Upcoming deadlines, soonest first, at most 10.")
            List<SharedDeadline> deadlines,

            @Schema(nullable = true) List<SharedStory> stories,
            @Schema(nullable = true) List<SharedFeedback> feedback) {}

    @Schema(name = "SharedLetterLine", description = "One letter on the board.")
    public record SharedLetterLine(
            @Schema(examples = "Dr Sarah Mitchell") String writerName,
            LetterType letterType,
            LetterStatus status,

            @Schema(description = "The services the letter goes through (as the letter's own services).")
            List<LetterService> services,

            @Schema(nullable = true) LocalDate softDeadline,
            @Schema(nullable = true) LocalDate receivedOn,
            @Schema(nullable = true) WriterWordDto writerWord) {}

    @Schema(name = "SharedPlan", description = "How far the plan is.")
    public record SharedPlan(
            int done,
            int total,

            @Schema(
                    description = "Titles of the next open steps, at most 3.",
                    examples = "[\"Submit Ana's ERAS application\"]")
            List<String> next) {}

    @Schema(name = "SharedDeadline", description = "A dated step ahead.")
    public record SharedDeadline(
            LocalDate on,

            @Schema(examples = "Send the packet to Dr Sarah Mitchell")
            String what) {}

    @Schema(name = "SharedStory", description = "A story (only ones that passed the privacy review).")
    public record SharedStory(
            @Schema(nullable = true) LocalDate occurredOn,

            @Schema(nullable = true, examples = "Dr Sarah Mitchell")
            String writerName,

            String title,
            String text) {}

    @Schema(name = "SharedFeedback", description = "A piece of feedback a writer gave.")
    public record SharedFeedback(
            @Schema(nullable = true) LocalDate receivedOn,

            @Schema(nullable = true, examples = "Dr Sarah Mitchell")
            String writerName,

            @Schema(nullable = true) String wentWell,
            @Schema(nullable = true) String toImprove,
            @Schema(nullable = true) String whatIChanged) {}
}
