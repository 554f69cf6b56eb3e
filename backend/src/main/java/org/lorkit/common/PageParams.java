package org.lorkit.common;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page and size query parameters every list takes, documented once (used as a {@code @BeanParam}).
 * They arrive as text so that a bad value is a 400 naming the parameter (see {@link PageRequest}), not a 404.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(
            description = "Zero-based page number.",
            example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, 1 to 100.",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    public String size;

    public PageRequest request(String sort, Map<String, String> sortable, String defaultSort) {
        return PageRequest.of(page, size, sort, sortable, defaultSort);
    }
}
