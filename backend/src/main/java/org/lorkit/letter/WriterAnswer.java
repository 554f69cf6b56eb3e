package org.lorkit.letter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a writer says on their shared page: their word, never the letter's status. */
@Schema(
        name = "WriterAnswer",
        description = "WILL_WRITE: \"I will write it\"; CANNOT_WRITE: \"I can't this time\"; UPLOADED: \"I have "
                + "uploaded it\". The writer's word only: the letter's status changes when you move it.")
public enum WriterAnswer {
    WILL_WRITE,
    CANNOT_WRITE,
    UPLOADED;

    /** How the board and the history say it, after the writer's name. */
    public String said() {
        return switch (this) {
            case WILL_WRITE -> "said they will write it";
            case CANNOT_WRITE -> "said they can't this time";
            case UPLOADED -> "said they have uploaded it";
        };
    }
}
