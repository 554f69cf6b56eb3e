package org.lorkit.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the headers of versioned records by rule, from what the code already states, so a
 * resource method declares none of them:
 * <ul>
 * <li>201 answering a {@link Stored} record ({@code Created.in}) → {@code Location}, then {@code ETag};</li>
 * <li>200 answering a {@link Versioned} record on a GET, or on a write that takes If-Match
 * ({@code Etags.ok}) → {@code ETag};</li>
 * <li>an {@code If-Match} header parameter of a PUT/PATCH or DELETE → what to send in it;</li>
 * <li>an {@code Idempotency-Key} header parameter of a create (an operation answering 201) → what to send in it.</li>
 * </ul>
 * A record's schema is Versioned when it has the {@code version} property the interface gives it; a
 * 201 of one with an {@code id} is what {@code Created.in} answers for a Stored record
 * (RecordHeadersRulesTest holds these to the Java types).
 * Operations whose words differ keep their own {@code @Parameter} description; a header the code
 * documents itself is left alone. Runs at build time, so the committed contract has the headers.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RecordHeadersFilter implements OASFilter {

    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String IF_MATCH = "If-Match";
    /** The header IdempotentCreates reads (named here because common knows no feature). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final String JSON = "application/json";

    static final String IF_MATCH_EDIT = "The ETag of the version you edited.";
    static final String IF_MATCH_DELETE = "The ETag of the version you mean to delete.";
    static final String IDEMPOTENCY_KEY_CREATE =
            "Any string of 1 to 128 characters, unique per create (a UUID is good).";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item ->
                        item.getOperations().forEach((method, operation) -> document(method, operation, schemas)));
    }

    private static void document(HttpMethod method, Operation operation, Map<String, Schema> schemas) {
        boolean takesIfMatch = headerParameter(operation, IF_MATCH) != null;
        boolean create =
                operation.getResponses() != null && operation.getResponses().hasAPIResponse("201");
        describe(headerParameter(operation, IF_MATCH), ifMatchWords(method));
        if (create) {
            describe(headerParameter(operation, IDEMPOTENCY_KEY), IDEMPOTENCY_KEY_CREATE);
        }
        if (operation.getResponses() == null) {
            return;
        }
        APIResponse created = operation.getResponses().getAPIResponse("201");
        if (created != null && isStored(record(created, schemas))) {
            addHeader(created, LOCATION);
            addHeader(created, ETAG);
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && (method == HttpMethod.GET || takesIfMatch) && isVersioned(record(ok, schemas))) {
            addHeader(ok, ETAG);
        }
    }

    private static String ifMatchWords(HttpMethod method) {
        return switch (method) {
            case PUT, PATCH -> IF_MATCH_EDIT;
            case DELETE -> IF_MATCH_DELETE;
            default -> null;
        };
    }

    private static Parameter headerParameter(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    /** The operation's own description wins: only an undescribed parameter gets the rule's words. */
    private static void describe(Parameter parameter, String words) {
        if (parameter == null || words == null || parameter.getDescription() != null) {
            return;
        }
        // First, where @Parameter(description) put them, so the contract's layout stays as it was.
        String name = parameter.getName();
        Parameter.In in = parameter.getIn();
        Schema schema = parameter.getSchema();
        parameter.setName(null);
        parameter.setIn(null);
        parameter.setSchema(null);
        parameter.setDescription(words);
        parameter.setName(name);
        parameter.setIn(in);
        parameter.setSchema(schema);
    }

    /** The component schema a JSON answer refers to, or null (no body, not JSON, an inline schema). */
    private static Schema record(APIResponse response, Map<String, Schema> schemas) {
        if (response.getContent() == null || schemas == null) {
            return null;
        }
        MediaType json = response.getContent().getMediaType(JSON);
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return null;
        }
        String ref = json.getSchema().getRef();
        return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean isVersioned(Schema schema) {
        return schema != null
                && schema.getProperties() != null
                && schema.getProperties().containsKey("version");
    }

    private static boolean isStored(Schema schema) {
        return isVersioned(schema) && schema.getProperties().containsKey("id");
    }

    /** Before the content, where {@code @APIResponse(headers)} put it, so the contract's layout stays as it was. */
    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header =
                OASFactory.createHeader().schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Content content = response.getContent();
        response.setContent(null);
        response.addHeader(name, header);
        response.setContent(content);
    }
}
