package org.lorkit.security;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SecurityEvent",
        requiredProperties = {"kind", "occurredAt"})
public record SecurityEventDto(
        SecurityEventKind kind,
        @Schema(examples = "2026-11-25T19:30:00Z") Instant occurredAt,
        @Schema(nullable = true, examples = "203.0.113.7") String clientAddress,
        @Schema(nullable = true) String detail) {

    public static SecurityEventDto of(SecurityEvent e) {
        return new SecurityEventDto(e.kind, e.occurredAt, e.clientAddress, e.detail);
    }

    @Schema(
            name = "SecurityEventPage",
            requiredProperties = {"items", "page", "size", "total"})
    public record Page(List<SecurityEventDto> items, int page, int size, long total) {}
}
