package org.lorkit.feedback;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackPage")
public record FeedbackPage(List<FeedbackDto> items, int page, int size, long total) {}
