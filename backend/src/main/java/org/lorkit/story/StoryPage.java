package org.lorkit.story;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's name for a page of stories (generic types have no schema name of their own). */
@Schema(
        name = "StoryPage",
        requiredProperties = {"items", "page", "size", "total"})
public record StoryPage(List<StoryDto> items, int page, int size, long total) {}
