package org.lorkit;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.Problem;

/** Document-level facts of the contract; per-operation error answers come from ProblemResponsesFilter. */
@OpenAPIDefinition(
        info = @Info(title = "LORkit API", version = "1.0.0"),
        tags = {
            @Tag(name = "Auth", description = "Accounts and sessions."),
            @Tag(name = "Stories", description = "Memorable cases and moments a letter writer can quote."),
            @Tag(name = "Admin", description = "Operating this LORkit: accounts and counts. Admins never see applicants' stories or notes.")
        },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class LorkitApi {
}
