package org.lorkit.notify;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PushSubscriptionPage")
public record PushSubscriptionPage(List<PushSubscriptionDto> items, int page, int size, long total) {}
