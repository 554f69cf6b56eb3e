package org.lorkit.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OpenAPI document as a tree, with the few questions tests ask of it: which operations
 * exist, which operation a request hits, and what a {@code $ref} points to. Test tools read
 * the contract instead of hard-coding endpoints, so new operations are covered without edits.
 */
public final class OpenApiDocument {

    /** The committed contract, relative to backend/ (where Maven runs the tests). */
    public static final Path COMMITTED = Path.of("..", "openapi", "openapi.yaml");

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static volatile OpenApiDocument committed;

    private final JsonNode root;
    private final List<ContractOperation> operations;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        List<ContractOperation> ops = new ArrayList<>();
        root.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                    if (METHODS.contains(entry.getKey())) {
                        ops.add(new ContractOperation(
                                this, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue()));
                    }
                }));
        // Most literal characters first, so /me/totp wins over a /me/{id} that may arrive later.
        ops.sort(Comparator.comparingInt((ContractOperation o) -> -o.literalLength())
                .thenComparing(ContractOperation::path));
        this.operations = List.copyOf(ops);
    }

    /** Parses JSON or YAML text. */
    public static OpenApiDocument parse(String text) {
        try {
            return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document does not parse", e);
        }
    }

    /** openapi/openapi.yaml, read once per test JVM. */
    public static OpenApiDocument committed() {
        if (committed == null) {
            try {
                committed = parse(Files.readString(COMMITTED));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + COMMITTED.toAbsolutePath(), e);
            }
        }
        return committed;
    }

    public JsonNode root() {
        return root;
    }

    public List<ContractOperation> operations() {
        return operations;
    }

    /** The documented operation a request (path without query) hits, if any. */
    public Optional<ContractOperation> match(String method, String path) {
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method) && o.matches(path))
                .findFirst();
    }

    /** Follows local {@code $ref}s ("#/components/...") until a node without one. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local $refs are supported: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
