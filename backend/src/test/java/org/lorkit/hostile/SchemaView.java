package org.lorkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lorkit.support.contract.OpenApiDocument;

/**
 * A schema of the contract flattened for generating values: {@code $ref}s followed (their
 * siblings such as readOnly kept), a nullable anyOf [X, null] read as X, allOf merged.
 */
final class SchemaView {

    private final OpenApiDocument document;
    private final JsonNode node;

    SchemaView(OpenApiDocument document, JsonNode schema) {
        this.document = document;
        this.node = flatten(document, schema, 0);
    }

    private static JsonNode flatten(OpenApiDocument document, JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject() || depth > 10) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref")) {
            merged.setAll((ObjectNode) flatten(document, document.resolve(schema), depth + 1));
        }
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode branch : schema.path(combiner)) {
                JsonNode flat = flatten(document, branch, depth + 1);
                if (!"null".equals(flat.path("type").asText())) {
                    merged.setAll((ObjectNode) flat);
                    if (!combiner.equals("allOf")) {
                        break;
                    }
                }
            }
        }
        schema.fields().forEachRemaining(f -> {
            if (!List.of("$ref", "allOf", "anyOf", "oneOf").contains(f.getKey())) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        return merged;
    }

    JsonNode node() {
        return node;
    }

    /** Declared types without "null"; "object" when only properties are given. */
    List<String> types() {
        List<String> types = new ArrayList<>();
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> {
                if (!"null".equals(t.asText())) {
                    types.add(t.asText());
                }
            });
        }
        if (types.isEmpty() && node.has("properties")) {
            types.add("object");
        }
        if (types.isEmpty() && node.has("enum")) {
            types.add("string");
        }
        return types;
    }

    String mainType() {
        List<String> types = types();
        return types.isEmpty() ? "any" : types.get(0);
    }

    boolean nullable() {
        JsonNode type = node.path("type");
        return type.isArray() && type.toString().contains("\"null\"");
    }

    String format() {
        return node.path("format").asText("");
    }

    boolean readOnly() {
        return node.path("readOnly").asBoolean(false);
    }

    List<String> enumValues() {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Property name → its view, in declaration order. */
    Map<String, SchemaView> properties() {
        Map<String, SchemaView> properties = new java.util.LinkedHashMap<>();
        node.path("properties")
                .fields()
                .forEachRemaining(f -> properties.put(f.getKey(), new SchemaView(document, f.getValue())));
        return properties;
    }

    List<String> required() {
        List<String> required = new ArrayList<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    SchemaView items() {
        return new SchemaView(document, node.path("items"));
    }

    Integer maxLength() {
        return node.has("maxLength") ? node.get("maxLength").asInt() : null;
    }

    /** Whether a JSON value's type is one this schema declares (the wrong-type variants skip these). */
    boolean accepts(JsonNode value) {
        if (value.isNull()) {
            return nullable();
        }
        List<String> types = types();
        if (types.isEmpty()) {
            return true;
        }
        return types.stream().anyMatch(t -> switch (t) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        });
    }
}
