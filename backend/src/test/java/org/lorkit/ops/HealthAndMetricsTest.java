package org.lorkit.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** What an operator's probes and Prometheus read. */
@QuarkusTest
class HealthAndMetricsTest {

    @Inject
    DomainMetrics domainMetrics;

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+-]+|NaN)$", Pattern.MULTILINE)
                .matcher(metrics);
        assertTrue(m.find(), series + " is not in /q/metrics");
        return Double.parseDouble(m.group(1));
    }

    @Test
    void livenessDoesNotDependOnTheDatabase() {
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(containsString("Database"))));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void prometheusMetricsHaveHttpPoolAndDomainMeters() {
        Applicant.register()
                .request()
                .body(Map.of("title", "metrics"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        String m = metrics();
        assertTrue(m.contains("http_server_requests_seconds_count{"), "HTTP server metrics");
        assertTrue(m.contains("agroal_active_count"), "connection pool metrics");
        assertTrue(m.contains("agroal_awaiting_count"), "connection pool metrics");
        assertTrue(m.contains("jvm_memory_used_bytes"), "JVM metrics");
        for (String series : new String[] {
            "lorkit_accounts{state=\"enabled\"}",
            "lorkit_accounts{state=\"disabled\"}",
            "lorkit_accounts_active_30d",
            "lorkit_stories",
            "lorkit_stories_created_total",
            "lorkit_accounts_registered_total",
            "lorkit_logins_total{outcome=\"success\"}",
            "lorkit_logins_total{outcome=\"failure\"}"
        }) {
            value(m, series);
        }
    }

    @Test
    void domainGaugesCountWhatIsStored() {
        domainMetrics.refresh();
        double accounts = value(metrics(), "lorkit_accounts{state=\"enabled\"}");
        double stories = value(metrics(), "lorkit_stories");
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("title", "one"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        ana.request()
                .body(Map.of("title", "two"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        domainMetrics.refresh();
        String m = metrics();
        assertEquals(accounts + 1, value(m, "lorkit_accounts{state=\"enabled\"}"));
        assertEquals(stories + 2, value(m, "lorkit_stories"));
    }

    @Test
    void countersCountStoriesOnceEvenWhenACreateIsReplayed() {
        Applicant ana = Applicant.register();
        double before = value(metrics(), "lorkit_stories_created_total");
        double loginsBefore = value(metrics(), "lorkit_logins_total{outcome=\"failure\"}");
        ana.request()
                .header("Idempotency-Key", "k-1")
                .body(Map.of("title", "once"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        ana.request()
                .header("Idempotency-Key", "k-1")
                .body(Map.of("title", "once"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(Map.of("email", ana.email(), "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        String m = metrics();
        assertEquals(before + 1, value(m, "lorkit_stories_created_total"));
        assertEquals(loginsBefore + 1, value(m, "lorkit_logins_total{outcome=\"failure\"}"));
    }
}
