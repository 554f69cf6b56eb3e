package org.lorkit.rotation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotationPage")
public record RotationPage(List<RotationDto> items, int page, int size, long total) {}
