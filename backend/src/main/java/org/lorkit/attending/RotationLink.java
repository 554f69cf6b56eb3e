package org.lorkit.attending;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The days an attending and the applicant actually worked together on one rotation (both included). */
@Embeddable
public class RotationLink {

    public UUID rotationId;

    public LocalDate fromOn;

    public LocalDate toOn;

    public RotationLink() {}

    public RotationLink(UUID rotationId, LocalDate fromOn, LocalDate toOn) {
        this.rotationId = rotationId;
        this.fromOn = fromOn;
        this.toOn = toOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RotationLink other
                && Objects.equals(rotationId, other.rotationId)
                && Objects.equals(fromOn, other.fromOn)
                && Objects.equals(toOn, other.toOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rotationId, fromOn, toOn);
    }
}
