package org.lorkit.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every 4xx and 5xx answer. */
@Schema(name = "Problem", requiredProperties = {"type", "title", "status", "detail"}, description = "RFC 9457 problem details (media type application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "A URI reference naming the kind of problem.", examples = "urn:lorkit:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid input")
        String title,
        @Schema(description = "The HTTP status code.", examples = "400")
        int status,
        @Schema(description = "What went wrong in this case, in plain words.", examples = "title: must not be longer than 200 characters")
        String detail,
        @Schema(description = "For validation problems: one entry per offending field.", nullable = true)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(
            @Schema(description = "The input field, as a JSON path from the body root or the parameter name.", examples = "title")
            String field,
            @Schema(description = "What is wrong with it.", examples = "must not be longer than 200 characters")
            String message) {
    }
}
