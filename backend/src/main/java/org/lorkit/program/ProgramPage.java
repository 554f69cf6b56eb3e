package org.lorkit.program;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramPage")
public record ProgramPage(List<ProgramDto> items, int page, int size, long total) {}
