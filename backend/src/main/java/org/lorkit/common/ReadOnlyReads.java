package org.lorkit.common;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * For a transaction that only reads (lists, today): the entities it loads are read-only (Hibernate keeps
 * no snapshot to compare them with) and the session never flushes, so neither the queries after the first
 * nor the commit walk the loaded records looking for changes. Under load this was a measurable part of a
 * list's CPU (docs/BENCHMARKS.md, profile findings). Call it first in the transaction, and only where
 * nothing is written: a change made afterwards would not be saved.
 */
public final class ReadOnlyReads {

    private ReadOnlyReads() {}

    public static void only(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
