package org.lorkit.hostile;

import java.util.List;

/**
 * Hostile values, as raw JSON text so that they can be spliced into bodies verbatim (including
 * tokens no JSON library would write, like NaN). Kept free of words the leak check looks for
 * ("Exception", package names), so an echo of user input is not mistaken for a leak.
 */
final class Payloads {

    private Payloads() {}

    /** Injection strings, stored and echoed as plain text by a correct API. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE story; --",
            "\" OR \"\"=\"",
            "1; SELECT pg_sleep(5)--",
            "' UNION SELECT email, password_hash FROM app_user --",
            "$1::text || chr(0)",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(document.cookie)",
            "{{7*7}}${7*7}#{7*7}",
            "../../../../etc/passwd",
            "%00%0d%0aSet-Cookie: a=b",
            "\r\nX-Injected: 1",
            "{\"$gt\": \"\"}",
            "%s%s%s%n%x",
            "\\u0000\\\\",
            "‮ reversed ‭",
            "🩺💉🏥 emoji and 中文 and עברית",
            "a\u0000b",
            "\u0000",
            "\u0001\u0002\u0007\u001b[31m");

    /** JSON values of every type; the generator sends those a property does not accept. */
    static final List<String> ANY_TYPE = List.of(
            "0",
            "-1",
            "1.5",
            "true",
            "false",
            "\"text\"",
            "[]",
            "{}",
            "null",
            "[1,2,3]",
            "{\"nested\":{\"deeper\":[]}}",
            "\"\"");

    /** Raw number tokens: boundaries, overflow, precision, and tokens JSON forbids. */
    static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "-0",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "1e308",
            "-1e308",
            "1e400",
            "1e-400",
            "0.1",
            "123456789012345678901234567890",
            "1E2",
            "\"NaN\"",
            "\"Infinity\"",
            "\"-Infinity\"",
            "NaN",
            "Infinity",
            "-Infinity",
            "0x10",
            "01",
            "+1",
            "1.",
            ".5",
            "\"12\"");

    static final List<String> BAD_DATES = List.of(
            "2026-02-30",
            "2026-02-31",
            "yesterday",
            "2026-13-01",
            "2026-00-10",
            "0000-00-00",
            "99999-01-01",
            "-2026-01-01",
            "2026-1-5",
            "2026/01/05",
            "05.01.2026",
            "2026-02-28T10:00:00Z",
            "2026-02-28 10:00",
            "",
            " ",
            "now",
            "2026-W05",
            "1e10",
            "2026-02-29");

    static final List<String> BAD_DATE_TIMES = List.of(
            "2026-02-30T10:00:00Z",
            "2026-01-01T25:00:00Z",
            "yesterday",
            "2026-01-01",
            "1700000000",
            "2026-01-01T10:00:00",
            "2026-01-01T10:00:00+99:00",
            "");

    static final List<String> BAD_UUIDS = List.of(
            "not-a-uuid",
            "123",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
            "123e4567-e89b-12d3-a456-4266141740000",
            "' OR 1=1 --",
            "");

    static final List<String> BAD_EMAILS = List.of(
            "no-at-sign",
            "@example.org",
            "a@",
            "a@b",
            "a@@b.org",
            "a b@example.org",
            "a@example.org\r\nBcc: x@example.org",
            "'or'1'='1@example.org");

    /** Enum values that are not (quite) allowed: unknown, wrong case, padded, a number. */
    static List<String> badEnums(List<String> allowed) {
        String first = allowed.isEmpty() ? "X" : allowed.get(0);
        return List.of(
                "UNKNOWN_VALUE",
                first.toLowerCase(java.util.Locale.ROOT),
                " " + first,
                first + " ",
                "",
                first + "\u0000",
                "'" + first + "' OR 1=1");
    }

    /** Query values for page/size style integers and for anything else. */
    static final List<String> BAD_QUERY_NUMBERS = List.of(
            "-1",
            "0",
            "100000",
            "2147483648",
            "99999999999999999999",
            "1.5",
            "1e3",
            "NaN",
            "abc",
            "",
            " ",
            "0x10",
            "-0",
            "1;DROP TABLE story");

    static final List<String> BAD_SORTS = List.of(
            "unknown",
            "unknown,desc",
            "createdAt,sideways",
            "createdAt,desc,extra",
            ",",
            "createdAt;DROP TABLE story",
            "id",
            "password_hash",
            "title)--",
            "1",
            "createdAt,DESC",
            "");

    static final List<String> BAD_IF_MATCH = List.of(
            "garbage",
            "\"",
            "W/",
            "\"999999\"",
            "\"-1\"",
            "W/\"abc\"",
            "\"1\", garbage",
            "*, \"1\"",
            ",,,",
            "\"" + "9".repeat(400) + "\"");

    static final List<String> BAD_IDEMPOTENCY_KEYS = List.of(
            "k".repeat(200), "k".repeat(129), " ", "' OR 1=1 --", "<script>", "key-with-ünïcödé", "k".repeat(128));

    /** Values for the Authorization header that must never authenticate. */
    static final List<String> GARBAGE_AUTHORIZATION = List.of(
            "Bearer garbage",
            "Bearer ",
            "Basic dXNlcjpwYXNz",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
            "Bearer a.b.c",
            "bearer " + "x".repeat(5000),
            "Bearer null",
            "Token abc");
}
