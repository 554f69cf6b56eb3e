package org.lorkit.letter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WriterWord",
        description = "What the writer said on their shared page, and when. Their word, not the letter's status: "
                + "you confirm received yourself.")
public record WriterWordDto(
        WriterAnswer answer,

        @Schema(nullable = true, maxLength = 500, examples = "uploaded tonight from the clinic, hope it helps!")
        String note,

        @Schema(examples = "2027-09-02T21:14:00Z") Instant saidAt) {

    public static WriterWordDto of(WriterWord w) {
        return new WriterWordDto(w.answer, w.note, w.saidAt);
    }
}
