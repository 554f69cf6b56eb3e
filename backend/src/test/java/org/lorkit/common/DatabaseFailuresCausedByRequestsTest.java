package org.lorkit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/**
 * Failures that arrive from the database at flush or commit, wrapped, are the request's doing
 * and get 4xx problems, not 500s (found by the hostile-input run: concurrent "log out
 * everywhere", racing registrations with one email, a NUL character in text).
 */
class DatabaseFailuresCausedByRequestsTest {

    @Test
    void aRowChangedByAConcurrentRequestAtCommitIsA409() {
        Throwable atCommit = new RuntimeException(
                "Error invoking subclass method",
                new IllegalStateException(
                        "Could not commit transaction",
                        new OptimisticLockException("row changed", new StaleObjectStateException("AppUser", "id"))));
        assertEquals(409, ProblemMappers.inputOrRace(atCommit).status());
    }

    @Test
    void aDuplicateThatSlippedPastTheCheckIsA409() {
        Throwable duplicate = new PersistenceException(
                "could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        assertEquals(409, ProblemMappers.inputOrRace(duplicate).status());
    }

    @Test
    void aValueThePostgresqlCannotStoreIsA400WithoutItsMessage() {
        Problem problem = ProblemMappers.inputOrRace(new PersistenceException(
                "JDBC exception", new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals(400, problem.status());
        assertEquals(false, problem.detail().contains("UTF8"), problem.detail());
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        assertNull(
                ProblemMappers.inputOrRace(new PersistenceException("x", new SQLException("syntax error", "42601"))));
        assertNull(ProblemMappers.inputOrRace(new IllegalStateException("bug")));
    }
}
