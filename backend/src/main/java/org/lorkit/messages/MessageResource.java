package org.lorkit.messages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.coaching.MessageKind;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.QueryParams;

@Path("/api/v1/messages")
@Tag(name = "Coaching")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class MessageResource {

    @Inject
    MessageService messages;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "getMessages",
            summary = "Scripts and emails for one writer",
            description =
                    "Filled in from your data: names, specialty, dates worked together, your stories, the submission "
                            + "target and the soft deadline (the letter's own, else 21 days before submission). Emails carry a mailto: "
                            + "link. Name the letter (letterId) or the attending (attendingId); without kind every kind is answered. "
                            + "An unknown kind answers 400 naming the allowed ones; a letter or attending that is not yours answers 404. "
                            + "Only this writer's stories and feedback are quoted (stories they witnessed). Salutations use the writer's "
                            + "greeting (\"Dear Dr. Mitchell,\"); a month carries its year unless it is still ahead this year. Emails go "
                            + "to the writer, or to their coordinator when the writer has no email (then cc is null); cc is the "
                            + "coordinator when both exist; to is null only when neither exists, and the tip says so. REMINDER is "
                            + "offered only while a reminder is due by the rules (GET /api/v1/reminders): otherwise it is left out, "
                            + "also when asked for by kind (then messages is empty); it asks for the soft deadline while that lies "
                            + "ahead, never for a day already past.")
    @APIResponse(
            responseCode = "200",
            description = "The messages.",
            content = @Content(schema = @Schema(implementation = MessageDtos.Messages.class)))
    @APIResponse(responseCode = "404", description = "letterId or attendingId names nothing of yours.")
    @APIResponse(
            responseCode = "409",
            description = "letterId names a letter request that stayed in a season you left (leftInSeason set).")
    @APIResponse(
            responseCode = "422",
            description =
                    "shareUrl is not a live writer's link of this letter (another letter's, revoked, ended or unknown).")
    public MessageDtos.Messages get(
            @Parameter(description = "Only this kind of message.", schema = @Schema(implementation = MessageKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "The letter request the message is about.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("letterId")
                    String letterId,
            @Parameter(
                            description = "The writer, when there is no letter request yet.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("attendingId")
                    String attendingId,
            @Parameter(
                            description = "A writer's page link of this letter (the url POST /api/v1/share-links "
                                    + "answered): the packet email and the formal request then hand it to the writer in one "
                                    + "sentence. It must be a live writer link of letterId, else 422.")
                    @QueryParam("shareUrl")
                    String shareUrl) {
        return messages.render(
                user.id(),
                QueryParams.enumValue("kind", kind, MessageKind.class),
                QueryParams.uuid("letterId", letterId),
                QueryParams.uuid("attendingId", attendingId),
                shareUrl);
    }

    @POST
    @Path("/sent")
    @Operation(
            operationId = "recordSentMessage",
            summary = "Record that a message went out",
            description =
                    "Feeds the letter and the reminder rules: SOFT_SIGNAL, DIRECT_ASK, PACKET_EMAIL and FORMAL_REQUEST move "
                            + "the letter to SIGNALED, ASKED, PACKET_SENT and REQUESTED_IN_ERAS when the flow allows it (the history "
                            + "keeps the day); REMINDER adds the day to remindersSent; THANK_YOU_SUBMISSION, INTERVIEW_UPDATE and "
                            + "MATCH_UPDATE set the letter's thank-you dates; THANK_YOU_RECEIVED answers the thank-you prompt. "
                            + "Recording the same message for the same day again changes nothing (safe to replay).")
    @APIResponse(
            responseCode = "200",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = MessageDtos.Sent.class)))
    @APIResponse(responseCode = "404", description = "letterId or attendingId names nothing of yours.")
    @APIResponse(
            responseCode = "409",
            description = "The kind needs a letter request and this writer has none (of the season you follow), or "
                    + "letterId names one that stayed in a season you left (leftInSeason set).")
    public MessageDtos.Sent sent(@Valid @NotNull MessageDtos.SentInput input) {
        return messages.recordSent(user.id(), input);
    }
}
