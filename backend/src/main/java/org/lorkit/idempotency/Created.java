package org.lorkit.idempotency;

import java.net.URI;

/** What a create operation answers: the new resource's DTO, its address and ETag. */
public record Created(Object body, URI location, String etag) {
}
