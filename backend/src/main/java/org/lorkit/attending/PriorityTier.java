package org.lorkit.attending;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PriorityTier",
        description = "Derived from the role: how much a letter from this writer usually weighs for an IMG. "
                + "PROGRAM_DIRECTOR and ASSOCIATE_PROGRAM_DIRECTOR → HIGHEST; CORE_FACULTY and CLERKSHIP_DIRECTOR → HIGH; "
                + "COMMUNITY_ATTENDING and RESEARCH_MENTOR → MEDIUM; FELLOW_OR_RESIDENT → LOW, with a warning.")
public record PriorityTier(
        @Schema(examples = "HIGH") Tier tier,

        @Schema(description = "Why, in plain words.", examples = "Core faculty know what residents are expected to do.")
        String reason,

        @Schema(
                description = "A caution about this writer; null when there is none.",
                nullable = true,
                examples = "A fellow or resident usually cannot upload a letter as its official author.")
        String warning) {

    @Schema(name = "Tier", description = "HIGHEST, HIGH, MEDIUM, LOW (best first).")
    public enum Tier {
        HIGHEST,
        HIGH,
        MEDIUM,
        LOW
    }

    static PriorityTier of(AttendingRole role) {
        return switch (role) {
            case PROGRAM_DIRECTOR, ASSOCIATE_PROGRAM_DIRECTOR ->
                new PriorityTier(Tier.HIGHEST, "Program leadership takes part in selecting residents.", null);
            case CORE_FACULTY ->
                new PriorityTier(Tier.HIGH, "Core faculty know what residents are expected to do.", null);
            case CLERKSHIP_DIRECTOR ->
                new PriorityTier(
                        Tier.HIGH,
                        "A clerkship director compares you with many students; the letter carries weight.",
                        null);
            case COMMUNITY_ATTENDING ->
                new PriorityTier(
                        Tier.MEDIUM, "A strong letter helps, though the name is less known to programs.", null);
            case RESEARCH_MENTOR ->
                new PriorityTier(
                        Tier.MEDIUM,
                        "Useful as an optional extra letter on work habits and communication; it cannot replace clinical letters.",
                        null);
            case FELLOW_OR_RESIDENT ->
                new PriorityTier(
                        Tier.LOW,
                        "Trainees can describe your daily work but carry little weight.",
                        "A fellow or resident usually cannot upload a letter as its official author: ask the supervising attending instead, "
                                + "or to co-sign.");
        };
    }
}
