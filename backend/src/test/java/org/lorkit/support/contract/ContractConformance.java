package org.lorkit.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks one exchange against the contract: the operation documents the status, the answer's
 * media type is the documented one, and the body validates against the documented schema
 * (JSON Schema 2020-12 in OpenAPI 3.1's dialect, formats such as date, date-time and uuid asserted).
 * Requests the contract does not describe (/q/..., unknown addresses, a method an address lacks)
 * are not its business and pass.
 */
public final class ContractConformance {

    private static final String DOCUMENT_ID = "urn:lorkit:contract";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile ContractConformance committed;

    private final OpenApiDocument document;
    private final SchemaRegistry registry;
    /** "operationId status media" → pointer of its schema inside the combined schema document. */
    private final Map<String, String> schemaPointers = new HashMap<>();

    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public ContractConformance(OpenApiDocument document) {
        this.document = document;
        // One schema document: the contract's component schemas and every response schema under
        // $defs ("#/components/schemas/X" becomes "#/$defs/X"), so references resolve as in the contract.
        ObjectNode combined = JSON.createObjectNode();
        ObjectNode defs = combined.putObject("$defs");
        document.root()
                .path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(f -> defs.set(f.getKey(), f.getValue()));
        int n = 0;
        for (ContractOperation op : document.operations()) {
            var statuses = op.responses().fields();
            while (statuses.hasNext()) {
                var status = statuses.next();
                var media = document.resolve(status.getValue()).path("content").fields();
                while (media.hasNext()) {
                    var type = media.next();
                    if (type.getValue().has("schema")) {
                        String name = "response-" + n++;
                        defs.set(name, type.getValue().get("schema"));
                        schemaPointers.put(key(op, status.getKey(), type.getKey()), "#/$defs/" + name);
                    }
                }
            }
        }
        String schemaText = combined.toString().replace("\"#/components/schemas/", "\"#/$defs/");
        this.registry = SchemaRegistry.withDialect(
                Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_ID, schemaText))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
    }

    /** The checker for openapi/openapi.yaml, built once per test JVM. */
    public static ContractConformance committed() {
        if (committed == null) {
            synchronized (ContractConformance.class) {
                if (committed == null) {
                    committed = new ContractConformance(OpenApiDocument.committed());
                }
            }
        }
        return committed;
    }

    public OpenApiDocument document() {
        return document;
    }

    /**
     * Violations of one exchange, each a sentence naming operation, status and what is wrong;
     * empty when it conforms or the contract does not describe the request.
     */
    public List<String> check(String method, String path, int status, String contentType, String body) {
        Optional<ContractOperation> hit = document.match(method, path);
        if (hit.isEmpty()) {
            return List.of();
        }
        ContractOperation op = hit.get();
        String documentedStatus = documentedStatus(op, status);
        if (documentedStatus == null) {
            List<String> documented = new ArrayList<>();
            op.responses().fieldNames().forEachRemaining(documented::add);
            return List.of(
                    op.describe() + " answered " + status + ", which the contract does not document (documented: "
                            + String.join(", ", documented) + ")" + excerpt(body));
        }
        JsonNode content =
                document.resolve(op.responses().get(documentedStatus)).path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return hasBody && !"HEAD".equals(method)
                    ? List.of(op.describe() + " answered " + status + " with a body, but the contract documents none"
                            + excerpt(body))
                    : List.of();
        }
        String media = mediaType(contentType);
        if (media == null || !content.has(media)) {
            List<String> documented = new ArrayList<>();
            content.fieldNames().forEachRemaining(documented::add);
            return List.of(op.describe() + " answered " + status + " as " + contentType
                    + ", but the contract documents " + String.join(", ", documented) + excerpt(body));
        }
        String pointer = schemaPointers.get(key(op, documentedStatus, media));
        if (pointer == null || !media.contains("json")) {
            return List.of();
        }
        if (!hasBody) {
            return List.of(op.describe() + " answered " + status + " " + media + " with an empty body");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(op.describe() + " answered " + status + " " + media + " that is not JSON" + excerpt(body));
        }
        List<Error> errors = compiled.computeIfAbsent(
                        pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_ID + p)))
                .validate(tree);
        if (errors.isEmpty()) {
            return List.of();
        }
        return List.of(op.describe() + " answered " + status + " with a body that breaks its schema: "
                + errors.stream()
                        .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                        .collect(Collectors.joining("; "))
                + excerpt(body));
    }

    /** The response key that covers a status: exact, then "4XX", then "default". */
    private static String documentedStatus(ContractOperation op, int status) {
        JsonNode responses = op.responses();
        for (String candidate : List.of(String.valueOf(status), (status / 100) + "XX", "default")) {
            if (responses.has(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String key(ContractOperation op, String status, String media) {
        return op.method() + " " + op.path() + " " + status + " " + media;
    }

    private static String excerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        return "; body: " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
}
