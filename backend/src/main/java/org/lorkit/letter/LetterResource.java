package org.lorkit.letter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;
import org.lorkit.common.PageParams;
import org.lorkit.common.Problem;
import org.lorkit.common.QueryParams;
import org.lorkit.idempotency.Created;
import org.lorkit.idempotency.IdempotentCreates;

@Path("/api/v1/letters")
@Tag(name = "Letters")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class LetterResource {

    @Inject
    LetterService letters;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createLetter",
            summary = "Start a letter request for an attending",
            description =
                    "Starts as CANDIDATE with an empty history. One letter request per attending: a second one answers 409 "
                            + "naming attendingId; an ERAS Letter ID already used in your account answers 409 naming erasLetterId. "
                            + "Send an Idempotency-Key so that a replay answers the first response and creates nothing new.")
    @APIResponse(
            responseCode = "201",
            description = "Stored. Location names the new letter request.",
            content = @Content(schema = @Schema(implementation = LetterDto.class)))
    @APIResponse(responseCode = "404", description = "attendingId names no attending of yours (errors name the field).")
    @APIResponse(
            responseCode = "409",
            description = "The attending already has a letter request, the ERAS Letter ID is taken, "
                    + "or the Idempotency-Key was used for another kind of request.")
    @APIResponse(
            responseCode = "422",
            description = "Breaks a rule, with a sentence naming the field: in OB/GYN a SLOE writer would also have a "
                    + "narrative request (standardized); or letterDatedOn is more than 7 years back.")
    public Response create(
            @Valid @NotNull LetterInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                "/api/v1/letters",
                input,
                () -> {
                    LetterDto letter = letters.create(owner, input);
                    return Created.in("/api/v1/letters", letter);
                },
                letterId -> letters.get(owner, letterId));
    }

    @GET
    @Operation(
            operationId = "listLetters",
            summary = "My letter requests",
            description = "Paginated. sort is one of createdAt, updatedAt, softDeadline, receivedOn with ,asc or ,desc "
                    + "(default createdAt,desc). Filter by status, attending and letter type.")
    @APIResponse(
            responseCode = "200",
            description = "One page of letter requests, each with its history.",
            content = @Content(schema = @Schema(implementation = LetterPage.class)))
    public LetterPage list(
            @BeanParam PageParams paging,
            @Parameter(description = "field,direction", example = "softDeadline,asc") @QueryParam("sort") String sort,
            @Parameter(
                            description = "Only letter requests in this status.",
                            schema = @Schema(implementation = LetterStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only the letter request of this attending.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("attendingId")
                    String attendingId,
            @Parameter(description = "Only letters of this type.", schema = @Schema(implementation = LetterType.class))
                    @QueryParam("letterType")
                    String letterType) {
        return letters.list(
                user.id(),
                paging.request(sort, LetterService.SORTABLE, LetterService.DEFAULT_SORT),
                new LetterService.Filter(
                        QueryParams.enumValue("status", status, LetterStatus.class),
                        QueryParams.uuid("attendingId", attendingId),
                        QueryParams.enumValue("letterType", letterType, LetterType.class)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLetter", summary = "One letter request, with its dated history")
    @APIResponse(
            responseCode = "200",
            description = "The letter request; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = LetterDto.class)))
    public Response get(@PathParam("id") UUID id) {
        LetterDto letter = letters.get(user.id(), id);
        return Etags.ok(letter);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateLetter",
            summary = "Replace the writable fields of a letter request",
            description =
                    "status and history are ignored here: use the transitions operation. Setting waivedRightToSee cannot be "
                            + "undone (ask the applicant first); once true, false or null answers 409. Send If-Match with the ETag you "
                            + "read; a stale one answers 412 and changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Updated.",
            content = @Content(schema = @Schema(implementation = LetterDto.class)))
    @APIResponse(
            responseCode = "409",
            description = "The waiver would be undone, the attending already has another letter "
                    + "request, the ERAS Letter ID is used by another letter request, or the letter stayed in a season "
                    + "you left (leftInSeason set: kept as that season's record).")
    @APIResponse(
            responseCode = "422",
            description =
                    "Breaks a rule, with a sentence naming the field: in OB/GYN a SLOE writer would also have a "
                            + "narrative request (standardized); an IMPORTED letter would lose its letterDatedOn; or letterDatedOn is more than 7 years back.")
    public Response update(
            @PathParam("id") UUID id, @Valid @NotNull LetterInput input, @HeaderParam("If-Match") String ifMatch) {
        LetterDto letter = letters.update(user.id(), id, input, ifMatch);
        return Etags.ok(letter);
    }

    @POST
    @Path("/{id}/transitions")
    @Operation(
            operationId = "transitionLetter",
            summary = "Move a letter request to its next status",
            description = "Allowed moves: CANDIDATE → SIGNALED, ASKED or IMPORTED; SIGNALED → ASKED; ASKED → AGREED, "
                    + "DECLINED or BOUNCED; AGREED → PACKET_SENT → REQUESTED_IN_ERAS → RECEIVED; REQUESTED_IN_ERAS → "
                    + "BOUNCED; WITHDRAWN from SIGNALED, ASKED, AGREED, PACKET_SENT or REQUESTED_IN_ERAS. IMPORTED needs "
                    + "the letter's letterDatedOn, at most 7 years back (else 422). Any other move answers 409 "
                    + "(urn:lorkit:problem:invalid-transition) whose `allowedNext` lists the states allowed from the current one. "
                    + "Each move is appended to the history with `at` (default now; the app sends the chosen day at 12:00 in "
                    + "your time zone). Refused with 422 and a sentence naming the days: `at` in the future (5 minutes of "
                    + "clock skew aside), before the move that stands before it, or REQUESTED_IN_ERAS before the ERAS opening "
                    + "day of your target sheet (\"ERAS opens on June 2, 2027; a letter cannot be requested there before "
                    + "then.\"). A mistaken move is fixed with POST /api/v1/letters/{id}/corrections. RECEIVED sets receivedOn (that day in the profile's time zone) when empty; DECLINED sets "
                    + "commitment to DECLINED when empty. If-Match is optional; a stale one answers 412. Send an Idempotency-Key so "
                    + "that a replay of the same change answers the first response instead of 409.")
    @APIResponse(
            responseCode = "200",
            description = "Moved; the answer carries the new history entry.",
            content = @Content(schema = @Schema(implementation = LetterDto.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not an allowed move from the current status, or the letter stayed in a season you left "
                    + "(leftInSeason set: it takes no more moves; allowedNext is empty).",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalidTransition", value = """
                            {"type": "urn:lorkit:problem:invalid-transition", "title": "Status change not allowed", "status": 409,
                             "detail": "A letter request cannot move from ASKED to RECEIVED; allowed next: AGREED, DECLINED, BOUNCED, WITHDRAWN.",
                             "allowedNext": ["AGREED", "DECLINED", "BOUNCED", "WITHDRAWN"]}""")))
    @APIResponse(
            responseCode = "422",
            description = "`at` in the future, before the move before it, a request in ERAS before ERAS opens, or "
                    + "IMPORTED without letterDatedOn or with one more than 7 years back.")
    public Response transition(
            @PathParam("id") UUID id,
            @Valid @NotNull TransitionInput input,
            @Parameter(description = "The ETag of the version you saw (optional).") @HeaderParam("If-Match")
                    String ifMatch,
            @Parameter(
                            description =
                                    "Any string of 1 to 128 characters, unique per change (a UUID is good). A replay with the "
                                            + "same key (offline outbox) answers the first response and records nothing new.")
                    @HeaderParam(IdempotentCreates.HEADER)
                    String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.once(
                owner,
                idempotencyKey,
                "/api/v1/letters/" + id + "/transitions",
                200,
                input,
                () -> {
                    LetterDto letter = letters.transition(owner, id, input, ifMatch);
                    return Created.in("/api/v1/letters", letter);
                },
                letterId -> letters.get(owner, letterId));
    }

    @POST
    @Path("/{id}/corrections")
    @Operation(
            operationId = "correctLetter",
            summary = "Correct the last move of a letter request",
            description =
                    "Undo the last move that stands (to = the status before it) or replace it by the move meant (to = "
                            + "another status that the one before allows: ASKED → AGREED corrected to DECLINED). The history keeps "
                            + "the corrected move and appends the correction with correction: true; nothing is ever removed. `at` "
                            + "defaults to the corrected move's own time; it must not be in the future or before the move before "
                            + "it, and REQUESTED_IN_ERAS not before the ERAS opening day of your target sheet (422, a sentence with "
                            + "the days). What the corrected move set by itself is undone: receivedOn after RECEIVED, the DECLINED "
                            + "commitment after DECLINED. Several corrections in a row go back move by move; with no move left "
                            + "standing the answer is 409. If-Match is required (400 without it, 412 when stale).")
    @APIResponse(
            responseCode = "200",
            description = "Corrected; the answer carries the history with the correction.",
            content = @Content(schema = @Schema(implementation = LetterDto.class)))
    @APIResponse(responseCode = "400", description = "No If-Match, or an invalid body.")
    @APIResponse(
            responseCode = "409",
            description = "No move to correct, `to` is neither the status before the last "
                    + "move nor one that status allows (allowedNext lists those a correction may lead to), or the "
                    + "letter stayed in a season you left (leftInSeason set).",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "nothingToCorrect", value = """
                            {"type": "urn:lorkit:problem:invalid-transition", "title": "Status change not allowed", "status": 409,
                             "detail": "There is no move to correct: this letter is at candidate with no move standing since it was created.",
                             "allowedNext": []}""")))
    @APIResponse(
            responseCode = "422",
            description = "`at` in the future, before the move before it, a request in ERAS before ERAS opens, or "
                    + "IMPORTED without letterDatedOn or with one more than 7 years back.")
    public Response correct(
            @PathParam("id") UUID id,
            @Valid @NotNull CorrectionInput input,
            @Parameter(description = "The ETag of the version you corrected (required).") @HeaderParam("If-Match")
                    String ifMatch,
            @Parameter(
                            description =
                                    "Any string of 1 to 128 characters, unique per correction. A replay with the same key "
                                            + "answers the first response and corrects nothing more.")
                    @HeaderParam(IdempotentCreates.HEADER)
                    String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.once(
                owner,
                idempotencyKey,
                "/api/v1/letters/" + id + "/corrections",
                200,
                input,
                () -> {
                    LetterDto letter = letters.correct(owner, id, input, ifMatch);
                    return Created.in("/api/v1/letters", letter);
                },
                letterId -> letters.get(owner, letterId));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteLetter",
            summary = "Delete a letter request with its history",
            description =
                    "When programs have this letter assigned, the delete is refused with 409 (urn:lorkit:problem:referenced) "
                            + "unless cascade=true: then it is removed from those programs. A letter assigned to a locked program "
                            + "cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(
            responseCode = "409",
            description = "Assigned to programs (and cascade was not asked for), or to a locked program.")
    public Response delete(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(
                            description =
                                    "true: remove it from the (unlocked) programs it is assigned to, then delete it.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("cascade")
                    String cascade) {
        letters.delete(user.id(), id, ifMatch, Boolean.TRUE.equals(QueryParams.bool("cascade", cascade)));
        return Response.noContent().build();
    }
}
