package org.lorkit.packet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.CRC32;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;

@Path("/api/v1/attendings/{id}/packet")
@Tag(name = "Coaching")
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class PacketResource {

    public static final String MARKDOWN = "text/markdown";
    public static final String PDF = "application/pdf";
    public static final String JSON = "application/json";
    public static final String WITHHELD_HEADER = "LORkit-Stories-Withheld";
    public static final String OWN_HEADER = "LORkit-Stories-Own";
    public static final String SHORT_HEADER = "LORkit-Stories-Short";

    @Inject
    PacketService packets;

    @Inject
    CurrentUser user;

    @GET
    @Produces({MARKDOWN + ";charset=utf-8", "text/html;charset=utf-8", PDF, JSON})
    @Operation(
            operationId = "getPacket",
            summary = "The talking-points sheet for one writer",
            description =
                    "One sheet for the writer, chosen by Accept: text/markdown (default), text/html (printable) or "
                            + "application/pdf (always exactly one US Letter sheet). It holds the dates worked together and your role, "
                            + "up to 5 stories (marked for packets and witnessed by this attending, newest first; never a story "
                            + "only another writer saw), feedback and how you improved, the strengths from your profile, the timeline with "
                            + "the soft deadline, and the ERAS upload note (by the writer or a designee, never you; PDF of at most 1 MB). "
                            + "Stories whose privacy warnings are unresolved are left out: the header LORkit-Stories-Withheld and a "
                            + "line in the document say how many. With fewer than 3 stories of this writer's own, "
                            + "LORkit-Stories-Short is true and the Markdown and HTML preview open with a note for you (never on the "
                            + "PDF); LORkit-Stories-Own counts them. The ETag changes whenever the content does. "
                            + "A writer with a standardized letter request (not ended) fills in the form of the target "
                            + "specialty (eSLOE 2.0, OB/GYN SLOE, orthopaedic or ENT letter, the portal pilot's form): the "
                            + "sheet is then laid out by that form's fields, with 'No evidence yet.' under empty ones; "
                            + "other writers get the narrative sheet. application/json gives the same packet as data: "
                            + "the form, every field with its evidence, fieldsWithoutEvidence and the upload rules of the "
                            + "writer's service.")
    @APIResponse(
            responseCode = "200",
            description = "The packet.",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = WITHHELD_HEADER,
                        description = "How many stories were left out for unresolved privacy warnings.",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = OWN_HEADER,
                        description = "How many stories marked for packets this writer witnessed (all of "
                                + "them, also beyond the 5 shown).",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = SHORT_HEADER,
                        description = "true when this writer witnessed fewer than 3 of them: link to " + "logging one.",
                        schema = @Schema(type = SchemaType.BOOLEAN))
            },
            content = {
                @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = JSON, schema = @Schema(implementation = PacketDto.class))
            })
    public Response packet(@PathParam("id") UUID id, @HeaderParam("Accept") String accept) {
        Packet packet = packets.packet(user.id(), id);
        String markdown = packet.markdown();
        CRC32 crc = new CRC32();
        crc.update(markdown.getBytes(StandardCharsets.UTF_8));
        Response.ResponseBuilder answer;
        String wanted = accept == null ? "" : accept.toLowerCase();
        if (prefers(wanted, JSON)) {
            // The data holds more than the sheet (tags, placements of a narrative writer): its own ETag.
            PacketDto data = PacketDto.of(id, packet);
            CRC32 dataCrc = new CRC32();
            dataCrc.update(data.toString().getBytes(StandardCharsets.UTF_8));
            return Response.ok(data, JSON)
                    .header("ETag", "\"j" + dataCrc.getValue() + "\"")
                    .header(WITHHELD_HEADER, packet.storiesWithheld())
                    .header(OWN_HEADER, packet.storiesOwn())
                    .header(SHORT_HEADER, packet.storiesShort())
                    .build();
        }
        if (prefers(wanted, PDF)) {
            answer = Response.ok(PacketPdf.render(packet), PDF)
                    .header("Content-Disposition", "inline; filename=\"talking-points.pdf\"");
        } else if (prefers(wanted, "text/html")) {
            answer = Response.ok(packet.html(), "text/html;charset=utf-8");
        } else {
            answer = Response.ok(markdown, MARKDOWN + ";charset=utf-8");
        }
        return answer.header("ETag", "\"" + crc.getValue() + "\"")
                .header(WITHHELD_HEADER, packet.storiesWithheld())
                .header(OWN_HEADER, packet.storiesOwn())
                .header(SHORT_HEADER, packet.storiesShort())
                .build();
    }

    /** The first of PDF, HTML, Markdown and JSON named in Accept wins (clients list one); anything else gets Markdown. */
    private static boolean prefers(String accept, String type) {
        int at = accept.indexOf(type);
        if (at < 0) {
            return false;
        }
        for (String other : new String[] {PDF, "text/html", MARKDOWN, JSON}) {
            int o = accept.indexOf(other);
            if (!other.equals(type) && o >= 0 && o < at) {
                return false;
            }
        }
        return true;
    }
}
