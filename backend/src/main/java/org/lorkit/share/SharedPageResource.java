package org.lorkit.share;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.ProblemResponsesFilter;
import org.lorkit.letter.WriterWordDto;

/**
 * The pages a shared link opens, for people without an account. No bearer token, no cookie; every answer
 * carries no-store, noindex and no-referrer (SharedHeaders).
 */
@Path(SharedPageResource.PATH)
@Tag(name = "Sharing")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SharedPageResource {

    public static final String PATH = "/api/v1/shared";

    @Inject
    SharedPageService pages;

    @GET
    @Path("/{token}")
    @Operation(
            operationId = "getSharedPage",
            summary = "Open a shared link (no account needed)",
            description = "Answers what the link's kind and settings allow, and counts one view. An unknown, "
                    + "expired, revoked or ended link answers 404, always with the same body. At most 30 requests a "
                    + "minute per link and 60 per client address. Answers carry Cache-Control: no-store, X-Robots-Tag: "
                    + "noindex, nofollow and Referrer-Policy: no-referrer, and never set a cookie.")
    @APIResponse(
            responseCode = "200",
            description = "The page.",
            headers = {
                @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING, examples = "no-store")),
                @Header(
                        name = "X-Robots-Tag",
                        schema = @Schema(type = SchemaType.STRING, examples = "noindex, nofollow")),
                @Header(name = "Referrer-Policy", schema = @Schema(type = SchemaType.STRING, examples = "no-referrer"))
            },
            content = @Content(schema = @Schema(implementation = SharedPage.class)))
    @APIResponse(
            responseCode = "404",
            description = "This link does not work any more (unknown, expired, revoked or ended).")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    public SharedPage get(@Parameter(description = "The token from the link.") @PathParam("token") String token) {
        return pages.open(token);
    }

    @POST
    @Path("/{token}/answers")
    @Operation(
            operationId = "answerSharedPage",
            summary = "The writer's answer: will write, can't this time, or uploaded",
            description = "Writer links only (an adviser link answers 404). Recorded as the writer's word in the "
                    + "letter's history; the letter's status does not change (the applicant confirms received). "
                    + "Location is the page itself.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = WriterWordDto.class)))
    @APIResponse(responseCode = "404", description = "This link does not work any more, or is not a writer's link.")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    public Response answer(
            @Parameter(description = "The token from the link.") @PathParam("token") String token,
            @Valid @NotNull WriterAnswerInput input) {
        WriterWordDto word = pages.answer(token, input);
        return Response.created(URI.create(PATH + "/" + token)).entity(word).build();
    }
}
