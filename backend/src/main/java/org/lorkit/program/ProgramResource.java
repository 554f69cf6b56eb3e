package org.lorkit.program;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;
import org.lorkit.common.PageParams;
import org.lorkit.common.QueryParams;
import org.lorkit.idempotency.Created;
import org.lorkit.idempotency.IdempotentCreates;

@Path("/api/v1/programs")
@Tag(name = "Programs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class ProgramResource {

    @Inject
    ProgramService programs;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createProgram",
            summary = "Add a program applied to",
            description = "Starts with no letters assigned. Send an Idempotency-Key so that a replay answers the first "
                    + "response and creates nothing new.")
    @APIResponse(
            responseCode = "201",
            description = "Stored. Location names the new program.",
            content = @Content(schema = @Schema(implementation = ProgramDto.class)))
    public Response create(
            @Valid @NotNull ProgramInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                "/api/v1/programs",
                input,
                () -> {
                    ProgramDto program = programs.create(owner, input);
                    return Created.in("/api/v1/programs", program);
                },
                id -> programs.get(owner, id));
    }

    @GET
    @Operation(
            operationId = "listPrograms",
            summary = "My programs",
            description =
                    "Paginated. sort is one of name, addedOn, createdAt, updatedAt with ,asc or ,desc (default name,asc). "
                            + "Filter by specialty (ignoring case) and by locked.")
    @APIResponse(
            responseCode = "200",
            description = "One page of programs with their assigned letters.",
            content = @Content(schema = @Schema(implementation = ProgramPage.class)))
    public ProgramPage list(
            @BeanParam PageParams paging,
            @Parameter(description = "field,direction", example = "addedOn,desc") @QueryParam("sort") String sort,
            @Parameter(description = "Only programs of this specialty (ignoring case).", example = "Internal Medicine")
                    @QueryParam("specialty")
                    String specialty,
            @Parameter(
                            description = "Only submitted (true) or open (false) programs.",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("locked")
                    String locked) {
        return programs.list(
                user.id(),
                paging.request(sort, ProgramService.SORTABLE, ProgramService.DEFAULT_SORT),
                new ProgramService.Filter(specialty, QueryParams.bool("locked", locked)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProgram", summary = "One program, with its letters and requirements")
    @APIResponse(
            responseCode = "200",
            description = "The program; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = ProgramDto.class)))
    public Response get(@PathParam("id") UUID id) {
        ProgramDto program = programs.get(user.id(), id);
        return Etags.ok(program);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateProgram",
            summary = "Replace the writable fields of a program",
            description =
                    "The assigned letters do not change here. An absent addedOn keeps the current one. Once locked is true "
                            + "it stays true (409). Send If-Match with the ETag you read; a stale one answers 412 and changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Updated.",
            content = @Content(schema = @Schema(implementation = ProgramDto.class)))
    @APIResponse(responseCode = "409", description = "locked would be undone.")
    public Response update(
            @PathParam("id") UUID id, @Valid @NotNull ProgramInput input, @HeaderParam("If-Match") String ifMatch) {
        ProgramDto program = programs.update(user.id(), id, input, ifMatch);
        return Etags.ok(program);
    }

    @PUT
    @Path("/{id}/letters")
    @Operation(
            operationId = "assignProgramLetters",
            summary = "Set the letters that go to this program",
            description =
                    "Replaces the whole assignment. At most 4 letters go to one program: more answers 422. Letters not "
                            + "received yet are accepted and flagged NOT_RECEIVED in the answer. A letter id that is not yours answers 404 "
                            + "naming letterIds[i]; a locked program answers 409. If-Match works as for the program itself.")
    @APIResponse(
            responseCode = "200",
            description = "Assigned; the answer shows each letter's flags and the requirements.",
            content = @Content(schema = @Schema(implementation = ProgramDto.class)))
    @APIResponse(responseCode = "409", description = "The program is locked (its application is submitted).")
    @APIResponse(responseCode = "422", description = "More than 4 letters for one program.")
    public Response assignLetters(
            @PathParam("id") UUID id,
            @Valid @NotNull AssignLettersInput input,
            @HeaderParam("If-Match") String ifMatch) {
        ProgramDto program = programs.assignLetters(user.id(), id, input, ifMatch);
        return Etags.ok(program);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteProgram",
            summary = "Delete a program",
            description = "Its letter assignments go with it; the letters themselves stay.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        programs.delete(user.id(), id, ifMatch);
        return Response.noContent().build();
    }
}
