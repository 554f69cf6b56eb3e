package org.lorkit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/**
 * The shapes in which "the database cannot serve us right now" arrives, each seen by scripts/faults.sh
 * (PostgreSQL stopped under load, a pool of 2 connections for 64 clients): all are 503 with Retry-After,
 * none a 500. And a client that hung up mid-request is not logged as an incident.
 */
class DatabaseUnavailableTest {

    private static Response answer(Throwable e) {
        return new ProblemMappers().unexpected(e);
    }

    @Test
    void aCommitLostWithTheConnectionIsA503() {
        // Narayana reports the failed commit; the database's own error is only a suppressed XAException.
        var rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        var xa = new XAException("Error trying to transactionCommit local transaction: An I/O error occurred");
        xa.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        rollback.addSuppressed(xa);
        Response response = answer(new RuntimeException("Error invoking subclass method", rollback));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    @Test
    void aServerStartingUpOrShuttingDownIsA503() {
        assertEquals(
                503,
                answer(new IllegalStateException(
                                new SQLException("FATAL: the database system is starting up", "57P03")))
                        .getStatus());
        assertEquals(
                503,
                answer(new IllegalStateException(new SQLException(
                                "FATAL: terminating connection due to administrator command", "57P01")))
                        .getStatus());
    }

    @Test
    void noFreePooledConnectionInTimeIsA503() {
        assertEquals(
                503,
                answer(new RuntimeException(
                                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")))
                        .getStatus());
    }

    @Test
    void aClientThatClosedTheConnectionMidBodyIsNoIncident() {
        // make bench: wrk stops with request bodies half sent; nobody reads the answer, and it is not our failure.
        assertEquals(
                400,
                answer(new java.io.IOException(new java.io.IOException(new java.nio.channels.ClosedChannelException())))
                        .getStatus());
    }

    @Test
    void aBugStaysA500() {
        assertEquals(
                500,
                answer(new IllegalStateException("bug", new SQLException("syntax error", "42601")))
                        .getStatus());
    }
}
