package org.lorkit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** A page that proves its list's total spares the count query; any other page still asks the database. */
class PageTotalsUnitTest {

    private final AtomicInteger counted = new AtomicInteger();

    /** The database's answer, 47 stories, and a note that it was asked. */
    private final LongSupplier count = () -> {
        counted.incrementAndGet();
        return 47;
    };

    @Test
    void aFirstPageThatIsNotFullIsTheWholeListSoNoCountRuns() {
        assertEquals(7, PageTotals.total(0, 20, 7, count));
        assertEquals(0, counted.get());
    }

    @Test
    void anEmptyFirstPageMeansNothingIsThereSoNoCountRuns() {
        assertEquals(0, PageTotals.total(0, 20, 0, count));
        assertEquals(0, counted.get());
    }

    @Test
    void aPartLastPageAddsItsItemsToTheFullPagesBeforeIt() {
        // 47 stories at 20 a page: page 2 holds 7.
        assertEquals(47, PageTotals.total(2, 20, 7, count));
        assertEquals(0, counted.get());
    }

    @Test
    void aFullPageSaysNothingAboutWhatFollowsSoTheCountRuns() {
        assertEquals(47, PageTotals.total(0, 20, 20, count));
        assertEquals(1, counted.get());
    }

    @Test
    void anEmptyPagePastTheEndSaysNothingAboutWhatCameBeforeSoTheCountRuns() {
        assertEquals(47, PageTotals.total(5, 20, 0, count));
        assertEquals(1, counted.get());
    }
}
