package org.lorkit.story;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quick capture: a story typed as one sentence gets that sentence as its title. */
final class StoryTitles {

    static final int MAX = 200;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?)(?:[.!?](?:\\s|$)|\\n|$)", Pattern.DOTALL);

    private StoryTitles() {}

    /** The given title when present, else the first sentence of the summary; null when both are empty. */
    static String titleOf(String title, String summary) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (summary == null || summary.isBlank()) {
            return null;
        }
        Matcher m = FIRST_SENTENCE.matcher(summary.strip());
        String sentence = m.find() ? m.group(1).strip() : summary.strip();
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX - 1);
        return sentence.substring(0, cut > 40 ? cut : MAX - 1).strip() + "…";
    }
}
