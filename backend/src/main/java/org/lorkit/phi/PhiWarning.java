package org.lorkit.phi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A likely patient identifier in one text field, as the API reports it. */
@Schema(
        name = "PhiWarning",
        requiredProperties = {"field", "kind", "start", "end", "text", "reason"},
        description =
                "A likely patient identifier (HIPAA Safe Harbor list). start/end are UTF-16 offsets into the field's text, end exclusive.")
public record PhiWarning(
        @Schema(description = "Which input field holds it.", examples = "summary")
        String field,

        PhiKind kind,
        @Schema(examples = "12") int start,
        @Schema(examples = "27") int end,

        @Schema(description = "The flagged words.", examples = "MRN 00482913")
        String text,

        @Schema(description = "Why it looks like an identifier.", examples = "labelled medical record number")
        String reason) {

    static PhiWarning of(String field, PhiFinding finding) {
        return new PhiWarning(field, finding.kind(), finding.start(), finding.end(), finding.text(), finding.reason());
    }
}
