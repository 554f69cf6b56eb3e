package org.lorkit.coaching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A checkpoint of the plan the applicant ticked by hand (the data did not show it done); one per checkpoint. */
@Entity
@IdClass(PlanTick.Key.class)
public class PlanTick extends PanacheEntityBase {

    @Id
    public UUID ownerId;

    @Id
    public String checkpointId;

    public LocalDate doneOn;

    public Instant createdAt;

    /** The primary key: owner and checkpoint. */
    public static class Key implements Serializable {

        public UUID ownerId;

        public String checkpointId;

        public Key() {}

        public Key(UUID ownerId, String checkpointId) {
            this.ownerId = ownerId;
            this.checkpointId = checkpointId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(ownerId, k.ownerId)
                    && Objects.equals(checkpointId, k.checkpointId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, checkpointId);
        }
    }
}
