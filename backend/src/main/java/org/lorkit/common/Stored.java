package org.lorkit.common;

import java.util.UUID;

/** A record of the applicant's with its own address: {collection}/{id}. */
public interface Stored extends Versioned {

    UUID id();
}
