package org.lorkit.story;

/**
 * How long a story's texts may be, wherever a story's text enters: the story form (create, update),
 * the account import, and the PHI check the phone runs while the applicant types. One set of numbers,
 * so a text the phone checked can always be saved, and an import holds nothing a save would refuse.
 */
public final class StoryLimits {

    public static final int TITLE = 200;
    public static final int SUMMARY = 10_000;
    public static final int DETAIL = 5_000;
    /** The longest text /phi/check reads: the longest story field. */
    public static final int CHECKED_TEXT = SUMMARY;

    private StoryLimits() {}
}
