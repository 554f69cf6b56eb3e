package org.lorkit.letter;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThankYouNote", description = "A thank-you or update sent to the writer.")
public record ThankYouNote(
        @Schema(examples = "AFTER_SUBMISSION") @NotNull Occasion occasion,

        @Schema(description = "The day it was sent; not in the future.", examples = "2027-09-25") @NotNull LocalDate sentOn) {

    @Schema(
            name = "ThankYouOccasion",
            description =
                    "AFTER_SUBMISSION: thanks once ERAS is submitted; "
                            + "INTERVIEW_INVITATIONS: an update on where you interview; MATCH_DAY: where you matched, with gratitude.")
    public enum Occasion {
        AFTER_SUBMISSION,
        INTERVIEW_INVITATIONS,
        MATCH_DAY
    }
}
