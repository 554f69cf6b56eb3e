package org.lorkit.packet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.profile.ProfileService;

@Path("/api/v1/writer-forms")
@Tag(name = "Coaching")
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class WriterFormsResource {

    @Inject
    WriterForms forms;

    @Inject
    ProfileService profiles;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listWriterForms",
            summary = "The forms letter writers fill in, their fields, and which of your writers fill in each",
            description =
                    "Every form in LORkit's catalogue (a short, fixed list, not paged), in a fixed order: eSLOE 2.0, "
                            + "OB/GYN SLOE, orthopaedic and ENT letters, the narrative letter (six ACGME competencies) and the "
                            + "2027 portal pilot's form. Field keys are what stories and feedback take in formFields. A writer "
                            + "with a standardized letter request (not declined, bounced or withdrawn) fills in the standardized "
                            + "letter of your target specialty; every other writer a narrative letter. Forms whose field list "
                            + "could not be confirmed are marked unverified.")
    public List<WriterFormDto> list() {
        return forms.catalogue(user.id(), profiles.facts(user.id()).targetSpecialty());
    }
}
