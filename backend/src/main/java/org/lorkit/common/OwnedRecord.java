package org.lorkit.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The columns every record an applicant owns has (rotation, attending, story, feedback, letter
 * request, program): its id, its owner, when it was created and last changed, and its row version.
 * The services set the instants from the injected clock, and the owner check reads {@code ownerId}
 * (see {@link OwnerQuery}); the version is the ETag.
 */
@MappedSuperclass
public abstract class OwnedRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ownerId;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
