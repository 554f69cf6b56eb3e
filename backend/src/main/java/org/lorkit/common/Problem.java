package org.lorkit.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details: the body of every 4xx and 5xx answer. Besides the standard
 * members it may carry two documented extension members: {@code allowedNext} (a refused
 * status change names the states allowed from here) and {@code references} (a refused
 * delete names what still refers to the item).
 */
@Schema(
        name = "Problem",
        requiredProperties = {"type", "title", "status", "detail"},
        description = "RFC 9457 problem details (media type application/problem+json). "
                + "Members without a value are omitted.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "A URI reference naming the kind of problem.", examples = "urn:lorkit:problem:validation")
        String type,

        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid input")
        String title,

        @Schema(description = "The HTTP status code.", examples = "400")
        int status,

        @Schema(
                description = "What went wrong in this case, in plain words.",
                examples = "title: must not be longer than 200 characters")
        String detail,

        @Schema(
                description = "For validation problems (and unknown ids in the body): one entry per offending field.",
                nullable = true)
        List<FieldError> errors,

        @Schema(
                description =
                        "Extension member of a refused status change (409 urn:lorkit:problem:invalid-transition): "
                                + "the states the item may move to from its current state. Empty when the state is final.",
                nullable = true,
                examples = "[\"AGREED\", \"DECLINED\"]")
        List<String> allowedNext,

        @Schema(
                description = "Extension member of a refused delete (409 urn:lorkit:problem:referenced): "
                        + "what still refers to the item, and how many.",
                nullable = true)
        List<Reference> references) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null, null);
    }

    @Schema(
            name = "FieldError",
            requiredProperties = {"field", "message"})
    public record FieldError(
            @Schema(
                    description = "The input field, as a JSON path from the body root or the parameter name.",
                    examples = "title")
            String field,

            @Schema(description = "What is wrong with it.", examples = "must not be longer than 200 characters")
            String message) {}

    @Schema(name = "ProblemReference", description = "Records of one kind that refer to the item.")
    public record Reference(
            @Schema(description = "The kind of record, named like its collection.", examples = "stories")
            String resource,

            @Schema(description = "How many of them.", examples = "3")
            long count) {}
}
