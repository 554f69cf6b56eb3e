package org.lorkit.common;

import java.util.Comparator;
import java.util.UUID;

/** Orders as PostgreSQL sorts, for lists sorted in memory that must keep the order SQL gave them. */
public final class DatabaseOrder {

    private DatabaseOrder() {}

    /** uuid columns compare their bytes unsigned; UUID.compareTo compares signed longs. */
    public static final Comparator<UUID> UUIDS = Comparator.<UUID>comparingLong(
                    u -> u.getMostSignificantBits() ^ Long.MIN_VALUE)
            .thenComparingLong(u -> u.getLeastSignificantBits() ^ Long.MIN_VALUE);
}
