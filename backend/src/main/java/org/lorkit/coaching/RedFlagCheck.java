package org.lorkit.coaching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest red-flag self-check of a rotation: one per rotation, replaced by the next. */
@Entity
@IdClass(RedFlagCheck.Key.class)
public class RedFlagCheck extends PanacheEntityBase {

    @Id
    public UUID ownerId;

    @Id
    public UUID rotationId;

    /** Names of {@link RedFlag}s; empty: no red flags. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] flags = new String[0];

    public LocalDate checkedOn;

    /** The flags as values, in stored order. */
    public List<RedFlag> redFlags() {
        return flags == null
                ? List.of()
                : Arrays.stream(flags).map(RedFlag::valueOf).toList();
    }

    /** The primary key: owner and rotation. */
    public static class Key implements Serializable {

        public UUID ownerId;

        public UUID rotationId;

        public Key() {}

        public Key(UUID ownerId, UUID rotationId) {
            this.ownerId = ownerId;
            this.rotationId = rotationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ownerId, k.ownerId) && Objects.equals(rotationId, k.rotationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, rotationId);
        }
    }
}
