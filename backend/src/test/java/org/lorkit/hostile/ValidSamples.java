package org.lorkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.UUID;

/**
 * A valid value for a schema, from its examples where the contract gives them. Hostile
 * variants change one part of such a value, so each one probes one thing at a time.
 */
final class ValidSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Random random;
    private int counter;

    ValidSamples(Random random) {
        this.random = random;
    }

    JsonNode of(SchemaView schema) {
        return of(schema, 0);
    }

    private JsonNode of(SchemaView schema, int depth) {
        JsonNode node = schema.node();
        JsonNode examples = node.path("examples");
        if (examples.isArray() && !examples.isEmpty() && schema.accepts(examples.get(0))) {
            return uniqueIfEmail(schema, examples.get(0));
        }
        if (node.has("example") && schema.accepts(node.get("example"))) {
            return uniqueIfEmail(schema, node.get("example"));
        }
        if (!schema.enumValues().isEmpty()) {
            return NODES.textNode(schema.enumValues().get(0));
        }
        return switch (schema.mainType()) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(1, node.path("minItems").asInt(1));
                for (int i = 0; i < count && depth < 5; i++) {
                    array.add(of(schema.items(), depth + 1));
                }
                yield array;
            }
            case "integer", "number" ->
                NODES.numberNode(node.has("minimum") ? node.get("minimum").asLong() : 1L);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(string(schema));
        };
    }

    private ObjectNode object(SchemaView schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 5) {
            return object;
        }
        schema.properties().forEach((name, property) -> {
            if (!property.readOnly()) {
                object.set(name, of(property, depth + 1));
            }
        });
        return object;
    }

    private String string(SchemaView schema) {
        String value = switch (schema.format()) {
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "email" -> uniqueEmail();
            case "uri" -> "https://example.org/x";
            default -> "Sample text " + (++counter);
        };
        int min = schema.node().path("minLength").asInt(0);
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < min) {
            padded.append('x');
        }
        Integer max = schema.maxLength();
        return max != null && padded.length() > max ? padded.substring(0, max) : padded.toString();
    }

    /** Creates must not collide with each other (emails are unique), so example emails get a tag. */
    private JsonNode uniqueIfEmail(SchemaView schema, JsonNode example) {
        if (example.isTextual() && example.asText().contains("@") && "string".equals(schema.mainType())) {
            return NODES.textNode(uniqueEmail());
        }
        return example;
    }

    private String uniqueEmail() {
        return "hostile-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + "@example.org";
    }
}
