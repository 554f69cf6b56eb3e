package org.lorkit.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One operation of the contract (method + path template) and what it declares. */
public final class ContractOperation {

    private final OpenApiDocument document;
    private final String method;
    private final String path;
    private final JsonNode node;
    private final Pattern pathPattern;

    ContractOperation(OpenApiDocument document, String method, String path, JsonNode node) {
        this.document = document;
        this.method = method;
        this.path = path;
        this.node = node;
        this.pathPattern = Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public JsonNode node() {
        return node;
    }

    public String operationId() {
        return node.path("operationId").asText(method + " " + path);
    }

    /** "createStory (POST /api/v1/stories)": how failures name an operation. */
    public String describe() {
        return operationId() + " (" + method + " " + path + ")";
    }

    public boolean secured() {
        JsonNode security = node.path("security");
        return security.isArray() && !security.isEmpty();
    }

    boolean matches(String concretePath) {
        return pathPattern.matcher(concretePath).matches();
    }

    int literalLength() {
        return path.replaceAll("\\{[^}/]+}", "").length();
    }

    /** Declared parameters (path-item level ones included), each resolved. */
    public List<JsonNode> parameters(String in) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode itemLevel = document.root().path("paths").path(path).path("parameters");
        for (JsonNode list : List.of(itemLevel, node.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = document.resolve(p);
                if (in.equals(resolved.path("in").asText())) {
                    found.add(resolved);
                }
            }
        }
        return found;
    }

    public boolean hasRequestBody() {
        return !node.path("requestBody").isMissingNode();
    }

    public boolean requestBodyRequired() {
        return document.resolve(node.path("requestBody")).path("required").asBoolean(false);
    }

    /** The JSON schema of the request body, if the operation takes JSON. */
    public Optional<JsonNode> requestJsonSchema() {
        JsonNode content = document.resolve(node.path("requestBody")).path("content");
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            String media = it.next();
            if (media.contains("json")) {
                return Optional.of(content.path(media).path("schema"));
            }
        }
        return Optional.empty();
    }

    /** Documented status codes ("200", "404", "4XX", "default"). */
    /** Administration (tag Admin) needs the admin role; applicants get 403 there by design. */
    public boolean forAdmins() {
        for (JsonNode tag : node().path("tags")) {
            if (tag.asText().equals("Admin")) {
                return true;
            }
        }
        return false;
    }

    public JsonNode responses() {
        return node.path("responses");
    }

    @Override
    public String toString() {
        return describe();
    }
}
