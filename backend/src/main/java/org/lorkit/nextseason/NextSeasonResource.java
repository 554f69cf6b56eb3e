package org.lorkit.nextseason;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.TokenService;
import org.lorkit.common.CurrentUser;

@Path("/api/v1/profile/next-season")
@Tag(name = "Profile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenService.APPLICANT)
@SecurityRequirement(name = "bearerAuth")
public class NextSeasonResource {

    @Inject
    NextSeasonService nextSeason;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "startNextSeason",
            // It moves the whole account on a season: tested on its own (ReapplicantSeasonScenarioTest).
            extensions = @Extension(name = "x-lorkit-scope", value = "account"),
            summary = "Start the next season (reapplicants)",
            description = "From the Match Day of the season you follow: your target sheet moves one season on "
                    + "(season + 1, submission target one year on, your own opening day cleared), letters that are "
                    + "in are marked for import (IMPORTED, keeping their date), requests still under way are "
                    + "listed, and the season's hand-ticked checkpoints start over. What belongs to the season left "
                    + "stays there, marked with leftInSeason and read by no rule of the new season: letters too old to "
                    + "import (more than 7 years; they keep their status and no longer count), requests made in the "
                    + "service for the old application, and requests whose writer's path ended. Stories, feedback, "
                    + "rotations, writers and programs stay as they are. No body. Before that Match Day, or a second "
                    + "time, 409 with a sentence; without a season on the target sheet, 409.")
    @APIResponse(
            responseCode = "200",
            description = "The new season started; what it did.",
            content = @Content(schema = @Schema(implementation = NextSeasonDto.class)))
    @APIResponse(
            responseCode = "409",
            description = "The season followed has not reached its Match Day yet, or the target sheet names no season.")
    public NextSeasonDto start() {
        return nextSeason.start(user.id());
    }
}
