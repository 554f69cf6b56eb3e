package org.lorkit.auth;

import java.time.Instant;
import java.util.UUID;

/** Fired (synchronously, inside the transaction) when an applicant logs out everywhere. */
public record LoggedOutEverywhere(UUID userId, boolean endShareLinks, Instant at) {}
