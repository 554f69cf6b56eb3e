package org.lorkit.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of every operation in one place, from the same rules
 * ProblemMappers and the HTTP edge apply:
 * <ul>
 * <li>any request: 403 (a role missing, or a web origin CORS does not allow), 406 (Accept
 * without JSON), 413 (body over 1 MB), 414/431 (address or headers too large), 415 (a body that
 * is not JSON), 500, 503;</li>
 * <li>input (body, parameters or an id in the path) → 400; secured → 401; an id in the path → 404;</li>
 * <li>writes (POST, PUT, PATCH, DELETE) → 409: a duplicate, or another request changing the same
 * data at the same moment; PUT/DELETE of one item → 412 (stale If-Match); any other operation
 * that takes an If-Match header (the one target sheet, a letter's moves) → 412 saying so ({@link #STALE});</li>
 * <li>an operation that declares a 429 (rate-limited, see {@link #RATE_LIMITED}) gets its problem
 * body and Retry-After.</li>
 * </ul>
 * Operations declare their own domain answers (409 invalid status change, 422 broken rule, ...)
 * with a description only; this filter gives every such error answer the Problem schema and an example.
 * The contract conformance check of the test suite holds the code to this list.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /**
     * Description of a rate-limited operation's 429; the resource declares the response
     * ({@code @APIResponse(responseCode = "429", description = RATE_LIMITED)}) and this filter
     * adds the problem body and the Retry-After header.
     */
    public static final String RATE_LIMITED =
            "Too many attempts in a short time; Retry-After says how many seconds to wait.";

    /** Description of the 412 of an operation that takes If-Match beyond the PUT/DELETE of one item. */
    static final String STALE = "Changed meanwhile: If-Match does not match the current ETag.";

    private static final Map<String, String[]> KNOWN = new LinkedHashMap<>();

    /** Status → {title, type, example detail[, description when it differs from the title]}, from the one table. */
    static {
        KNOWN.put("400", example(ProblemType.VALIDATION, "title: must not be longer than 200 characters"));
        KNOWN.put("401", example(ProblemType.UNAUTHORIZED, ProblemType.UNAUTHORIZED.defaultDetail()));
        KNOWN.put(
                "403",
                example(
                        ProblemType.FORBIDDEN,
                        ProblemType.FORBIDDEN.defaultDetail(),
                        "Not allowed: a role is missing, or the request comes from a web origin the API does not allow."));
        KNOWN.put("404", example(ProblemType.NOT_FOUND, "No story with this id exists in your account."));
        KNOWN.put("409", example(ProblemType.CONFLICT, ProblemType.CONFLICT.defaultDetail()));
        KNOWN.put(
                "412",
                example(
                        ProblemType.STALE,
                        "This item was changed since you read it (If-Match does not match its ETag)."));
        KNOWN.put("422", example(ProblemType.RULE, "letterIds: at most 4 letters can go to one program"));
        KNOWN.put("406", example(ProblemType.HTTP_406, ProblemType.HTTP_406.defaultDetail()));
        KNOWN.put("413", example(ProblemType.HTTP_413, ProblemType.HTTP_413.defaultDetail()));
        KNOWN.put("414", example(ProblemType.HTTP_414, "The address (path and query) is longer than 4096 characters."));
        KNOWN.put("415", example(ProblemType.HTTP_415, ProblemType.HTTP_415.defaultDetail()));
        KNOWN.put(
                "429",
                example(ProblemType.RATE_LIMITED, "Too many attempts in a short time. Try again in 15 minutes."));
        KNOWN.put("431", example(ProblemType.HTTP_431, "The request headers are larger than 20480 bytes together."));
        KNOWN.put("500", example(ProblemType.INTERNAL, "Something went wrong on our side (incident 6f1c...)."));
        KNOWN.put("503", example(ProblemType.UNAVAILABLE, ProblemType.UNAVAILABLE.defaultDetail()));
    }

    private static String[] example(ProblemType type, String detail, String... description) {
        return description.length == 0
                ? new String[] {type.title(), type.uri(), detail}
                : new String[] {type.title(), type.uri(), detail, description[0]};
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean itemPath = path.contains("{");
        boolean write = method != PathItem.HttpMethod.GET
                && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean itemReplaceOrDelete =
                itemPath && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE);
        if (!itemReplaceOrDelete && takesIfMatch(operation)) {
            declareInOrder(operation.getResponses(), "412", STALE);
        }
        if (hasInput || itemPath) {
            add(operation, "400");
        }
        if (secured) {
            add(operation, "401");
        }
        add(operation, "403");
        if (itemPath) {
            add(operation, "404");
        }
        add(operation, "406");
        if (write) {
            add(operation, "409");
        }
        if (itemReplaceOrDelete) {
            add(operation, "412");
        }
        add(operation, "413");
        add(operation, "414");
        add(operation, "415");
        if (operation.getResponses().hasAPIResponse("429")) {
            add(operation, "429");
            operation
                    .getResponses()
                    .getAPIResponse("429")
                    .addHeader(
                            "Retry-After",
                            OASFactory.createHeader()
                                    .description("Seconds to wait before trying again.")
                                    .schema(OASFactory.createSchema()
                                            .addType(
                                                    org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                                            .INTEGER)));
        }
        add(operation, "431");
        add(operation, "500");
        add(operation, "503");
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                withProblemContent(status, response);
            }
        });
    }

    /** A declared error answer without content gets the Problem schema (and the generic example of its status). */
    private static void withProblemContent(String status, APIResponse response) {
        if (response.getContent() != null
                && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        var mediaType =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        String[] facts = KNOWN.get(status);
        if (facts != null) {
            // The operation's own description says what this answer means here; the example follows it.
            Map<String, Object> example = example(status, facts);
            if (response.getDescription() != null && !response.getDescription().isBlank()) {
                example.put("detail", response.getDescription());
            }
            mediaType.example(example);
        }
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType));
    }

    private static Map<String, Object> example(String status, String[] facts) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", facts[1]);
        example.put("title", facts[0]);
        example.put("status", Integer.parseInt(status));
        example.put("detail", facts[2]);
        return example;
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER
                                && RecordHeadersFilter.IF_MATCH.equalsIgnoreCase(p.getName()));
    }

    /**
     * An answer as if the method had declared it: among the declared ones by status, before the
     * ones this filter adds (the contract lists declared answers first).
     */
    private static void declareInOrder(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        APIResponse added = OASFactory.createAPIResponse().description(description);
        responses.getAPIResponses().forEach((declared, response) -> {
            if (!ordered.containsKey(status) && declared.compareTo(status) > 0) {
                ordered.put(status, added);
            }
            ordered.put(declared, response);
        });
        ordered.putIfAbsent(status, added);
        responses.setAPIResponses(ordered);
    }

    private static void add(Operation operation, String status) {
        APIResponses responses = operation.getResponses();
        APIResponse declared = responses.getAPIResponse(status);
        // A response the code declares keeps its words; an error without a problem body gets one.
        if (declared != null
                && declared.getContent() != null
                && declared.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            return;
        }
        String[] facts = KNOWN.get(status);
        Map<String, Object> example = example(status, facts);
        APIResponse response = (declared != null
                        ? declared
                        : OASFactory.createAPIResponse().description(facts.length > 3 ? facts[3] : facts[0]))
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                        .example(example)));
        responses.addAPIResponse(status, response);
    }
}
