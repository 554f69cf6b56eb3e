package org.lorkit.coaching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A habit done on a day: one per habit and day, optionally on a rotation. */
@Entity
@IdClass(HabitCheckIn.Key.class)
public class HabitCheckIn extends PanacheEntityBase {

    @Id
    public UUID ownerId;

    @Id
    @Enumerated(EnumType.STRING)
    public Habit habit;

    @Id
    public LocalDate checkedOn;

    public UUID rotationId;

    public Instant createdAt;

    /** The primary key: owner, habit and day. */
    public static class Key implements Serializable {

        public UUID ownerId;

        public Habit habit;

        public LocalDate checkedOn;

        public Key() {}

        public Key(UUID ownerId, Habit habit, LocalDate checkedOn) {
            this.ownerId = ownerId;
            this.habit = habit;
            this.checkedOn = checkedOn;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(ownerId, k.ownerId)
                    && habit == k.habit
                    && Objects.equals(checkedOn, k.checkedOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, habit, checkedOn);
        }
    }
}
