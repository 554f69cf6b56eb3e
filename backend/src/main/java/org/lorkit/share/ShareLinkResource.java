package org.lorkit.share;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;
import org.lorkit.common.PageParams;
import org.lorkit.idempotency.Created;
import org.lorkit.idempotency.IdempotentCreates;

@Path(ShareLinkResource.COLLECTION)
@Tag(name = "Sharing")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class ShareLinkResource {

    static final String COLLECTION = "/api/v1/share-links";

    @Inject
    ShareLinkService links;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createShareLink",
            summary = "Make a link to share",
            description = "WRITER: the page for one letter's writer (letterId of yours, else 404): their packet, the "
                    + "upload steps and three answers. It lasts until the letter is received (or final), and a new writer "
                    + "link for the same letter ends the earlier one, so an old forwarded mail stops working. A letter "
                    + "that is received or final, or stayed in a season you left, answers 409. ADVISER: a read-only "
                    + "view of your letters board, portfolio check, plan and deadlines; label (who it is for) is "
                    + "required; expiresOn defaults to today + 30 days and may be at most today + 180; story and "
                    + "feedback text show only with showStories / showFeedback. The answer's url is the only time the "
                    + "address is shown: only its hash is stored (a replay with the same Idempotency-Key answers the "
                    + "link without it).")
    @APIResponse(
            responseCode = "201",
            description = "Made. Location names the link; url holds the address to send.",
            content = @Content(schema = @Schema(implementation = ShareLinkDto.class)))
    @APIResponse(responseCode = "404", description = "letterId names nothing of yours.")
    @APIResponse(
            responseCode = "409",
            description = "The letter is received or final, or stayed in a season you left: no writer link for it.")
    public Response create(
            @Valid @NotNull ShareLinkInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                COLLECTION,
                input,
                () -> Created.in(COLLECTION, links.create(owner, input)),
                // A replay answers the link as it is now, without its url: only the first answer ever shows it.
                id -> links.get(owner, id));
    }

    @GET
    @Operation(
            operationId = "listShareLinks",
            summary = "The links I shared",
            description = "Newest first, ended, expired and revoked ones included, each with how often and when it "
                    + "was last opened. url is always null here.")
    @APIResponse(
            responseCode = "200",
            description = "One page of links.",
            content = @Content(schema = @Schema(implementation = ShareLinkPage.class)))
    public ShareLinkPage list(@BeanParam PageParams paging) {
        return links.list(user.id(), paging.request(null, ShareLinkService.SORTABLE, "createdAt,desc"));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getShareLink", summary = "One link I shared (url is null)")
    @APIResponse(
            responseCode = "200",
            description = "The link; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = ShareLinkDto.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(links.get(user.id(), id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeShareLink",
            summary = "Revoke a link at once",
            description = "The link stops opening now (404 for whoever has it). The record stays in your list as "
                    + "REVOKED; revoking again answers 204 too. With If-Match, a stale ETag answers 412.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revoke(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        links.revoke(user.id(), id, ifMatch);
        return Response.noContent().build();
    }
}
