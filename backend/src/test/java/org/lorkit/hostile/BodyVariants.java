package org.lorkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Malformed and hostile request bodies for one JSON schema: broken JSON and bytes, wrong media
 * types, oversized bodies, and for each property (nested ones too) wrong types, missing values,
 * huge and injected strings, boundary numbers, impossible dates and unknown enum values. Each
 * variant starts from a valid sample and breaks one thing.
 */
final class BodyVariants {

    static final int HUGE_STRING = 100_000;
    static final int HUGE_ARRAY = 10_000;
    static final int DEEP = 10_000;
    static final int OVER_LIMIT = 1_100_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "@@hostile-value@@";

    private BodyVariants() {}

    /** Bodies that break the request as a whole; {@code base} is a valid JSON body. */
    static List<BodyVariant> whole(String base) {
        List<BodyVariant> v = new ArrayList<>();
        for (String text : List.of(
                "",
                "null",
                "[]",
                "\"text\"",
                "42",
                "true",
                "{",
                "}",
                "{\"a\":",
                "{}{}",
                "[{}]",
                "{'single': 'quotes'}",
                "{\"a\":1,}",
                "/* comment */ {}",
                "NaN",
                "{\"a\": NaN}",
                "\u0000")) {
            v.add(BodyVariant.json("body " + shorten(text), text, !text.equals("{}{}")));
        }
        v.add(BodyVariant.json("body with trailing garbage", base + " garbage", false));
        v.add(BodyVariant.json("body followed by a second document", base + base, false));
        v.add(BodyVariant.json("body truncated", base.substring(0, base.length() / 2), true));
        v.add(BodyVariant.json("body as an array of itself", "[" + base + "]", true));
        v.add(BodyVariant.json("10 000 nested arrays", "[".repeat(DEEP) + "]".repeat(DEEP), true));
        v.add(BodyVariant.json("10 000 nested objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), true));
        v.add(BodyVariant.json("10 000 unclosed arrays", "[".repeat(DEEP), true));
        v.add(BodyVariant.json("10 000 properties", manyProperties(), false));
        v.add(BodyVariant.json(
                "array of 10 000 objects",
                "[" + String.join(",", java.util.Collections.nCopies(HUGE_ARRAY, "{\"a\":1}")) + "]",
                true));
        v.add(BodyVariant.json("duplicate keys", duplicateFirstKey(base), false));
        v.add(BodyVariant.json("unknown property", withExtra(base, "\"unknownField\": 1"), false));
        v.add(BodyVariant.json("__proto__ property", withExtra(base, "\"__proto__\": {\"admin\": true}"), false));
        v.add(BodyVariant.json("number with 2000 digits", withExtra(base, "\"n\": " + "9".repeat(2000)), false));
        v.add(BodyVariant.json(
                "string with 100 000 escapes", withExtra(base, "\"s\": \"" + "\\u0041".repeat(20_000) + "\""), false));
        // Bytes that are not UTF-8, inside a string value and at the start.
        for (Map.Entry<String, byte[]> bad : Map.of(
                        "invalid UTF-8 (C3 28)", new byte[] {(byte) 0xC3, 0x28},
                        "invalid UTF-8 (FF FE)", new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "overlong UTF-8 (C0 AF)", new byte[] {(byte) 0xC0, (byte) 0xAF},
                        "truncated UTF-8 (E2 82)", new byte[] {(byte) 0xE2, (byte) 0x82},
                        "UTF-8 encoded surrogate (ED A0 80)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        "5-byte UTF-8 (F8 88 80 80 80)",
                                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})
                .entrySet()) {
            v.add(new BodyVariant(
                    bad.getKey() + " in a string",
                    "application/json",
                    intoFirstString(base, bad.getValue()),
                    false,
                    false));
            v.add(new BodyVariant(
                    bad.getKey() + " before the body",
                    "application/json",
                    concat(bad.getValue(), BodyVariant.utf8(base)),
                    true,
                    false));
        }
        v.add(new BodyVariant(
                "UTF-8 byte order mark",
                "application/json",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BodyVariant.utf8(base)),
                false,
                false));
        v.add(new BodyVariant("UTF-16 body", "application/json", base.getBytes(StandardCharsets.UTF_16), false, false));
        v.add(new BodyVariant(
                "UTF-32 body",
                "application/json",
                base.getBytes(java.nio.charset.Charset.forName("UTF-32")),
                false,
                false));
        // Too large: announced with Content-Length, and streamed without one.
        String oversized = withExtra(base, "\"padding\": \"" + "x".repeat(OVER_LIMIT) + "\"");
        v.add(new BodyVariant("1.1 MB body", "application/json", BodyVariant.utf8(oversized), true, false));
        v.add(new BodyVariant("1.1 MB body, chunked", "application/json", BodyVariant.utf8(oversized), true, true));
        v.add(new BodyVariant(
                "3 MB of whitespace, chunked",
                "application/json",
                BodyVariant.utf8(" ".repeat(3_000_000) + base),
                true,
                true));
        return v;
    }

    /** The valid body in media types the API does not take. */
    static List<BodyVariant> mediaTypes(String base) {
        byte[] json = BodyVariant.utf8(base);
        List<BodyVariant> v = new ArrayList<>();
        v.add(BodyVariant.raw("text/plain body", "text/plain", json));
        v.add(BodyVariant.raw(
                "form body",
                "application/x-www-form-urlencoded",
                BodyVariant.utf8("title=x&summary=%3Cscript%3E&email=a%40b.org")));
        v.add(BodyVariant.raw(
                "XML body",
                "application/xml",
                BodyVariant.utf8(
                        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")));
        v.add(BodyVariant.raw(
                "multipart body",
                "multipart/form-data; boundary=xyz",
                BodyVariant.utf8("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n")));
        v.add(BodyVariant.raw("octet-stream body", "application/octet-stream", new byte[] {0, 1, 2, 3, (byte) 0xFF}));
        v.add(BodyVariant.raw("YAML body", "application/yaml", BodyVariant.utf8("title: x\n")));
        v.add(new BodyVariant("JSON without Content-Type", null, json, false, false));
        v.add(new BodyVariant(
                "Content-Type with ISO-8859-1 charset",
                "application/json; charset=ISO-8859-1",
                base.getBytes(StandardCharsets.ISO_8859_1),
                false,
                false));
        v.add(new BodyVariant(
                "Content-Type with a bogus charset", "application/json; charset=bogus-charset", json, false, false));
        v.add(new BodyVariant(
                "Content-Type with charset UTF-16 but UTF-8 bytes",
                "application/json; charset=UTF-16",
                json,
                false,
                false));
        v.add(new BodyVariant("Content-Type application/problem+json", "application/problem+json", json, false, false));
        v.add(new BodyVariant("Content-Type application/vnd.api+json", "application/vnd.api+json", json, false, false));
        v.add(new BodyVariant("Content-Type */*", "*/*", json, false, false));
        v.add(new BodyVariant("Content-Type garbage", "garbage", json, false, false));
        v.add(new BodyVariant(
                "Content-Type with 3 000 parameters", "application/json" + "; p=1".repeat(3000), json, false, false));
        return v;
    }

    /** Per property (recursively): the sample with one value replaced or removed. */
    static List<BodyVariant> properties(SchemaView schema, JsonNode sample) {
        List<BodyVariant> v = new ArrayList<>();
        if (sample instanceof ObjectNode object) {
            addProperties(v, schema, object, object, "", 0);
        }
        return v;
    }

    private static void addProperties(
            List<BodyVariant> v, SchemaView schema, ObjectNode root, ObjectNode here, String path, int depth) {
        schema.properties().forEach((name, property) -> {
            String where = path.isEmpty() ? name : path + "." + name;
            JsonNode original = here.get(name);
            // Missing: refused when required, otherwise a valid request.
            here.remove(name);
            v.add(BodyVariant.json("body." + where + " missing", root.toString(), false));
            for (String raw : valuesFor(property)) {
                here.put(name, HOLE);
                v.add(BodyVariant.json(
                        "body." + where + " = " + shorten(raw),
                        root.toString().replace("\"" + HOLE + "\"", raw),
                        false));
            }
            if (original != null) {
                here.set(name, original);
            } else {
                here.remove(name);
            }
            JsonNode value = here.get(name);
            if (depth < 3 && value instanceof ObjectNode nested) {
                addProperties(v, property, root, nested, where, depth + 1);
            } else if (depth < 3
                    && value != null
                    && value.isArray()
                    && !value.isEmpty()
                    && value.get(0) instanceof ObjectNode item) {
                addProperties(v, property.items(), root, item, where + "[0]", depth + 1);
            }
        });
    }

    private static final java.util.Map<JsonNode, List<String>> VALUES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Raw JSON values that a property of this schema should not take (or should take with care). */
    static List<String> valuesFor(SchemaView property) {
        // Built once per schema: the huge values are costly to make and the same every time.
        return VALUES.computeIfAbsent(property.node(), n -> List.copyOf(makeValuesFor(property)));
    }

    private static List<String> makeValuesFor(SchemaView property) {
        List<String> values = new ArrayList<>();
        for (String any : Payloads.ANY_TYPE) {
            if (!property.accepts(parse(any))) {
                values.add(any);
            }
        }
        switch (property.mainType()) {
            case "string" -> {
                values.add(quote("x".repeat(HUGE_STRING)));
                values.add(quote("<".repeat(10_000)));
                if (property.maxLength() != null && property.maxLength() < HUGE_STRING) {
                    values.add(quote("y".repeat(property.maxLength() + 1)));
                }
                Payloads.INJECTIONS.forEach(s -> values.add(quote(s)));
                values.add("\"\\ud800\"");
                values.add("\"\\udfff\\ud800 lone surrogates\"");
                switch (property.format()) {
                    case "date" -> Payloads.BAD_DATES.forEach(s -> values.add(quote(s)));
                    case "date-time" -> Payloads.BAD_DATE_TIMES.forEach(s -> values.add(quote(s)));
                    case "uuid" -> Payloads.BAD_UUIDS.forEach(s -> values.add(quote(s)));
                    case "email" -> Payloads.BAD_EMAILS.forEach(s -> values.add(quote(s)));
                    default -> {}
                }
                if (!property.enumValues().isEmpty()) {
                    Payloads.badEnums(property.enumValues()).forEach(s -> values.add(quote(s)));
                }
            }
            case "integer", "number" -> values.addAll(Payloads.NUMBERS);
            case "boolean" -> values.addAll(List.of("\"true\"", "1", "\"yes\"", "\"\"", "\"TRUE\""));
            case "array" -> {
                values.add("[" + String.join(",", java.util.Collections.nCopies(HUGE_ARRAY, "\"item\"")) + "]");
                values.add("[" + String.join(",", java.util.Collections.nCopies(HUGE_ARRAY, "{}")) + "]");
                values.add("[null]");
                values.add("[[[]]]");
            }
            case "object" -> values.add("{\"a\":".repeat(500) + "1" + "}".repeat(500));
            default -> {}
        }
        return values;
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String manyProperties() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
        }
        return body.append('}').toString();
    }

    private static String withExtra(String base, String member) {
        String trimmed = base.trim();
        if (!trimmed.startsWith("{")) {
            return "{" + member + "}";
        }
        return trimmed.equals("{}") ? "{" + member + "}" : "{" + member + "," + trimmed.substring(1);
    }

    private static String duplicateFirstKey(String base) {
        try {
            JsonNode tree = JSON.readTree(base);
            if (!tree.isObject() || tree.isEmpty()) {
                return "{\"a\":1,\"a\":2}";
            }
            String first = tree.fieldNames().next();
            return withExtra(base, quote(first) + ": " + tree.get(first).toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body with bad bytes right after the opening quote of its first string value. */
    private static byte[] intoFirstString(String base, byte[] bad) {
        int colon = base.indexOf(":\"");
        if (colon < 0) {
            return concat(BodyVariant.utf8("{\"a\":\""), concat(bad, BodyVariant.utf8("\"}")));
        }
        return concat(
                BodyVariant.utf8(base.substring(0, colon + 2)),
                concat(bad, BodyVariant.utf8(base.substring(colon + 2))));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "·");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + text.length() + " chars)" : printable;
    }
}
