package org.lorkit.phi;

/**
 * One likely identifier: its kind, the half-open span {@code [start, end)} into the scanned text,
 * the covered text and a short human-readable reason (shown to the applicant next to the warning).
 */
public record PhiFinding(PhiKind kind, int start, int end, String text, String reason) {}
