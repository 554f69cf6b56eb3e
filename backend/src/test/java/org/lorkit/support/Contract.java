package org.lorkit.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lorkit.support.contract.ContractOperation;
import org.lorkit.support.contract.OpenApiDocument;

/**
 * Turns each operation of the served OpenAPI document into a concrete request: path ids, uuid
 * query parameters and valid bodies are generated from the contract itself, with ids taken from
 * a {@link Fixture}. A new endpoint is therefore covered by every contract-walking test without
 * anyone listing it. Reading the document is {@link OpenApiDocument}'s job; this class only
 * makes valid requests out of it.
 */
public final class Contract {

    private final OpenApiDocument document;

    private Contract(OpenApiDocument document) {
        this.document = document;
    }

    /** The document the running application serves (what clients see), not the committed file. */
    public static Contract served() {
        return new Contract(OpenApiDocument.parse(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString()));
    }

    public List<ContractOperation> operations() {
        return document.operations();
    }

    /** Query parameters of format uuid, filled with the fixture id their name points at. */
    public Map<String, String> uuidQuery(ContractOperation op, Map<String, String> ids) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.parameters("query")) {
            if ("uuid".equals(resolve(p.path("schema")).path("format").asText())) {
                query.put(p.path("name").asText(), idFor(p.path("name").asText(), ids));
            }
        }
        return query;
    }

    /** A valid JSON body for the operation (null when it takes none). */
    public Object body(ContractOperation op, Map<String, String> ids) {
        return op.requestJsonSchema()
                .map(schema -> value("body", schema, ids, 0))
                .orElse(null);
    }

    /** Sends the operation as `who` (null: anonymous) with the fixture's ids; extra headers as given. */
    public Response call(ContractOperation op, Applicant who, Map<String, String> ids, Map<String, String> headers) {
        var request = who == null ? given().contentType("application/json") : who.request();
        request.queryParams(uuidQuery(op, ids));
        headers.forEach(request::header);
        Object body = body(op, ids);
        if (body != null) {
            request.body(body);
        }
        return request.request(op.method(), op.concrete(ids));
    }

    private Object value(String name, JsonNode rawSchema, Map<String, String> ids, int depth) {
        JsonNode schema = resolve(rawSchema);
        if (schema.isMissingNode() || depth > 6) {
            return null;
        }
        String format = schema.path("format").asText();
        if ("uuid".equals(format)) {
            return idFor(name, ids);
        }
        if ("date".equals(format)) {
            // Inside every fixture rotation, not in the future, and equal on both ends of any ordered pair.
            return LocalDate.now(ZoneOffset.UTC).minusDays(20).toString();
        }
        if ("date-time".equals(format)) {
            return Instant.now().minusSeconds(60).toString();
        }
        JsonNode example = example(schema);
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return example != null && values.contains(example.asText()) ? example.asText() : values.get(0);
        }
        switch (typeOf(schema)) {
            case "object": {
                Map<String, Object> result = new LinkedHashMap<>();
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (!property.getValue().path("readOnly").asBoolean(false)
                            && !resolve(property.getValue()).path("readOnly").asBoolean(false)) {
                        result.put(property.getKey(), value(property.getKey(), property.getValue(), ids, depth + 1));
                    }
                });
                return result;
            }
            case "array":
                // A list of free text with an example of its own (keys of a fixed catalogue): that example.
                if (example != null
                        && example.isArray()
                        && !example.isEmpty()
                        && example.get(0).isTextual()
                        && "string".equals(typeOf(resolve(schema.path("items"))))
                        && !resolve(schema.path("items")).has("format")) {
                    List<Object> values = new ArrayList<>();
                    example.forEach(v -> values.add(v.asText()));
                    return values;
                }
                return List.of(value(name, schema.path("items"), ids, depth + 1));
            case "integer":
            case "number":
                if (example != null) {
                    return example.isNumber() ? example.numberValue() : Integer.parseInt(example.asText());
                }
                return schema.has("minimum") ? schema.get("minimum").numberValue() : 1;
            case "boolean":
                return example != null
                        && (example.isBoolean() ? example.booleanValue() : Boolean.parseBoolean(example.asText()));
            default:
                return example != null ? example.asText() : "x";
        }
    }

    /** The fixture id a field or parameter name points at: rotationId → rotations, witnessAttendingIds → attendings. */
    private static String idFor(String name, Map<String, String> ids) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String collection : List.of("rotations", "attendings", "stories", "feedback", "letters", "programs")) {
            String stem = collection.equals("stories") ? "story" : collection.replaceAll("s$", "");
            if (lower.contains(stem) && ids.containsKey(collection)) {
                return ids.get(collection);
            }
        }
        throw new AssertionError(
                "The contract field " + name + " is a uuid that names no fixture collection: teach support.Contract");
    }

    private static JsonNode example(JsonNode schema) {
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        return schema.has("example") ? schema.get("example") : null;
    }

    /** Follows $ref, and picks the non-null branch of anyOf/oneOf/allOf, keeping the outer keywords. */
    private JsonNode resolve(JsonNode raw) {
        if (!raw.isObject()) {
            return MissingNode.getInstance();
        }
        var schema = ((ObjectNode) raw).deepCopy();
        if (schema.has("$ref")) {
            JsonNode target = resolve(document.resolve(schema));
            schema.remove("$ref");
            var merged = ((ObjectNode) target).deepCopy();
            merged.setAll(schema);
            return merged;
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode branches = schema.remove(combinator);
            if (branches == null) {
                continue;
            }
            for (JsonNode branch : branches) {
                JsonNode resolved = resolve(branch);
                if (resolved.isObject() && !"null".equals(typeOf(resolved))) {
                    var merged = ((ObjectNode) resolved).deepCopy();
                    schema.remove("type");
                    merged.setAll(schema);
                    return merged;
                }
            }
        }
        return schema;
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isMissingNode()) {
            return schema.has("properties") ? "object" : "string";
        }
        return type.asText();
    }
}
