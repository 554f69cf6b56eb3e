package org.lorkit.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.QueryParams;

@Path("/api/v1/calendar")
@Tag(name = "Coaching")
public class CalendarResource {

    public static final String ICS = "text/calendar";

    @Inject
    CalendarService calendar;

    @Inject
    CurrentUser user;

    @Schema(
            name = "CalendarFeed",
            description = "The private feed address. Keep it secret: anyone with it can read the feed.")
    public record Feed(
            @Schema(
                    description = "Subscribe to this path on the API's host.",
                    examples = "/api/v1/calendar/q3Zk...Yw.ics")
            String path,

            @Schema(description = "The token itself (shown once; only its hash is stored).")
            String token,

            @Schema(
                    description = "When the address stops working, if it was made with validDays; null: it "
                            + "works until replaced, a password change, \"log out everywhere\" or the account's end.",
                    nullable = true,
                    readOnly = true)
            Instant expiresAt) {}

    @POST
    @Path("/token")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("applicant")
    @SecurityRequirement(name = "bearerAuth")
    @Operation(
            operationId = "rotateCalendarToken",
            summary = "Create or replace my private calendar feed address",
            description =
                    "Answers a new feed address with a 256-bit random token; the previous address stops working at once. "
                            + "The address also stops working after validDays (when given), a password change, "
                            + "\"log out everywhere\", the account being disabled or deleted.")
    @APIResponse(
            responseCode = "200",
            description = "The new feed address.",
            content = @Content(schema = @Schema(implementation = Feed.class)))
    @APIResponse(responseCode = "400", description = "validDays is not 1 to 366.")
    public Feed rotate(
            @Parameter(
                            description = "Days from now after which the address stops working (1 to 366); leave out "
                                    + "for no end of its own. A query parameter, so that the POST needs no body.",
                            example = "120",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "366"))
                    @QueryParam("validDays")
                    String validDays) {
        CalendarService.Minted minted = calendar.rotate(user.id(), QueryParams.integer("validDays", validDays, 1, 366));
        return new Feed("/api/v1/calendar/" + minted.token() + ".ics", minted.token(), minted.expiresAt());
    }

    @GET
    @Path("/{token}.ics")
    @Produces(ICS + ";charset=utf-8")
    @PermitAll
    @Operation(
            operationId = "getCalendarFeed",
            summary = "My private calendar feed (iCalendar)",
            description =
                    "No Authorization header: the token in the address is the secret (calendar apps cannot send one). "
                            + "All-day events (RFC 5545) for rotations, open checkpoints, soft deadlines, reminder days, the submission "
                            + "target and Match Day; each with a stable UID. An unknown or replaced token answers 404.")
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content = @Content(mediaType = ICS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "No feed has this address (never created, replaced, past its end, ended with the "
                    + "sessions, or the account is disabled).")
    public Response feed(
            @Parameter(
                            description = "The token of the feed address.",
                            example = "q3Zk5fG0xYw2l8mPnR4tV7bC1dE9hJ6kL0oS3uA2iQw")
                    @PathParam("token")
                    String token) {
        return Response.ok(calendar.feed(token), ICS + ";charset=utf-8")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
