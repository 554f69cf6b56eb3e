package org.lorkit.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Logs carry ids, never story text, passwords or tokens; checked on every record at every level. */
@QuarkusTest
class LogHygieneTest {

    static final class Capture extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    line.append(' ').append(p);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(' ').append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void registerLoginStoriesAndFailuresLeaveNoSecretInTheLogs() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String password = "Pw-secret-" + tag;
        String wrongPassword = "Wrong-secret-" + tag;
        String storyText = "Story-secret-" + tag;
        String email = "logs-" + tag + "@example.org";
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", email, "password", password, "displayName", "Logs"))
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(201);
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", email, "password", wrongPassword))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
            var tokens = given().contentType(ContentType.JSON)
                    .body(Map.of("email", email, "password", password))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String access = tokens.getString("accessToken");
            String refresh = tokens.getString("refreshToken");
            given().auth()
                    .oauth2(access)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", storyText, "summary", storyText + " summary", "whatIDid", storyText))
                    .post("/api/v1/stories")
                    .then()
                    .statusCode(201);
            given().auth()
                    .oauth2(access)
                    .contentType(ContentType.JSON)
                    .body("{\"title\": \"" + storyText + "\", ")
                    .post("/api/v1/stories")
                    .then()
                    .statusCode(400);
            given().auth()
                    .oauth2(access)
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", storyText, "occurredOn", storyText))
                    .post("/api/v1/stories")
                    .then()
                    .statusCode(400);
            String next = given().contentType(ContentType.JSON)
                    .body(Map.of("refreshToken", refresh))
                    .post("/api/v1/auth/refresh")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("refreshToken");
            given().contentType(ContentType.JSON)
                    .body(Map.of("refreshToken", refresh))
                    .post("/api/v1/auth/refresh")
                    .then()
                    .statusCode(401);
            given().auth()
                    .oauth2(access.substring(0, access.length() - 3) + "xyz")
                    .get("/api/v1/stories")
                    .then()
                    .statusCode(401);

            assertTrue(capture.lines.size() > 0, "nothing was logged: the capture does not work");
            for (String line : capture.lines) {
                for (String secret : new String[] {
                    password,
                    wrongPassword,
                    storyText,
                    access,
                    refresh,
                    next,
                    access.substring(access.lastIndexOf('.') + 1)
                }) {
                    assertTrue(!line.contains(secret), "a log record holds a secret: " + line);
                }
            }
        } finally {
            root.removeHandler(capture);
        }
    }
}
