package org.lorkit.story;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.lorkit.common.SessionJdbc;

/**
 * A new story's rows written in plain JDBC on the transaction's connection: the row, and its witnesses in one
 * statement whatever their number. Creating a story is the write applicants make most (after every round), and
 * Hibernate's persist and flush of one new row were the largest part of its cost after the PHI check. The row
 * is the one Hibernate would write (version 0, the same columns); edits and deletes load the entity as before.
 */
final class StoryInsert {

    private StoryInsert() {}

    static void insert(EntityManager em, Story story) {
        SessionJdbc.update(em, """
                INSERT INTO story (id, owner_id, title, summary, what_i_did, what_it_shows, occurred_on, kind,
                    include_in_packet, phi_reviewed, phi_reviewed_digest, phi_unresolved, rotation_id, competencies,
                    form_fields, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            Connection connection = statement.getConnection();
            statement.setObject(1, story.id);
            statement.setObject(2, story.ownerId);
            statement.setString(3, story.title);
            statement.setString(4, story.summary);
            statement.setString(5, story.whatIDid);
            statement.setString(6, story.whatItShows);
            statement.setObject(7, story.occurredOn, Types.DATE);
            statement.setString(8, story.kind.name());
            statement.setBoolean(9, story.includeInPacket);
            statement.setBoolean(10, story.phiReviewed);
            statement.setString(11, story.phiReviewedDigest);
            statement.setBoolean(12, story.phiUnresolved);
            statement.setObject(13, story.rotationId, Types.OTHER);
            statement.setArray(14, array(connection, "varchar", story.competencies));
            statement.setArray(15, array(connection, "text", story.formFields));
            statement.setObject(16, SessionJdbc.timestamptz(story.createdAt));
            statement.setObject(17, SessionJdbc.timestamptz(story.updatedAt));
            statement.setLong(18, story.version);
        });
        if (!story.witnessAttendingIds.isEmpty()) {
            SessionJdbc.update(
                    em, "INSERT INTO story_witness (story_id, attending_id) SELECT ?, unnest(?)", statement -> {
                        statement.setObject(1, story.id);
                        statement.setArray(
                                2,
                                statement
                                        .getConnection()
                                        .createArrayOf("uuid", story.witnessAttendingIds.toArray(UUID[]::new)));
                    });
        }
    }

    private static Array array(Connection connection, String type, String[] values) throws SQLException {
        return values == null ? null : connection.createArrayOf(type, values);
    }
}
