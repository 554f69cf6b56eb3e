package org.lorkit.idempotency;

import java.net.URI;
import org.lorkit.common.Etags;
import org.lorkit.common.Stored;

/** What a create operation answers: the new resource's DTO, its address and ETag. */
public record Created(Object body, URI location, String etag) {

    /** The new record, found at {@code collection}/{id}. */
    public static Created in(String collection, Stored record) {
        return new Created(record, URI.create(collection + "/" + record.id()), Etags.of(record.version()));
    }
}
