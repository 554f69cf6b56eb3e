package org.lorkit.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.platform.VapidKeys;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;
import org.lorkit.support.TwoWritersSeason;

/**
 * Phone notifications end to end: the test is the push service (a local HTTP server) and the phone (it
 * decrypts each message with the subscription's private key). Ana is in Chicago (UTC-6 in December), on a
 * rotation with two writers; her digest is at 07:30 local, 13:30 UTC.
 */
@QuarkusTest
class PhoneNotificationsTest {

    static PushServiceDouble pushService;

    @Inject
    MutableClock clock;

    @Inject
    NotificationRun run;

    @BeforeAll
    static void startPushService() {
        pushService = new PushServiceDouble();
    }

    @AfterAll
    static void stopPushService() {
        pushService.close();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static String subscribe(Applicant who, Browser phone, String name) {
        return Lor.create(who, "/api/v1/me/push-subscriptions", phone.subscription(pushService.endpoint(name)));
    }

    private static void settings(Applicant who, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("digest", "DAILY", "digestAt", "07:30", "pushEnabled", true));
        body.putAll(changes);
        who.request()
                .header("If-Match", Lor.etag(who, "/api/v1/me/notifications"))
                .body(body)
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(200);
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void theDailyDigestCarriesTodaysStepsInTheApplicantsTimeZoneEncryptedForHerPhone() throws Exception {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        Browser phone = new Browser();
        subscribe(season.ana, phone, "ana-daily");
        settings(season.ana, Map.of());
        // 07:29 in Chicago: not yet.
        clock.set(Instant.parse("2026-12-01T13:29:00Z"));
        run.runOnce(clock.instant());
        assertEquals(0, pushService.to("ana-daily").size());

        clock.set(Instant.parse("2026-12-01T13:31:00Z"));
        List<String> todaysTitles = season.ana
                .request()
                .get("/api/v1/today")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("actions.title");
        assertFalse(todaysTitles.isEmpty(), "Ana is on a rotation: Today has steps");
        run.runOnce(clock.instant());
        run.runOnce(clock.instant().plusSeconds(60));

        List<PushServiceDouble.Received> got = pushService.to("ana-daily");
        assertEquals(1, got.size(), "one digest, however often the run comes by");
        PushServiceDouble.Received push = got.get(0);
        assertEquals("aes128gcm", push.header("Content-Encoding"));
        assertEquals("normal", push.header("Urgency"));
        assertEquals("43200", push.header("TTL"));
        JsonNode payload = json(phone.decrypt(push.body()));
        assertEquals(
                "Today in LORkit: " + todaysTitles.size() + " steps",
                payload.get("title").asText());
        List<String> lines = List.of(payload.get("body").asText().split("\n"));
        assertEquals(
                todaysTitles.subList(0, Math.min(3, todaysTitles.size())), lines.subList(0, Math.min(3, lines.size())));
        assertEquals("/#/", payload.get("url").asText());
        assertEquals(3, payload.size(), "title, body and url: nothing else rides along");

        // The VAPID token: signed by the key the browser subscribed with, for the push service's origin.
        String authorization = push.header("Authorization");
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
        String key = authorization.substring(authorization.indexOf(", k=") + 4);
        assertEquals(
                season.ana
                        .request()
                        .get("/api/v1/push/vapid-public-key")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("publicKey"),
                key);
        String[] parts = jwt.split("\\.");
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initVerify(VapidKeys.fromUncompressed(Base64.getUrlDecoder().decode(key)));
        ecdsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(ecdsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        JsonNode claims = json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertEquals(
                pushService.endpoint("x").replace("/push/x", ""),
                claims.get("aud").asText());
        assertTrue(claims.get("exp").asLong() <= clock.instant().getEpochSecond() + 24 * 3600);
    }

    @Test
    void aDayWithNothingToDoSendsNothing() {
        clock.setDay(TwoWritersSeason.TODAY);
        Applicant newcomer = Applicant.register();
        Browser phone = new Browser();
        subscribe(newcomer, phone, "newcomer");
        settings(newcomer, Map.of("digestAt", "06:00"));
        assertEquals(
                List.of(),
                newcomer.request()
                        .get("/api/v1/today")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("actions"));
        // 06:00 UTC is her digest time (a never-saved target sheet is UTC).
        run.runOnce(Instant.parse("2026-12-01T06:05:00Z"));
        run.runOnce(Instant.parse("2026-12-01T07:05:00Z"));
        assertEquals(0, pushService.to("newcomer").size());
    }

    @Test
    void quietHoursHoldTheDigestUntilTheyEnd() throws Exception {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        Browser phone = new Browser();
        subscribe(season.ana, phone, "ana-quiet");
        settings(season.ana, Map.of("quietFrom", "22:00", "quietUntil", "08:15"));
        clock.set(Instant.parse("2026-12-01T13:35:00Z")); // 07:35 Chicago: quiet until 08:15
        run.runOnce(clock.instant());
        assertEquals(0, pushService.to("ana-quiet").size());
        clock.set(Instant.parse("2026-12-01T14:16:00Z")); // 08:16
        run.runOnce(clock.instant());
        assertEquals(1, pushService.to("ana-quiet").size());
        assertTrue(json(phone.decrypt(pushService.to("ana-quiet").get(0).body()))
                .get("title")
                .asText()
                .startsWith("Today in LORkit: "));
    }

    @Test
    void aPushServiceAnswering410EndsTheSubscription() {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        String id = subscribe(season.ana, new Browser(), "ana-gone");
        pushService.answer("ana-gone", 410);
        settings(season.ana, Map.of());
        run.runOnce(Instant.parse("2026-12-01T13:40:00Z"));
        assertEquals(1, pushService.to("ana-gone").size());
        season.ana.request().get("/api/v1/me/push-subscriptions/" + id).then().statusCode(404);
        assertEquals(
                0,
                season.ana
                        .request()
                        .get("/api/v1/me/notifications")
                        .then()
                        .extract()
                        .<Integer>path("phones"));
    }

    @Test
    void anEndpointOutsideTheBrowsersPushServicesIsRefusedWithASentence() {
        Applicant ana = Applicant.register();
        for (String endpoint : List.of(
                "http://10.0.0.7/push/x", "https://169.254.169.254/latest/meta-data/", "ftp://fcm.googleapis.com/x")) {
            String field = ana.request()
                    .body(new Browser().subscription(endpoint))
                    .post("/api/v1/me/push-subscriptions")
                    .then()
                    .statusCode(400)
                    .extract()
                    .path("errors[0].field");
            assertEquals("endpoint", field, endpoint);
        }
        Map<String, Object> badKey = Map.of(
                "endpoint",
                "https://fcm.googleapis.com/fcm/send/abc",
                "keys",
                Map.of("p256dh", Browser.b64(new byte[65]), "auth", Browser.b64(new byte[16])));
        assertEquals(
                "keys.p256dh",
                ana.request()
                        .body(badKey)
                        .post("/api/v1/me/push-subscriptions")
                        .then()
                        .statusCode(400)
                        .extract()
                        .path("errors[0].field"));
    }

    @Test
    void settingsStartOffAndAnotherApplicantsSubscriptionAnswers404() {
        Applicant ana = Applicant.register();
        var settings = ana.request()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath();
        assertEquals("OFF", settings.getString("digest"));
        assertEquals("07:30", settings.getString("digestAt"));
        assertEquals(null, settings.getString("nextDigestAt"));
        String id = subscribe(ana, new Browser(), "ana-own");
        Applicant bob = Applicant.register();
        bob.request().get("/api/v1/me/push-subscriptions/" + id).then().statusCode(404);
        bob.request().delete("/api/v1/me/push-subscriptions/" + id).then().statusCode(404);
        ana.request().delete("/api/v1/me/push-subscriptions/" + id).then().statusCode(204);
        ana.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("digest", "WEEKLY", "digestWeekday", "FRIDAY", "quietFrom", "22:00"))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(400);
        ana.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("digest", "WEEKLY", "digestWeekday", "FRIDAY", "digestAt", "7:5"))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(400);
        assertNotNull(ana.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("digest", "WEEKLY", "digestWeekday", "FRIDAY", "digestAt", "18:00"))
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .path("nextDigestAt"));
    }
}
