package org.lorkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lorkit.support.Applicant;
import org.lorkit.support.contract.ContractOperation;
import org.lorkit.support.contract.OpenApiDocument;

/**
 * The data that hostile traffic must not change, made through the contract's own create
 * operations (secured POSTs answering 201, parents before children), so new resources
 * get fixtures without edits:
 * <ul>
 * <li>the owner's protected items: only ever sent requests that must fail;</li>
 * <li>the owner's scratch items: targets of hostile but valid requests (they may change);</li>
 * <li>a second applicant's (the victim's) items: every request at them must answer 404.</li>
 * </ul>
 * Snapshots are taken through every GET the contract has, before and after.
 */
final class Fixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    enum Role {
        PROTECTED,
        SCRATCH,
        VICTIM
    }

    private final OpenApiDocument contract;
    private final RawClient http;
    private final ValidSamples samples;
    private Applicant owner;
    private final Applicant victim;
    private final Map<Role, Map<String, String>> ids = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Map<String, String> before;

    Fixture(OpenApiDocument contract, RawClient http, ValidSamples samples) {
        this.contract = contract;
        this.http = http;
        this.samples = samples;
        this.owner = Applicant.register();
        this.victim = Applicant.register();
        for (Role role : Role.values()) {
            ids.put(role, new LinkedHashMap<>());
        }
        List<ContractOperation> creates = contract.operations().stream()
                .filter(op -> op.method().equals("POST")
                        && op.secured()
                        && op.responses().has("201")
                        && !op.path().endsWith("}"))
                .sorted(Comparator.comparingInt(op -> op.path().split("\\{").length))
                .toList();
        for (ContractOperation create : creates) {
            for (Role role : Role.values()) {
                create(create, role);
            }
        }
    }

    private void create(ContractOperation op, Role role) {
        String body = op.requestJsonSchema()
                .map(s -> samples.of(new SchemaView(contract, s)).toString())
                .orElse(null);
        if (body != null) {
            // A push endpoint is one browser: posting the same one again refreshes that subscription rather than
            // making another, so each role's fixture is a browser of its own (or scratch and protected are one row).
            body = body.replaceAll(
                    "(\"endpoint\"\\s*:\\s*\"[^\"]*)\"", "$1-" + role.name().toLowerCase() + "\"");
        }
        HostileRequest request = HostileRequest.of(op.operationId(), "fixture", "POST", path(op.path(), role, null));
        if (body != null) {
            request = request.json(BodyVariant.utf8(body));
        }
        Answer answer = http.sendNow(request, "Bearer " + token(role), null);
        if (answer.status() != 201) {
            notes.add(op.describe() + " made no " + role + " fixture: it answered " + answer.status()
                    + " to the sample " + body);
            return;
        }
        String id = readJson(answer.body()).path("id").asText(null);
        if (id == null && answer.header("Location") != null) {
            String location = answer.header("Location");
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        if (id != null) {
            ids.get(role).put(op.path(), id);
        }
    }

    private String token(Role role) {
        return role == Role.VICTIM ? victim.accessToken() : owner.accessToken();
    }

    String ownerToken() {
        return owner.accessToken();
    }

    /** A fresh login for the owner, after an operation ended its sessions (log out everywhere). */
    void renewOwnerSession() {
        String body = "{\"email\":" + BodyVariants.quote(owner.email()) + ",\"password\":"
                + BodyVariants.quote(owner.password()) + "}";
        HostileRequest login = HostileRequest.of("login", "renew", "POST", "/api/v1/auth/login")
                .json(BodyVariant.utf8(body));
        Answer answer = http.sendNow(login, null, "192.0.2.250");
        if (answer.status() != 200) {
            throw new IllegalStateException(
                    "The owner cannot log in again (" + answer.status() + "): " + answer.text());
        }
        JsonNode tokens = readJson(answer.body());
        owner = new Applicant(
                owner.email(),
                owner.password(),
                tokens.path("accessToken").asText(),
                tokens.path("refreshToken").asText());
    }

    /**
     * The operation's path with its parameters filled in for a role. Each parameter takes the id
     * made by the create operation at the path before it ("/stories/{id}" ← POST /stories);
     * {@code lastParam}, when given, replaces the last one (raw, already encoded).
     */
    String path(String template, Role role, String lastParam) {
        Matcher m = PARAM.matcher(template);
        StringBuilder filled = new StringBuilder();
        int end = 0;
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            filled.append(template, end, span[0]);
            String value;
            if (i == spans.size() - 1 && lastParam != null) {
                value = lastParam;
            } else {
                String prefix = template.substring(0, span[0] - 1);
                value = ids.get(role)
                        .getOrDefault(
                                prefix,
                                UUID.nameUUIDFromBytes(prefix.getBytes(StandardCharsets.UTF_8))
                                        .toString());
            }
            filled.append(value);
            end = span[1];
        }
        return filled.append(template.substring(end)).toString();
    }

    boolean hasPathParams(String template) {
        return template.contains("{");
    }

    static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    void snapshot() {
        before = read();
    }

    /** What differs from the snapshot: changed or vanished items, items gone from lists. */
    List<String> changes() {
        Map<String, String> after = read();
        List<String> changes = new ArrayList<>();
        before.forEach((what, body) -> {
            String now = after.get(what);
            if (what.startsWith("list ")) {
                List<JsonNode> stillThere = items(now);
                for (JsonNode item : items(body)) {
                    // Scratch items are there to be changed (and deleted).
                    if (!stillThere.contains(item)
                            && !ids.get(Role.SCRATCH)
                                    .containsValue(item.path("id").asText())) {
                        changes.add(what + " lost or changed " + item);
                    }
                }
            } else if (!body.equals(now)) {
                changes.add(what + " was " + body + " and is now " + now);
            }
        });
        return changes;
    }

    List<String> notes() {
        return notes;
    }

    int snapshotSize() {
        return before.size();
    }

    /**
     * Every GET without required query parameters, for the owner's protected items and the
     * victim's. Item and singleton reads are compared whole; collections (an "items" array)
     * must still hold every item they held (new ones may appear: hostile creates are allowed).
     * The owner's singletons (such as /me) are compared only for the victim: a valid hostile
     * update of one's own profile is allowed to change it.
     */
    private Map<String, String> read() {
        Map<String, String> state = new LinkedHashMap<>();
        for (ContractOperation op : contract.operations()) {
            if (!op.method().equals("GET")
                    || !op.secured()
                    || op.forAdmins()
                    || op.parameters("query").stream()
                            .anyMatch(p -> p.path("required").asBoolean())) {
                continue;
            }
            for (Role role : List.of(Role.PROTECTED, Role.VICTIM)) {
                String path = path(op.path(), role, null);
                if (hasPathParams(op.path()) && !allFilled(op.path(), role)) {
                    continue;
                }
                byte[] read = getOrNull(path, role);
                if (read == null) {
                    continue; // a read that needs more than the contract requires (e.g. one of two filters)
                }
                JsonNode first = readJson(read);
                if (first instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                    object.remove("exportedAt"); // the export's own timestamp, not stored data
                }
                if (first.has("items") && first.get("items").isArray()) {
                    state.put(
                            "list " + role + " " + op.operationId(),
                            readAllPages(op, path, role).toString());
                } else if (role == Role.VICTIM || hasPathParams(op.path())) {
                    state.put(role + " " + op.operationId() + " " + path, first.toString());
                }
            }
        }
        return state;
    }

    private boolean allFilled(String template, Role role) {
        Matcher m = PARAM.matcher(template);
        while (m.find()) {
            if (!ids.get(role).containsKey(template.substring(0, m.start() - 1))) {
                return false;
            }
        }
        return true;
    }

    private JsonNode readAllPages(ContractOperation op, String path, Role role) {
        var all = JSON.createArrayNode();
        boolean pageable = !op.parameters("query").stream()
                .filter(p -> p.path("name").asText().equals("page"))
                .toList()
                .isEmpty();
        String size = op.parameters("query").stream()
                .filter(p -> p.path("name").asText().equals("size"))
                .map(p -> p.path("schema").path("maximum").asText("100"))
                .findFirst()
                .orElse(null);
        for (int page = 0; page < 50; page++) {
            String query = pageable ? "?page=" + page + (size != null ? "&size=" + size : "") : "";
            JsonNode items = readJson(get(path + query, role)).path("items");
            items.forEach(all::add);
            if (!pageable || items.isEmpty()) {
                break;
            }
        }
        return all;
    }

    /** The body of a plain read, or null when the operation answers a 400 to it. */
    private byte[] getOrNull(String path, Role role) {
        Answer answer = http.sendNow(HostileRequest.of("snapshot", "read", "GET", path), "Bearer " + token(role), null);
        return answer.status() == 400 ? null : get(path, role);
    }

    private byte[] get(String path, Role role) {
        Answer answer = http.sendNow(HostileRequest.of("snapshot", "read", "GET", path), "Bearer " + token(role), null);
        if (answer.status() != 200) {
            throw new IllegalStateException("Snapshot read GET " + path + " as " + role + " answered " + answer.status()
                    + ": " + answer.text());
        }
        return answer.body();
    }

    private static List<JsonNode> items(String json) {
        List<JsonNode> items = new ArrayList<>();
        readJson(json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8))
                .forEach(items::add);
        return items;
    }

    static JsonNode readJson(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
