package org.lorkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.lorkit.hostile.Fixture.Role;
import org.lorkit.support.contract.ContractOperation;
import org.lorkit.support.contract.OpenApiDocument;

/**
 * Every hostile request for one operation of the contract: bodies (BodyVariants), path ids,
 * query parameters and headers, each sent with the applicant's valid token and once more with none
 * or one of the bad ones. Deterministic for a seed.
 */
final class HostileCampaign {

    private final OpenApiDocument contract;
    private final Fixture fixture;
    private final ValidSamples samples;
    private final Random random;
    private int badAuth;

    HostileCampaign(OpenApiDocument contract, Fixture fixture, ValidSamples samples, Random random) {
        this.contract = contract;
        this.fixture = fixture;
        this.samples = samples;
        this.random = random;
    }

    List<HostileRequest> requestsFor(ContractOperation op) {
        List<HostileRequest> cases = new ArrayList<>();
        Optional<JsonNode> schema = op.requestJsonSchema();
        SchemaView view = schema.map(s -> new SchemaView(contract, s)).orElse(null);
        JsonNode sample = view == null ? null : samples.of(view);
        String base = sample == null ? null : sample.toString();
        bodies(op, view, sample, base, cases);
        pathIds(op, base, cases);
        query(op, cases);
        headers(op, base, cases);
        return withEveryAuth(op, cases);
    }

    /**
     * Random combinations for one operation (seeded): several properties broken at once, plus
     * a bad query parameter or header now and then, at a random target with a random token.
     */
    List<HostileRequest> mixedFor(ContractOperation op, int count) {
        List<HostileRequest> cases = new ArrayList<>();
        SchemaView view =
                op.requestJsonSchema().map(s -> new SchemaView(contract, s)).orElse(null);
        JsonNode sample = view == null ? null : samples.of(view);
        Role[] targets = {Role.SCRATCH, Role.VICTIM, null};
        String[][] headers = {
            {"Accept", "application/xml"},
            {"If-Match", "garbage"},
            {"Idempotency-Key", "k".repeat(200)},
            {"X-Forwarded-For", "garbage"},
            {"Content-Encoding", "gzip"}
        };
        for (int i = 0; i < count; i++) {
            StringBuilder what = new StringBuilder("mixed #" + i + ":");
            String query = null;
            if (!op.parameters("query").isEmpty() && random.nextInt(3) == 0) {
                JsonNode parameter = op.parameters("query")
                        .get(random.nextInt(op.parameters("query").size()));
                String value = pick(random.nextBoolean() ? Payloads.BAD_QUERY_NUMBERS : Payloads.INJECTIONS);
                query = "?" + parameter.path("name").asText() + "=" + Fixture.encode(value);
                what.append(" query ")
                        .append(parameter.path("name").asText())
                        .append('=')
                        .append(BodyVariants.shorten(value));
            }
            HostileRequest request = at(op, targets[random.nextInt(targets.length)], query, "");
            if (sample != null && sample.isObject() && !view.properties().isEmpty()) {
                ObjectNode body = sample.deepCopy();
                List<String> names = new ArrayList<>(view.properties().keySet());
                Map<String, String> holes = new LinkedHashMap<>();
                for (int k = 1 + random.nextInt(Math.min(3, names.size())); k > 0; k--) {
                    String name = names.remove(random.nextInt(names.size()));
                    String raw = pick(BodyVariants.valuesFor(view.properties().get(name)));
                    String hole = "@@hole-" + k + "@@";
                    body.put(name, hole);
                    holes.put("\"" + hole + "\"", raw);
                    what.append(" body.").append(name).append('=').append(BodyVariants.shorten(raw));
                }
                String json = body.toString();
                for (var hole : holes.entrySet()) {
                    json = json.replace(hole.getKey(), hole.getValue());
                }
                request = request.json(BodyVariant.utf8(json));
            }
            if (random.nextInt(4) == 0) {
                String[] header = headers[random.nextInt(headers.length)];
                request = request.header(header[0], header[1]);
                what.append(" header ").append(header[0]);
            }
            Auth auth = switch (random.nextInt(3)) {
                case 0 -> Auth.VALID;
                case 1 -> Auth.NONE;
                default -> Auth.BAD[random.nextInt(Auth.BAD.length)];
            };
            if (auth == Auth.VALID && op.method().equals("DELETE") && !fixture.hasPathParams(op.path())) {
                auth = Auth.NONE;
            }
            cases.add(request.what(what.toString()).as(auth));
        }
        return cases;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void bodies(
            ContractOperation op, SchemaView view, JsonNode sample, String base, List<HostileRequest> cases) {
        List<BodyVariant> variants = new ArrayList<>();
        if (base != null) {
            variants.addAll(BodyVariants.whole(base));
            variants.addAll(BodyVariants.mediaTypes(base));
            variants.addAll(BodyVariants.properties(view, sample));
        } else {
            // An operation without a body must not trip over one.
            String unexpected = "{\"unexpected\": \"<script>alert(1)</script>\"}";
            variants.add(BodyVariant.json("unexpected JSON body", unexpected, false));
            variants.addAll(BodyVariants.mediaTypes(unexpected).subList(0, 4));
            variants.addAll(BodyVariants.whole(unexpected).stream()
                    .filter(b -> b.what().contains("10 000")
                            || b.what().contains("1.1 MB")
                            || b.what().startsWith("invalid UTF-8"))
                    .toList());
        }
        Role[] rotation = {Role.SCRATCH, Role.VICTIM, null};
        int i = 0;
        for (BodyVariant body : variants) {
            Role target = rotation[i++ % rotation.length];
            cases.add(withBody(at(op, target, null, body.what()), body));
            if (body.unreadable() && fixture.hasPathParams(op.path()) && mayTouchProtected(op)) {
                cases.add(withBody(at(op, Role.PROTECTED, null, body.what() + " at my protected item"), body));
            }
        }
    }

    private void pathIds(ContractOperation op, String base, List<HostileRequest> cases) {
        if (!fixture.hasPathParams(op.path())) {
            return;
        }
        List<String> ids = new ArrayList<>(Payloads.BAD_UUIDS);
        ids.addAll(List.of(
                new UUID(random.nextLong(), random.nextLong()).toString(),
                "x".repeat(5000),
                "../../etc/passwd",
                "%2e%2e%2f",
                "<script>alert(1)</script>",
                "1 OR 1=1",
                "\u0000",
                "😀",
                "-1",
                "9".repeat(40)));
        for (String id : ids) {
            HostileRequest request = HostileRequest.of(
                    op.operationId(),
                    "path id " + BodyVariants.shorten(id),
                    op.method(),
                    fixture.path(op.path(), Role.SCRATCH, Fixture.encode(id)));
            cases.add(base == null ? request : request.json(BodyVariant.utf8(base)));
        }
        // Another applicant's item, with a valid body and the If-Match that matches anything: must be 404.
        HostileRequest victims = at(op, Role.VICTIM, null, "another applicant's id with If-Match *")
                .header("If-Match", "*");
        cases.add(base == null ? victims : victims.json(BodyVariant.utf8(base)));
        // My protected item with a valid body but a stale If-Match: must be refused (412), nothing changes.
        if (declares(op, "header", "If-Match")) {
            for (String stale : Payloads.BAD_IF_MATCH) {
                if (!stale.contains("*") && !stale.matches("(?s).*\"\\d{1,3}\".*")) {
                    HostileRequest request = at(
                                    op,
                                    Role.PROTECTED,
                                    null,
                                    "my protected item, If-Match " + BodyVariants.shorten(stale))
                            .header("If-Match", stale);
                    cases.add(base == null ? request : request.json(BodyVariant.utf8(base)));
                }
            }
        }
        if (op.method().equals("GET")) {
            cases.add(at(op, Role.PROTECTED, null, "my protected item"));
        }
    }

    private void query(ContractOperation op, List<HostileRequest> cases) {
        for (JsonNode parameter : op.parameters("query")) {
            String name = parameter.path("name").asText();
            String type = new SchemaView(contract, parameter.path("schema")).mainType();
            List<String> values = new ArrayList<>();
            if (type.equals("integer") || type.equals("number")) {
                values.addAll(Payloads.BAD_QUERY_NUMBERS);
            }
            if (name.equals("sort")) {
                values.addAll(Payloads.BAD_SORTS);
            }
            values.addAll(Payloads.INJECTIONS);
            values.add("x".repeat(3000));
            for (String value : values) {
                cases.add(at(
                        op,
                        Role.SCRATCH,
                        "?" + name + "=" + Fixture.encode(value),
                        "query " + name + "=" + BodyVariants.shorten(value)));
            }
            cases.add(at(op, Role.SCRATCH, "?" + name + "=1&" + name + "=2", "query " + name + " twice"));
            cases.add(at(op, Role.SCRATCH, "?" + name, "query " + name + " without value"));
        }
        cases.add(at(op, Role.SCRATCH, "?unknownParam=%3Cscript%3E&=1&&", "unknown and empty query parameters"));
        cases.add(at(op, Role.SCRATCH, "?q=" + "x".repeat(10_000), "10 000-character query"));
    }

    private void headers(ContractOperation op, String base, List<HostileRequest> cases) {
        List<String[]> headers = new ArrayList<>();
        if (declares(op, "header", "If-Match")) {
            Payloads.BAD_IF_MATCH.forEach(v -> headers.add(new String[] {"If-Match", v}));
        }
        if (declares(op, "header", "Idempotency-Key")) {
            Payloads.BAD_IDEMPOTENCY_KEYS.forEach(v -> headers.add(new String[] {"Idempotency-Key", v}));
        }
        for (String[] h : new String[][] {
            {"Accept", "application/xml"},
            {"Accept", "text/html"},
            {"Accept", "garbage/;;;"},
            {"Accept-Charset", "ISO-8859-1"},
            {"Accept-Encoding", "gzip, deflate, br"},
            {"Accept-Language", "'; DROP TABLE x"},
            {"Content-Encoding", "gzip"},
            {"Content-Encoding", "br"},
            {"X-Forwarded-For", "garbage"},
            {"X-Forwarded-For", "999.999.999.999, ::ffff:garbage"},
            {"X-Forwarded-For", "1.2.3.4, ".repeat(500) + "5.6.7.8"},
            {"Forwarded", "for=\"[garbage\";proto=javascript;host=evil"},
            {"X-Forwarded-Proto", "gopher"},
            {"X-Forwarded-Host", "evil.example"},
            {"X-Forwarded-Prefix", "/../../"},
            {"X-HTTP-Method-Override", "DELETE"},
            {"Origin", "https://evil.example"},
            {"Cookie", "a=" + "b".repeat(3000)},
            {"If-None-Match", "garbage"},
            {"If-Modified-Since", "yesterday"},
            {"Range", "bytes=-1--2"},
            {"X-Big", "z".repeat(24_000)}
        }) {
            headers.add(h);
        }
        for (String[] h : headers) {
            boolean ifMatch = h[0].equals("If-Match");
            // A possibly matching If-Match (*, "1") goes to scratch data only.
            HostileRequest request = at(op, Role.SCRATCH, null, "header " + h[0] + ": " + BodyVariants.shorten(h[1]))
                    .header(h[0], h[1]);
            cases.add(base == null ? request : request.json(BodyVariant.utf8(base)));
            if (ifMatch && fixture.hasPathParams(op.path())) {
                cases.add(at(op, Role.VICTIM, null, "another applicant's id, If-Match " + BodyVariants.shorten(h[1]))
                        .header(h[0], h[1]));
            }
        }
    }

    /**
     * Each case with the valid token, and once more without one or with a bad one, taken in turn (none,
     * then each bad kind). Authentication is decided before the body, the ids or the query are read, so
     * one token-less variant per case meets every hostile shape without a token; sending each case with
     * both (as before) tripled the run's two minutes for no answer the judge had not already seen.
     */
    private List<HostileRequest> withEveryAuth(ContractOperation op, List<HostileRequest> cases) {
        List<HostileRequest> all = new ArrayList<>(cases.size() * 2);
        for (HostileRequest c : cases) {
            // An account-wide DELETE (no id) with a valid token would end the run's own account.
            if (!(op.method().equals("DELETE") && !fixture.hasPathParams(op.path()))) {
                all.add(c.as(Auth.VALID));
            }
            int turn = badAuth++ % (Auth.BAD.length + 1);
            all.add(c.as(turn == Auth.BAD.length ? Auth.NONE : Auth.BAD[turn]));
        }
        return all;
    }

    /** The operation's request at a role's item (or at its path without ids), plus a query. */
    private HostileRequest at(ContractOperation op, Role role, String query, String what) {
        String path = role == null
                ? fixture.path(op.path(), Role.SCRATCH, new UUID(random.nextLong(), random.nextLong()).toString())
                : fixture.path(op.path(), role, null);
        String described = fixture.hasPathParams(op.path())
                ? what + " (" + (role == null ? "random id" : role.name().toLowerCase()) + ")"
                : what;
        return HostileRequest.of(op.operationId(), described, op.method(), path + (query == null ? "" : query));
    }

    private static HostileRequest withBody(HostileRequest request, BodyVariant body) {
        HostileRequest withBody = request.body(body.contentType(), body.bytes());
        return body.chunked() ? withBody.sentChunked() : withBody;
    }

    /**
     * Unreadable bodies may be aimed at my protected item only where nothing else could change it:
     * the operation takes a body (so an unreadable one is refused before anything happens).
     */
    private static boolean mayTouchProtected(ContractOperation op) {
        return op.hasRequestBody();
    }

    private static boolean declares(ContractOperation op, String in, String name) {
        return op.parameters(in).stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase(name));
    }
}
