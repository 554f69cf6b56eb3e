package org.lorkit.datarights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.ProblemException;

@Path("/api/v1")
@Tag(name = "Profile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class DataRightsResource {

    @Inject
    DataRightsService rights;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/export")
    @Operation(
            operationId = "exportAccount",
            summary = "Export everything of mine as one JSON document",
            description =
                    "Profile, rotations, attendings with their dates, stories with witnesses, feedback, letters with their "
                            + "history, programs with their letters, and coaching data (ticks, messages sent, check-ins, red-flag checks). "
                            + "POST it to /api/v1/import to restore it into an empty account.")
    @APIResponse(
            responseCode = "200",
            description = "The document.",
            content = @Content(schema = @Schema(implementation = AccountExport.class)))
    public Response export() {
        return Response.ok(rights.export(user.id()))
                .header("Content-Disposition", "attachment; filename=\"lorkit-export.json\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            extensions = @Extension(name = "x-lorkit-scope", value = "account"),
            operationId = "importAccount",
            summary = "Restore an export into my (empty) account",
            description =
                    "All or nothing, in one transaction. The account must be empty (no profile, records or coaching data): "
                            + "else 409. A malformed document, a missing value or a reference to a record the document does not hold "
                            + "answers 400 naming the field; a formatVersion newer than this server reads answers 422. Ids are kept when "
                            + "none is taken on this server; otherwise every id gets a new value, consistently. Answers the export of the "
                            + "restored account.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AccountExport.class)))
    @APIResponse(
            responseCode = "200",
            description = "Restored; the account as it is now.",
            content = @Content(schema = @Schema(implementation = AccountExport.class)))
    @APIResponse(responseCode = "409", description = "The account is not empty; nothing was changed.")
    @APIResponse(responseCode = "422", description = "The document is of a newer format version; nothing was changed.")
    public AccountExport importAccount(JsonNode body) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("body", "must be a LORkit export document (a JSON object)");
        }
        JsonNode version = body.get("formatVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw ProblemException.invalid("formatVersion", "is required: the number of the export format (1)");
        }
        if (version.intValue() > AccountExport.FORMAT_VERSION) {
            throw ProblemException.ruleBroken(
                    "formatVersion",
                    "this server reads export format " + AccountExport.FORMAT_VERSION
                            + " and older; the document is format " + version.intValue()
                            + ". Import it on a newer LORkit.");
        }
        if (version.intValue() < 1) {
            throw ProblemException.invalid("formatVersion", "must be 1 or more");
        }
        AccountExport doc = json.treeToValue(body, AccountExport.class);
        return rights.importInto(user.id(), doc);
    }
}
