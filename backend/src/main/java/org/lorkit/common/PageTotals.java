package org.lorkit.common;

import java.util.function.LongSupplier;

/**
 * The total of a paged list without a count query when the page itself proves it: a page that holds at least one
 * item but fewer than its size is the last one, so the total is the items before it plus its own. Otherwise (a
 * full page, or an empty page past the first, which says nothing about how many came before) the count runs.
 */
public final class PageTotals {

    private PageTotals() {}

    public static long total(int page, int size, int itemsOnPage, LongSupplier count) {
        boolean lastPage = itemsOnPage < size && (itemsOnPage > 0 || page == 0);
        return lastPage ? (long) page * size + itemsOnPage : count.getAsLong();
    }
}
