package org.lorkit.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.coaching.CoachDtos.Checkpoint;
import org.lorkit.coaching.CoachDtos.Plan;
import org.lorkit.coaching.CoachDtos.Portfolio;
import org.lorkit.coaching.CoachDtos.Reminders;
import org.lorkit.coaching.CoachDtos.Today;
import org.lorkit.common.CurrentUser;

@Path("/api/v1")
@Tag(name = "Coaching")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class CoachResource {

    @Inject
    CoachService coach;

    @Inject
    CurrentUser user;

    @GET
    @Path("/plan")
    @Operation(
            operationId = "getPlan",
            summary = "My season plan, checkpoint by checkpoint",
            description = "The checkpoints of the season dated from your rotations and submission target: month -1 kit "
                    + "(target sheet, a short CV of two sides at most, personal statement draft); per rotation week 1 expectations, week 2 "
                    + "formative feedback, weeks 3-4 stories and soft signal, end of month 1 summative feedback; month 2 talking "
                    + "points, top 2-4 writers, the direct ask, a packet within 48 hours of each yes; month 3 ERAS entries and "
                    + "formal requests; month 4 and after: verify, backup, submit, thanks and updates. Each is DONE when your data "
                    + "shows it (doneBecause says what) or when you ticked it; else OVERDUE, DUE (within 7 days) or UPCOMING. "
                    + "Dates count in your profile's time zone.")
    @APIResponse(
            responseCode = "200",
            description = "The plan.",
            content = @Content(schema = @Schema(implementation = Plan.class)))
    public Plan plan() {
        return coach.plan(user.id());
    }

    @POST
    @Path("/plan/{checkpointId}/done")
    @Operation(
            operationId = "tickCheckpoint",
            summary = "Tick a checkpoint by hand",
            description =
                    "For steps your data cannot show (the expectations talk, submitting ERAS, interview invitations). "
                            + "Ticking again replaces the day. submit-eras and interview-invitations start the thank-you and update prompts.")
    @APIResponse(
            responseCode = "200",
            description = "The checkpoint, now DONE.",
            content = @Content(schema = @Schema(implementation = Checkpoint.class)))
    @APIResponse(responseCode = "404", description = "Your plan has no checkpoint with this id.")
    public Checkpoint tick(
            @Parameter(description = "A checkpoint id from GET /api/v1/plan.", example = "prep-cv")
                    @PathParam("checkpointId")
                    String checkpointId,
            @Valid TickInput input) {
        return coach.tick(user.id(), checkpointId, input == null ? null : input.on());
    }

    @DELETE
    @Path("/plan/{checkpointId}/done")
    @Operation(
            operationId = "untickCheckpoint",
            summary = "Remove a manual tick",
            description =
                    "The checkpoint goes back to what the data shows. Removing a tick that is not there changes nothing.")
    @APIResponse(responseCode = "204", description = "Unticked.")
    @APIResponse(responseCode = "404", description = "Your plan has no checkpoint with this id.")
    public Response untick(
            @Parameter(description = "A checkpoint id from GET /api/v1/plan.", example = "prep-cv")
                    @PathParam("checkpointId")
                    String checkpointId) {
        coach.untick(user.id(), checkpointId);
        return Response.noContent().build();
    }

    @GET
    @Path("/today")
    @Operation(
            operationId = "getToday",
            summary = "What to do today",
            description =
                    "Ordered: backup writers needed, packets owed after a yes, reminders due, overdue then due checkpoints, "
                            + "thank-yous and updates, red flags, today's daily habits while on a rotation. Each action has a one-line "
                            + "reason and a link to the record or script to act on; then the next five deadlines.")
    @APIResponse(
            responseCode = "200",
            description = "Today's actions.",
            content = @Content(schema = @Schema(implementation = Today.class)))
    public Today today() {
        return coach.readToday(user.id());
    }

    @GET
    @Path("/reminders")
    @Operation(
            operationId = "getReminders",
            summary = "Reminders and thank-yous owed to writers",
            description =
                    "Soft deadline: a letter's own, else 21 days before the submission target. The request counts from "
                            + "the day the letter moved to REQUESTED_IN_ERAS. FIRST_REMINDER from day 14 after the request (overdue after "
                            + "day 21); never within 7 days of the previous contact (request or reminder); LAST_REMINDER once, 14 to 10 "
                            + "days before submission; BACKUP_WRITER at 7 days or less before submission for every writer asked, agreed "
                            + "or requested whose letter is not in. Thank-yous after the upload, after submission (tick submit-eras), "
                            + "after interview invitations (tick interview-invitations) and from Match Day (third Friday of March of the "
                            + "year after the season). Record a sent reminder or thank-you with POST /api/v1/messages/sent.")
    @APIResponse(
            responseCode = "200",
            description = "Due and upcoming reminders.",
            content = @Content(schema = @Schema(implementation = Reminders.class)))
    public Reminders reminders() {
        return coach.reminders(user.id());
    }

    @GET
    @Path("/portfolio")
    @Operation(
            operationId = "getPortfolio",
            summary = "My letters against the rule of 2-4",
            description =
                    "Counts by status and commitment, and checks: 2 to 4 letters secured; 1-2 from core or academic faculty "
                            + "in the target specialty; 1 from another US specialty; a research mentor (optional); plain yeses that may "
                            + "be lukewarm; programs short of letters; received letters assigned to no program; writers silent a week "
                            + "before submission (backup needed).")
    @APIResponse(
            responseCode = "200",
            description = "The portfolio.",
            content = @Content(schema = @Schema(implementation = Portfolio.class)))
    public Portfolio portfolio() {
        return coach.portfolio(user.id());
    }

    @GET
    @Path("/habits")
    @Operation(
            operationId = "getHabits",
            summary = "My habits, streaks and red-flag checks",
            description =
                    "Daily: read up each new diagnosis, one good question. Weekly: ask for mini-feedback (WEEKLY_MINI "
                            + "feedback counts), write down one story (your stories count). Per rotation: a 5-10 minute teaching "
                            + "presentation (a TEACHING story counts). Per rotation also the red-flag self-check and its advice.")
    @APIResponse(
            responseCode = "200",
            description = "Habits.",
            content = @Content(schema = @Schema(implementation = HabitRules.Habits.class)))
    public HabitRules.Habits habits() {
        return coach.habits(user.id());
    }

    @POST
    @Path("/habits/check-ins")
    @Operation(
            operationId = "checkInHabit",
            summary = "Check in a habit",
            description = "One check-in per habit and day: sending it again (an offline replay) changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The habits with the new streaks.",
            content = @Content(schema = @Schema(implementation = HabitRules.Habits.class)))
    @APIResponse(responseCode = "404", description = "rotationId names no rotation of yours.")
    public HabitRules.Habits checkIn(@Valid @NotNull CheckInInput input) {
        return coach.checkIn(user.id(), input);
    }

    @POST
    @Path("/habits/red-flags")
    @Operation(
            operationId = "recordRedFlags",
            summary = "Record the red-flag self-check of a rotation",
            description =
                    "Replaces the previous self-check of that rotation. Any red flag brings the advice to move your "
                            + "letter strategy to other rotations.")
    @APIResponse(
            responseCode = "200",
            description = "The habits with the rotation's check.",
            content = @Content(schema = @Schema(implementation = HabitRules.Habits.class)))
    @APIResponse(responseCode = "404", description = "rotationId names no rotation of yours.")
    public HabitRules.Habits redFlags(@Valid @NotNull RedFlagInput input) {
        return coach.redFlags(user.id(), input);
    }
}
