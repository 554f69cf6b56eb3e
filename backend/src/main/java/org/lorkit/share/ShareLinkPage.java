package org.lorkit.share;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShareLinkPage")
public record ShareLinkPage(List<ShareLinkDto> items, int page, int size, long total) {}
