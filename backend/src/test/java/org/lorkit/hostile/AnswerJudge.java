package org.lorkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lorkit.support.contract.ContractConformance;

/**
 * What a correct answer to a hostile request looks like: never 5xx; every error is
 * application/problem+json with type, title, status (the HTTP status) and detail, and shows
 * no stack trace, class name or SQL; 429 says when to retry; and the answer is one the
 * contract documents for the operation.
 */
final class AnswerJudge {

    /** Traces of internals: stack frames, Java/library package names, SQL error text. */
    static final Pattern LEAK = Pattern.compile(
            "(?i)(\\w+Exception\\b|\\bat (java|org|io|com|jdk|sun)\\.|\\bjava\\.(lang|util|sql|io)\\b|org\\.(hibernate|postgresql|jboss|lorkit)"
                    + "|com\\.fasterxml|io\\.(vertx|quarkus|smallrye|netty)|jakarta\\.|PSQL|SQLState|syntax error at or near"
                    + "|duplicate key value|violates (unique|foreign key|check) constraint|relation \"\\w+\"|<html|<!doctype)");

    private final ContractConformance contract;

    AnswerJudge(ContractConformance contract) {
        this.contract = contract;
    }

    /** Findings for one exchange, each "kind: detail"; empty when the answer is right. */
    List<String> judge(HostileRequest request, Answer answer) {
        List<String> findings = new ArrayList<>();
        if (answer.failure() != null) {
            if (!answer.failure().startsWith("not sendable")) {
                findings.add("no answer: " + answer.failure());
            }
            return findings;
        }
        int status = answer.status();
        String body = answer.text();
        if (status >= 500) {
            findings.add("5xx: " + status + " " + excerpt(body));
        }
        if (status >= 400) {
            problemShape(status, answer, body, findings);
        }
        if (status == 429 && answer.header("Retry-After") == null) {
            findings.add("429 without Retry-After");
        }
        String path = request.path().contains("?")
                ? request.path().substring(0, request.path().indexOf('?'))
                : request.path();
        for (String violation : contract.check(request.method(), path, status, answer.header("Content-Type"), body)) {
            findings.add("contract " + status + ": " + violation);
        }
        return findings;
    }

    private static void problemShape(int status, Answer answer, String body, List<String> findings) {
        String type = answer.header("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/problem+json")) {
            findings.add("not problem+json: " + status + " as " + type + " " + excerpt(body));
            return;
        }
        JsonNode problem = Fixture.readJson(answer.body());
        for (String field : List.of("type", "title", "detail")) {
            if (!problem.path(field).isTextual() || problem.path(field).asText().isBlank()) {
                findings.add("problem without " + field + ": " + status + " " + excerpt(body));
            }
        }
        if (problem.path("status").asInt(-1) != status) {
            findings.add("problem status differs from HTTP status " + status + ": " + excerpt(body));
        }
        if (LEAK.matcher(body).find()) {
            findings.add("leaks internals: " + status + " " + excerpt(body));
        }
    }

    static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
