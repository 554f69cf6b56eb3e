package org.lorkit.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the served OpenAPI document and turns each operation into a concrete request:
 * path ids, uuid query parameters and valid bodies are generated from the contract itself,
 * with ids taken from a {@link Fixture}. A new endpoint is therefore covered by every
 * contract-walking test without anyone listing it.
 */
public final class Contract {

    /** One operation of the contract. */
    public record Operation(String method, String path, Map<String, Object> spec) {

        public String id() {
            return (String) spec.get("operationId");
        }

        public boolean secured() {
            return spec.get("security") != null;
        }

        @SuppressWarnings("unchecked")
        public List<String> tags() {
            Object tags = spec.get("tags");
            return tags == null ? List.of() : (List<String>) tags;
        }

        /**
         * Operations on an applicant's own LOR data, the ones owner scope is about. The account
         * itself (tag Auth: me, password, second factor) has no ids of others to try, and
         * administration (tag Admin) is covered by its role tests.
         */
        public boolean onApplicantData() {
            return secured() && !tags().contains("Admin") && !tags().contains("Auth");
        }

        /** Documents a 201: it creates something. */
        @SuppressWarnings("unchecked")
        public boolean creates() {
            Object responses = spec.get("responses");
            return responses instanceof Map<?, ?> map && map.containsKey("201");
        }

        public boolean hasItemId() {
            return path.contains("{id}");
        }

        public boolean hasHeader(String name) {
            return parameters().stream().anyMatch(p -> "header".equals(p.get("in")) && name.equalsIgnoreCase((String) p.get("name")));
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> parameters() {
            Object params = spec.get("parameters");
            return params == null ? List.of() : (List<Map<String, Object>>) params;
        }

        /** The collection segment: /api/v1/letters/{id}/transitions → letters. */
        public String collection() {
            String[] parts = path.split("/");
            return parts.length > 3 ? parts[3] : "";
        }

        /** The address of the item this operation acts on: the path up to {id}, or the path itself. */
        public String itemPath(Map<String, String> ids) {
            int at = path.indexOf("{id}");
            String item = at < 0 ? path : path.substring(0, at + 4);
            return concrete(item, ids);
        }

        /** Path parameters other than {id} (a checkpoint id, a token) take the example the contract gives them. */
        private String otherPathParameters(String template) {
            for (Map<String, Object> p : parameters()) {
                String name = (String) p.get("name");
                if ("path".equals(p.get("in")) && !"id".equals(name) && template.contains("{" + name + "}")) {
                    Object example = p.get("example");
                    if (example == null) {
                        throw new AssertionError(method + " " + path + ": path parameter " + name + " needs an example in the contract");
                    }
                    template = template.replace("{" + name + "}", example.toString());
                }
            }
            return template;
        }

        /** A list: answers pages (it takes a page parameter). Lists filter by the ids they are given; other reads name records. */
        public boolean isList() {
            return parameters().stream().anyMatch(p -> "page".equals(p.get("name")));
        }

        /** Operations on the caller's whole account (import, delete) are marked so in the contract and tested on their own. */
        public boolean wholeAccount() {
            return "account".equals(spec.get("x-lorkit-scope"));
        }

        public String concrete(Map<String, String> ids) {
            return concrete(path, ids);
        }

        private String concrete(String template, Map<String, String> ids) {
            template = otherPathParameters(template);
            if (!template.contains("{id}")) {
                return template;
            }
            String id = ids.get(collection());
            if (id == null) {
                throw new AssertionError("No fixture id for " + method + " " + path + ": add a " + collection()
                        + " record to support.Fixture so that this endpoint is covered");
            }
            return template.replace("{id}", id);
        }
    }

    private final Map<String, Object> doc;

    private Contract(Map<String, Object> doc) {
        this.doc = doc;
    }

    public static Contract served() {
        return new Contract(given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("$"));
    }

    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        List<Operation> result = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                result.add(new Operation(method.toUpperCase(Locale.ROOT), path, (Map<String, Object>) op));
            }
        }));
        return result;
    }

    /** Query parameters of format uuid, filled with the fixture id their name points at. */
    public Map<String, String> uuidQuery(Operation op, Map<String, String> ids) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Map<String, Object> p : op.parameters()) {
            Map<String, Object> schema = resolve(p.get("schema"));
            if ("query".equals(p.get("in")) && schema != null && "uuid".equals(schema.get("format"))) {
                query.put((String) p.get("name"), idFor((String) p.get("name"), ids));
            }
        }
        return query;
    }

    /** A valid JSON body for the operation (null when it takes none). */
    @SuppressWarnings("unchecked")
    public Object body(Operation op, Map<String, String> ids) {
        Map<String, Object> requestBody = (Map<String, Object>) op.spec().get("requestBody");
        if (requestBody == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return value("body", json.get("schema"), ids, 0);
    }

    /** Sends the operation as `who` (null: anonymous) with the fixture's ids; extra headers as given. */
    public Response call(Operation op, Applicant who, Map<String, String> ids, Map<String, String> headers) {
        var request = who == null ? given().contentType("application/json") : who.request();
        request.queryParams(uuidQuery(op, ids));
        headers.forEach(request::header);
        Object body = body(op, ids);
        if (body != null) {
            request.body(body);
        }
        return request.request(op.method(), op.concrete(ids));
    }

    @SuppressWarnings("unchecked")
    private Object value(String name, Object rawSchema, Map<String, String> ids, int depth) {
        Map<String, Object> schema = resolve(rawSchema);
        if (schema == null || depth > 6) {
            return null;
        }
        String type = typeOf(schema);
        String format = (String) schema.get("format");
        if ("uuid".equals(format)) {
            return idFor(name, ids);
        }
        if ("date".equals(format)) {
            // Inside every fixture rotation, not in the future, and equal on both ends of any ordered pair.
            return LocalDate.now(java.time.ZoneOffset.UTC).minusDays(20).toString();
        }
        if ("date-time".equals(format)) {
            return Instant.now().minusSeconds(60).toString();
        }
        if (schema.get("enum") != null) {
            List<Object> values = (List<Object>) schema.get("enum");
            Object example = example(schema);
            return example != null && values.contains(example) ? example : values.get(0);
        }
        switch (type) {
            case "object": {
                Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
                Map<String, Object> result = new LinkedHashMap<>();
                if (properties != null) {
                    properties.forEach((property, propertySchema) -> {
                        Map<String, Object> resolved = resolve(propertySchema);
                        if (resolved != null && Boolean.TRUE.equals(resolved.get("readOnly"))
                                || propertySchema instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("readOnly"))) {
                            return;
                        }
                        result.put(property, value(property, propertySchema, ids, depth + 1));
                    });
                }
                return result;
            }
            case "array":
                return List.of(value(name, schema.get("items"), ids, depth + 1));
            case "integer":
            case "number": {
                Object example = example(schema);
                if (example != null) {
                    return example instanceof String s ? Integer.parseInt(s) : example;
                }
                return schema.get("minimum") != null ? schema.get("minimum") : 1;
            }
            case "boolean": {
                Object example = example(schema);
                return example instanceof String s ? Boolean.parseBoolean(s) : example == null ? Boolean.FALSE : example;
            }
            default: {
                Object example = example(schema);
                return example != null ? example.toString() : "x";
            }
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
        throw new AssertionError("The contract field " + name + " is a uuid that names no fixture collection: teach support.Contract");
    }

    private static Object example(Map<String, Object> schema) {
        if (schema.get("examples") instanceof List<?> list && !list.isEmpty()) {
            return list.get(0);
        }
        return schema.get("example");
    }

    /** Follows $ref, and picks the non-null branch of anyOf/oneOf/allOf, merging the outer keywords. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Object raw) {
        if (!(raw instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> schema = new LinkedHashMap<>((Map<String, Object>) raw);
        if (schema.get("$ref") instanceof String ref) {
            Map<String, Object> target = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("components"))
                    .get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1));
            schema.remove("$ref");
            Map<String, Object> merged = new LinkedHashMap<>(resolve(target));
            merged.putAll(schema);
            return merged;
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.get(combinator) instanceof List<?> branches) {
                schema.remove(combinator);
                for (Object branch : branches) {
                    Map<String, Object> resolved = resolve(branch);
                    if (resolved != null && !"null".equals(typeOf(resolved))) {
                        Map<String, Object> merged = new LinkedHashMap<>(resolved);
                        schema.forEach((k, v) -> {
                            if (!"type".equals(k)) {
                                merged.put(k, v);
                            }
                        });
                        return merged;
                    }
                }
            }
        }
        return schema;
    }

    private static String typeOf(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(Object::toString).filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        if (type == null) {
            return schema.get("properties") != null ? "object" : "string";
        }
        return type.toString();
    }
}
