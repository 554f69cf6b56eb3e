package org.lorkit.attending;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendingPage")
public record AttendingPage(List<AttendingDto> items, int page, int size, long total) {}
