package org.lorkit.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    /**
     * Operations on an applicant's own LOR data, the ones owner scope is about. The account
     * itself (tag Auth: me, password, second factor) has no ids of others to try, and
     * administration (tag Admin) is covered by its role tests, and the season calendars (tag Seasons)
     * are reference data every applicant reads alike (SeasonRecordsTest).
     */
    public boolean onApplicantData() {
        return secured() && !forAdmins() && !tags().contains("Auth") && !tags().contains("Seasons");
    }

    /** Operations on the caller's whole account (import, delete) are marked so in the contract and tested on their own. */
    public boolean wholeAccount() {
        return "account".equals(node.path("x-lorkit-scope").asText());
    }

    /** Documents a 201: it creates something. */
    public boolean creates() {
        return responses().has("201");
    }

    public boolean hasItemId() {
        return path.contains("{id}");
    }

    public boolean hasHeader(String name) {
        return parameters("header").stream()
                .anyMatch(p -> name.equalsIgnoreCase(p.path("name").asText()));
    }

    /** A list: answers pages (it takes a page parameter). */
    public boolean isList() {
        return parameters("query").stream()
                .anyMatch(p -> "page".equals(p.path("name").asText()));
    }

    /** The collection segment: /api/v1/letters/{id}/transitions → letters. */
    public String collection() {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : "";
    }

    /** The path with {id} taken from {@code ids} (by collection) and other path parameters from their examples. */
    public String concrete(Map<String, String> ids) {
        return concrete(path, ids);
    }

    /** The address of the item this operation acts on: the path up to {id}, or the path itself. */
    public String itemPath(Map<String, String> ids) {
        int at = path.indexOf("{id}");
        return concrete(at < 0 ? path : path.substring(0, at + 4), ids);
    }

    private String concrete(String template, Map<String, String> ids) {
        for (JsonNode p : parameters("path")) {
            String name = p.path("name").asText();
            if (!"id".equals(name) && template.contains("{" + name + "}")) {
                JsonNode example =
                        p.has("example") ? p.get("example") : p.path("schema").path("example");
                if (example.isMissingNode()) {
                    throw new AssertionError(
                            describe() + ": path parameter " + name + " needs an example in the contract");
                }
                template = template.replace("{" + name + "}", example.asText());
            }
        }
        if (!template.contains("{id}")) {
            return template;
        }
        String id = ids.get(collection());
        if (id == null) {
            throw new AssertionError("No fixture id for " + describe() + ": add a " + collection()
                    + " record to support.Fixture so that this endpoint is covered");
        }
        return template.replace("{id}", id);
    }

    @Override
    public String toString() {
        return describe();
    }
}
