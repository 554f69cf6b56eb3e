package org.lorkit.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of every operation in one place, from the same rules
 * ProblemMappers applies: input → 400/413, secured → 401/403, an id in the path → 404,
 * PUT/DELETE of one item → 412, creates → 409, always 500/503. Operations declare their own
 * domain answers (409 invalid status change, 422 broken rule, ...) with a description only;
 * this filter gives every such error answer the Problem schema and an example.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String[]> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("400", new String[] {"Invalid input", "urn:lorkit:problem:validation", "title: must not be longer than 200 characters"});
        KNOWN.put("401", new String[] {"Not signed in", "urn:lorkit:problem:unauthorized", "A valid access token is required (Authorization: Bearer <token>)."});
        KNOWN.put("403", new String[] {"Not allowed", "urn:lorkit:problem:forbidden", "Your account does not have the role this operation needs."});
        KNOWN.put("404", new String[] {"Not found", "urn:lorkit:problem:not-found", "No story with this id exists in your account."});
        KNOWN.put("409", new String[] {"Conflict", "urn:lorkit:problem:conflict", "This conflicts with what is already stored (for example a duplicate)."});
        KNOWN.put("412", new String[] {"Changed meanwhile", "urn:lorkit:problem:stale", "This item was changed since you read it (If-Match does not match its ETag)."});
        KNOWN.put("422", new String[] {"Breaks a rule", "urn:lorkit:problem:rule", "letterIds: at most 4 letters can go to one program"});
        KNOWN.put("413", new String[] {"Request too large", "urn:lorkit:problem:http-413", "The request body is larger than the API accepts."});
        KNOWN.put("500", new String[] {"Internal error", "urn:lorkit:problem:internal", "Something went wrong on our side (incident 6f1c...)."});
        KNOWN.put("503", new String[] {"Service unavailable", "urn:lorkit:problem:unavailable", "The database cannot be reached right now. Nothing was changed; please try again shortly."});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean itemPath = path.contains("{");
        if (hasInput || itemPath) {
            add(operation, "400");
        }
        if (secured) {
            add(operation, "401");
            add(operation, "403");
        }
        if (itemPath) {
            add(operation, "404");
        }
        if (method == PathItem.HttpMethod.POST && operation.getRequestBody() != null
                && (operation.getOperationId().startsWith("create") || operation.getOperationId().equals("register"))) {
            add(operation, "409");
        }
        if (itemPath && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE)) {
            add(operation, "412");
        }
        if (operation.getRequestBody() != null) {
            add(operation, "413");
        }
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
        if (response.getContent() != null && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        var mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
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

    private static void add(Operation operation, String status) {
        APIResponses responses = operation.getResponses();
        if (responses.hasAPIResponse(status)) {
            return;
        }
        String[] facts = KNOWN.get(status);
        Map<String, Object> example = example(status, facts);
        APIResponse response = OASFactory.createAPIResponse()
                .description(facts[0])
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                .example(example)));
        responses.addAPIResponse(status, response);
    }
}
