package org.lorkit.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.admin.AdminDtos.AdminStats;
import org.lorkit.admin.AdminDtos.AdminUser;
import org.lorkit.admin.AdminDtos.AdminUserPage;
import org.lorkit.auth.TokenService;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;
import org.lorkit.common.PageParams;
import org.lorkit.common.Problem;

@Path("/api/v1/admin")
@Tag(
        name = "Admin",
        description = "Operating this LORkit: accounts and counts. Admins never see applicants' stories or notes.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenService.ADMIN)
@SecurityRequirement(name = "bearerAuth")
public class AdminResource {

    @Inject
    AdminService admin;

    @Inject
    CurrentUser user;

    @GET
    @Path("/users")
    @Operation(
            operationId = "adminListUsers",
            summary = "All accounts, newest first",
            description = "Paginated. Identity, state and counts only. sort is one of createdAt, email, displayName "
                    + "with ,asc or ,desc (default createdAt,desc); q filters by a part of the email or the name.")
    @APIResponse(
            responseCode = "200",
            description = "One page of accounts.",
            content = @Content(schema = @Schema(implementation = AdminUserPage.class)))
    public AdminUserPage users(
            @BeanParam PageParams paging,
            @Parameter(description = "field,direction", example = "createdAt,desc") @QueryParam("sort") String sort,
            @Parameter(description = "Part of the email or display name, any case.", example = "perez") @QueryParam("q")
                    String q) {
        return admin.list(paging.request(sort, AdminService.SORTABLE, AdminService.DEFAULT_SORT), q);
    }

    @GET
    @Path("/users/{id}")
    @Operation(operationId = "adminGetUser", summary = "One account (identity, state and counts)")
    @APIResponse(
            responseCode = "200",
            description = "The account; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = AdminUser.class)))
    public Response get(@PathParam("id") UUID id) {
        AdminUser account = admin.get(id);
        return Etags.ok(account);
    }

    @POST
    @Path("/users/{id}/disable")
    @Operation(
            operationId = "adminDisableUser",
            summary = "Disable an account",
            description =
                    "It can no longer log in or refresh; its sessions are revoked and its access tokens stop working "
                            + "at once. Nothing is deleted. Disabling a disabled account changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The account, now disabled.",
            content = @Content(schema = @Schema(implementation = AdminUser.class)))
    @APIResponse(
            responseCode = "409",
            description = "You cannot disable your own account.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdminUser disable(@PathParam("id") UUID id) {
        return admin.disable(user.id(), id);
    }

    @POST
    @Path("/users/{id}/enable")
    @Operation(
            operationId = "adminEnableUser",
            summary = "Enable a disabled account",
            description = "The applicant logs in again; sessions revoked when it was disabled stay ended.")
    @APIResponse(
            responseCode = "200",
            description = "The account, now enabled.",
            content = @Content(schema = @Schema(implementation = AdminUser.class)))
    public AdminUser enable(@PathParam("id") UUID id) {
        return admin.enable(user.id(), id);
    }

    @DELETE
    @Path("/users/{id}")
    @Operation(
            operationId = "adminDeleteUser",
            summary = "Delete an account and all its data",
            description =
                    "Irreversible: the account and everything it owns are deleted (restore from a backup otherwise).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(
            responseCode = "409",
            description = "You cannot delete your own account here.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the account as you last read it (optional).") @HeaderParam("If-Match")
                    String ifMatch) {
        admin.delete(user.id(), id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/stats")
    @Operation(
            operationId = "adminGetStats",
            summary = "Counts of accounts and stories",
            description =
                    "Counts only: accounts, admins, disabled accounts, accounts active in the last 30 days, stories.")
    @APIResponse(
            responseCode = "200",
            description = "The counts now.",
            content = @Content(schema = @Schema(implementation = AdminStats.class)))
    public AdminStats stats() {
        return admin.stats();
    }
}
