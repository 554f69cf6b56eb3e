package org.lorkit.story;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** Log lines never contain story text, passwords or tokens. */
@QuarkusTest
class StoryTextNeverLoggedTest {

    @Test
    void storyTextPasswordsAndTokensNeverReachTheLogs() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage() == null ? "" : record.getMessage();
                Object[] params = record.getParameters();
                lines.add(message
                        + (params == null ? "" : " " + java.util.Arrays.toString(params))
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        // Everything the app logs at its configured levels, and all of LORkit's own logging.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Logger lorkit = java.util.logging.Logger.getLogger("org.lorkit");
        Level before = lorkit.getLevel();
        root.addHandler(capture);
        lorkit.setLevel(Level.ALL);
        try {
            String marker = "marker-" + UUID.randomUUID();
            Applicant ana = Applicant.register();
            ana.request()
                    .body(Map.of("title", marker, "summary", "Mr " + marker + " MRN 1234567"))
                    .post("/api/v1/stories")
                    .then()
                    .statusCode(201);
            ana.request()
                    .body("{\"title\": \"" + marker + "\", \"kind\": \"NOPE\"}")
                    .post("/api/v1/stories")
                    .then()
                    .statusCode(400);
            io.restassured.RestAssured.given()
                    .contentType("application/json")
                    .body(Map.of("email", ana.email(), "password", marker))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
            for (String line : lines) {
                org.junit.jupiter.api.Assertions.assertFalse(line.contains(marker), "logged: " + line);
                org.junit.jupiter.api.Assertions.assertFalse(
                        line.contains(Applicant.PASSWORD), "logged a password: " + line);
                org.junit.jupiter.api.Assertions.assertFalse(
                        line.contains(ana.accessToken()), "logged a token: " + line);
            }
        } finally {
            root.removeHandler(capture);
            lorkit.setLevel(before);
        }
    }
}
