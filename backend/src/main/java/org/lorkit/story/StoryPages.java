package org.lorkit.story;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pages of one applicant's stories read at one revision of her account (kept by
 * {@link org.lorkit.platform.AccountRevisionCache}): she reads her first page again and again between two
 * writes, and each write moves the revision and so starts a new, empty set of pages. A few pages per
 * account at most, the first ones read: a client walking every page and filter would otherwise fill the
 * memory with pages nobody reads twice.
 */
final class StoryPages {

    static final int MOST_PER_ACCOUNT = 4;

    private final ConcurrentHashMap<String, StoryPage> pages = new ConcurrentHashMap<>();

    /** The page the request {@code key} names if kept, else null. */
    StoryPage kept(String key) {
        return pages.get(key);
    }

    /** The page the request {@code key} names, read by {@code read} unless kept. */
    StoryPage page(String key, Supplier<StoryPage> read) {
        StoryPage kept = pages.get(key);
        if (kept != null) {
            return kept;
        }
        StoryPage page = read.get();
        if (pages.size() < MOST_PER_ACCOUNT) {
            // Two requests may read the same page at once: either is the same page.
            pages.putIfAbsent(key, page);
        }
        return page;
    }
}
