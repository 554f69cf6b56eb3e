package org.lorkit.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.season.LetterService;
import org.lorkit.season.SeasonDates;
import org.lorkit.season.StandardizedLetter;

/** Answers of the Coaching tag. Everything here is derived (read-only); absent values are null, lists empty. */
public final class CoachDtos {

    private CoachDtos() {}

    @Schema(name = "CoachLink", description = "Where to act: the record, and the API address to open it.")
    public record Link(
            @Schema(examples = "LETTER") LinkKind kind,

            @Schema(
                    nullable = true,
                    description = "The id of the record (a UUID) or of the checkpoint; null for the profile.",
                    examples = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            String id,

            @Schema(examples = "/api/v1/messages?kind=REMINDER&letterId=0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            String href) {

        static Link letter(UUID id) {
            return new Link(LinkKind.LETTER, id.toString(), "/api/v1/letters/" + id);
        }

        static Link message(MessageKind kind, UUID letterId, UUID attendingId) {
            String query = letterId != null ? "&letterId=" + letterId : "&attendingId=" + attendingId;
            return new Link(
                    LinkKind.MESSAGE,
                    (letterId != null ? letterId : attendingId).toString(),
                    "/api/v1/messages?kind=" + kind + query);
        }

        static Link attending(UUID id) {
            return new Link(LinkKind.ATTENDING, id.toString(), "/api/v1/attendings/" + id);
        }

        static Link packet(UUID attendingId) {
            return new Link(LinkKind.PACKET, attendingId.toString(), "/api/v1/attendings/" + attendingId + "/packet");
        }

        static Link rotation(UUID id) {
            return new Link(LinkKind.ROTATION, id.toString(), "/api/v1/rotations/" + id);
        }

        static Link profile() {
            return new Link(LinkKind.PROFILE, null, "/api/v1/profile");
        }

        static Link checkpoint(String id) {
            return new Link(LinkKind.CHECKPOINT, id, "/api/v1/plan/" + id + "/done");
        }

        static Link program(UUID id) {
            return new Link(LinkKind.PROGRAM, id.toString(), "/api/v1/programs/" + id);
        }

        static Link habits() {
            return new Link(LinkKind.HABITS, null, "/api/v1/habits");
        }

        static Link portfolio() {
            return new Link(LinkKind.PORTFOLIO, null, "/api/v1/portfolio");
        }
    }

    @Schema(name = "CoachLinkKind", description = "What a link points at.")
    public enum LinkKind {
        LETTER,
        MESSAGE,
        ATTENDING,
        PACKET,
        ROTATION,
        PROFILE,
        CHECKPOINT,
        PROGRAM,
        HABITS,
        PORTFOLIO,
        STORY
    }

    @Schema(
            name = "CheckpointStatus",
            description = "DONE (the data shows it, or you ticked it); OVERDUE (its day has "
                    + "passed); DUE (due within the next 7 days, or today); UPCOMING (later, or not dated yet).")
    public enum CheckpointStatus {
        DONE,
        DUE,
        OVERDUE,
        UPCOMING
    }

    @Schema(
            name = "PlanPhase",
            description = "PREP (month -1: the kit), ROTATION (weeks 1-4 of each rotation), "
                    + "COMMITMENTS (month 2: talking points, top writers, the ask, packets), ERAS (month 3: entries and formal "
                    + "requests), FINISH (month 4 and after: verify, backup, submit, thanks and updates).")
    public enum Phase {
        PREP,
        ROTATION,
        COMMITMENTS,
        ERAS,
        FINISH
    }

    @Schema(name = "Checkpoint", description = "One step of the plan, dated from your rotations and submission target.")
    public record Checkpoint(
            @Schema(
                    description =
                            "Stable id: the same step keeps it on every read (rotation and letter steps embed the record's id).",
                    examples = "rotation-6a1f4c9e-2b7d-4f0a-9c3e-1d2b3c4d5e6f-formative")
            String id,

            @Schema(examples = "Ask for formative feedback") String title,

            @Schema(description = "Why this step matters, in one sentence.")
            String why,

            Phase phase,

            @Schema(
                    nullable = true,
                    description = "null while there is nothing to date it from (no rotation or submission target).",
                    examples = "2026-07-19")
            LocalDate dueOn,

            CheckpointStatus status,

            @Schema(
                    nullable = true,
                    description = "What in your data shows it done; null when not done.",
                    examples = "Formative feedback from Dr Maria Hernandez on day 10 of this rotation.")
            String doneBecause,

            @Schema(
                    nullable = true,
                    description =
                            "The day you ticked it by hand (POST /api/v1/plan/{checkpointId}/done); null otherwise.")
            LocalDate tickedOn,

            @Schema(nullable = true) UUID rotationId,
            @Schema(nullable = true) UUID letterId,
            @Schema(description = "Where to act on it.") Link link) {}

    @Schema(
            name = "FollowedSeason",
            description = "The season and service the plan, reminders and Today follow: the service from the target "
                    + "specialty, the season from the target sheet (else the next one ahead), its dates from the "
                    + "season record (GET /api/v1/seasons). Dates in unverified are not confirmed by the service yet.")
    public record SeasonFollowed(
            @Schema(examples = "ERAS 2028 season") String label,
            LetterService service,

            @Schema(description = "The service's name for the season: the year of its Match Day.", examples = "2028")
            int year,

            @Schema(description = "The season whose rules it follows.", examples = "2027")
            int rulesOf,

            @Schema(
                    description = "False while the target sheet says neither a season nor a submission target: "
                            + "the season is then a guess.")
            boolean fromTargetSheet,

            @Schema(nullable = true, description = "The standardized letter the target specialty expects.")
            StandardizedLetter standardizedLetter,

            LocalDate opensOn,
            LocalDate submissionOpensOn,
            LocalDate programsReviewOn,
            @Schema(nullable = true) LocalDate programDeadlineOn,
            LocalDate rankListDeadlineOn,
            LocalDate matchDay,
            List<String> unverified) {

        static SeasonFollowed of(Season s) {
            SeasonDates d = s.followed().dates();
            return new SeasonFollowed(
                    d.label(),
                    d.service(),
                    d.year(),
                    d.rulesOf(),
                    s.seasonKnown(),
                    s.followed().standardizedLetter().orElse(null),
                    d.opensOn(),
                    d.submissionOpensOn(),
                    d.programsReviewOn(),
                    d.programDeadlineOn(),
                    d.rankListDeadlineOn(),
                    d.matchDay(),
                    d.unverified().stream().sorted().toList());
        }
    }

    @Schema(
            name = "Plan",
            description = "Your checkpoints in date order (undated ones last) with their status as of today.")
    public record Plan(
            @Schema(description = "Today in your time zone.")
            LocalDate today,

            @Schema(nullable = true) LocalDate submissionTargetOn,

            @Schema(nullable = true, description = "21 days before the submission target.")
            LocalDate softDeadline,

            @Schema(description = "How many checkpoints have each status.")
            Map<CheckpointStatus, Integer> counts,

            List<Checkpoint> checkpoints,

            @Schema(description = "The season and service these checkpoints follow.")
            SeasonFollowed season) {}

    @Schema(
            name = "ReminderRule",
            description = "FIRST_REMINDER: the ERAS request was sent 14 or more days ago and the letter "
                    + "is not in; LAST_REMINDER: 14 to 10 days before submission and the letter is not in; BACKUP_WRITER: 7 days or "
                    + "less before submission and the writer is still silent; THANK_YOU_RECEIVED, THANK_YOU_SUBMISSION, "
                    + "INTERVIEW_UPDATE, MATCH_UPDATE: a thank-you or update is owed. No reminder within 7 days of the previous "
                    + "contact (the ERAS request or the last reminder).")
    public enum ReminderRule {
        FIRST_REMINDER,
        LAST_REMINDER,
        BACKUP_WRITER,
        THANK_YOU_RECEIVED,
        THANK_YOU_SUBMISSION,
        INTERVIEW_UPDATE,
        MATCH_UPDATE
    }

    @Schema(name = "Reminder", description = "Something owed to a writer, with the day it is (or will be) due.")
    public record Reminder(
            @Schema(
                    description = "Stable id: rule and letter.",
                    examples = "FIRST_REMINDER:0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            String id,

            ReminderRule rule,
            UUID letterId,
            UUID attendingId,
            @Schema(examples = "Dr Maria Hernandez") String attendingName,
            @Schema(examples = "2026-08-20") LocalDate dueOn,

            @Schema(description = "DUE or OVERDUE in `due`; UPCOMING in `upcoming`.")
            CheckpointStatus status,

            @Schema(examples = "Dr Maria Hernandez got the ERAS request 15 days ago and the letter is not in yet.")
            String reason,

            @Schema(description = "The script to use (GET /api/v1/messages?kind=...&letterId=...).")
            MessageKind messageKind,

            Link link) {}

    @Schema(name = "Reminders", description = "Reminders due now and those scheduled later (for the calendar).")
    public record Reminders(
            LocalDate today,
            @Schema(nullable = true) LocalDate submissionTargetOn,

            @Schema(
                    nullable = true,
                    description = "Default soft deadline: 21 days before the submission target "
                            + "(a letter's own softDeadline wins).")
            LocalDate defaultSoftDeadline,

            @Schema(
                    nullable = true,
                    description = "Match Day of the season followed (see season); null until the target sheet "
                            + "says the season or a submission target.")
            LocalDate matchDay,

            @Schema(description = "Due today or overdue, most urgent first.")
            List<Reminder> due,

            @Schema(description = "Scheduled for later, earliest first.")
            List<Reminder> upcoming,

            @Schema(description = "The season and service these reminders follow.")
            SeasonFollowed season) {}

    @Schema(
            name = "TodayActionKind",
            description = "BACKUP: line up or choose a backup writer; ASSIGN_LETTER: a letter that is in goes to no "
                    + "program yet and ResidencyCAS needs it assigned by hand; UPDATED_LETTER: a letter imported from "
                    + "a prior season whose writer could write an updated one; REMINDER, CHECKPOINT, THANK_YOU, HABIT, "
                    + "RED_FLAG.")
    public enum ActionKind {
        BACKUP,
        REMINDER,
        CHECKPOINT,
        THANK_YOU,
        HABIT,
        RED_FLAG,
        ASSIGN_LETTER,
        UPDATED_LETTER
    }

    @Schema(name = "TodayAction", description = "One thing to do now, with its reason and where to do it.")
    public record Action(
            @Schema(description = "The reminder or checkpoint id, or habit:NAME.")
            String id,

            ActionKind kind,

            @Schema(examples = "Send the packet to Dr Maria Hernandez")
            String title,

            @Schema(examples = "She agreed 2 days ago; a packet within 48 hours keeps you fresh in mind.")
            String reason,

            @Schema(nullable = true) LocalDate dueOn,
            Link link) {}

    @Schema(name = "Deadline", description = "A dated step ahead.")
    public record Deadline(
            String title,
            LocalDate on,
            @Schema(description = "Days from today.") long daysLeft,
            Link link) {}

    @Schema(
            name = "SetupStepKind",
            description =
                    "The way in, in order: TARGET_SHEET (specialty and submission "
                            + "target), ROTATION (a first rotation), ATTENDING (a first possible writer), FIRST_STORY (a first story logged).")
    public enum SetupStepKind {
        TARGET_SHEET,
        ROTATION,
        ATTENDING,
        FIRST_STORY
    }

    @Schema(name = "SetupStep", description = "One step of setting up the account, with whether it is done.")
    public record SetupStep(
            SetupStepKind step,
            @Schema(examples = "Add your first rotation") String title,
            boolean done,
            @Schema(description = "Where to do it.") Link link) {}

    @Schema(name = "Today", description = "What to do now, most urgent first, and the next deadlines.")
    public record Today(
            LocalDate today,
            List<Action> actions,
            List<Deadline> nextDeadlines,

            @Schema(
                    description = "The set-up steps in order (target sheet, rotation, writer, first story), done ones "
                            + "included and marked; an empty list once all are done.")
            List<SetupStep> setup,

            @Schema(description = "The season and service Today follows.")
            SeasonFollowed season) {}

    @Schema(name = "PortfolioCheckStatus", description = "OK, WARNING (act soon), MISSING (not there yet), INFO.")
    public enum CheckStatus {
        OK,
        WARNING,
        MISSING,
        INFO
    }

    @Schema(
            name = "PortfolioCheckCode",
            description = "LETTER_COUNT (2 to 4 letters secured), CORE_IN_SPECIALTY (1-2 from "
                    + "core or academic faculty in the target specialty), OTHER_US_SPECIALTY (1 from another US specialty), "
                    + "RESEARCH_MENTOR (optional), STRENGTH_OF_COMMITMENTS (plain yeses may be lukewarm), PROGRAMS_MISSING_LETTERS, "
                    + "RECEIVED_NOT_ASSIGNED, BACKUP_NEEDED.")
    public enum CheckCode {
        LETTER_COUNT,
        CORE_IN_SPECIALTY,
        OTHER_US_SPECIALTY,
        RESEARCH_MENTOR,
        STRENGTH_OF_COMMITMENTS,
        PROGRAMS_MISSING_LETTERS,
        RECEIVED_NOT_ASSIGNED,
        BACKUP_NEEDED
    }

    @Schema(name = "PortfolioCheck")
    public record Check(
            CheckCode code,
            CheckStatus status,

            @Schema(description = "The finding, in one sentence.")
            String message,

            @Schema(description = "The letters, programs or writers concerned.")
            List<Link> links) {}

    @Schema(name = "Portfolio", description = "Your letters against the rule of 2-4 strong letters.")
    public record Portfolio(
            LocalDate today,

            @Schema(description = "Letter requests by status (every status present, zero included).")
            Map<String, Integer> byStatus,

            @Schema(description = "Letter requests by commitment heard: STRONG, YES, DECLINED, NONE.")
            Map<String, Integer> byCommitment,

            @Schema(description = "Letters secured: agreed (or further) and not declined.")
            int secured,

            @Schema(description = "Letters in ERAS.") int received,

            @Schema(
                    description = "The checks of the target specialty (with a second specialty: the letters for "
                            + "it or for General). specialties holds one such list per specialty.")
            List<Check> checks,

            @Schema(
                    description = "One check list per specialty applied to, the target specialty first (one entry "
                            + "with one specialty, the same checks as checks). A letter for a specialty counts there "
                            + "only; a General letter counts for each.")
            List<SpecialtyPortfolio> specialties) {}

    @Schema(
            name = "SpecialtyPortfolio",
            description = "The letters for one specialty applied to, against the rule of 2-4, with the service "
                    + "that specialty goes through.")
    public record SpecialtyPortfolio(
            @Schema(
                    nullable = true,
                    examples = "Family Medicine",
                    description = "null before the target sheet names one.")
            String specialty,

            LetterService service,

            @Schema(nullable = true, description = "The standardized letter this specialty expects.")
            StandardizedLetter standardizedLetter,

            @Schema(description = "Letters secured for this specialty (its own and General ones).")
            int secured,

            @Schema(description = "Of them, letters in.") int received,
            List<Check> checks) {}
}
