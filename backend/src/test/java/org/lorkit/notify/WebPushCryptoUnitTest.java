package org.lorkit.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.VapidKeys;

class WebPushCryptoUnitTest {

    private static byte[] b64(String s) {
        return Base64.getUrlDecoder().decode(s);
    }

    /** RFC 8291 section 5: the worked example, byte for byte. */
    @Test
    void encryptionMatchesTheWorkedExampleOfRfc8291() throws Exception {
        AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
        p.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = p.getParameterSpec(ECParameterSpec.class);
        var asPrivate = KeyFactory.getInstance("EC")
                .generatePrivate(new ECPrivateKeySpec(
                        new BigInteger(1, b64("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw")), spec));
        var asPublic = VapidKeys.fromUncompressed(
                b64("BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8"));
        byte[] body = WebPushCrypto.encrypt(
                "When I grow up, I want to be a watermelon".getBytes(StandardCharsets.UTF_8),
                b64("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
                b64("BTBZMqHH6r4Tts7J_aSIgg"),
                new KeyPair(asPublic, asPrivate),
                b64("DGv6ra1nlYgDCS1FRnbzlw"));
        assertEquals(
                "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN",
                Browser.b64(body));
    }

    @Test
    void aPhonesOwnKeysDecryptWhatTheServerEncrypted() throws Exception {
        Browser phone = new Browser();
        byte[] body = WebPushCrypto.encrypt(
                "{\"title\":\"Today in LORkit: 2 steps\"}".getBytes(StandardCharsets.UTF_8),
                phone.publicPoint(),
                phone.auth);
        assertEquals("{\"title\":\"Today in LORkit: 2 steps\"}", phone.decrypt(body));
        assertThrows(Exception.class, () -> new Browser().decrypt(body), "another browser's keys read nothing");
    }

    @Test
    void aPointOffTheCurveIsRefusedBeforeAnyKeyAgreement() {
        byte[] point = new Browser().publicPoint();
        point[64] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> VapidKeys.fromUncompressed(point));
    }

    @Test
    void theVapidTokenVerifiesWithThePublicKeyForTheEndpointsOriginAndExpiresWithinADay() throws Exception {
        KeyPair vapid = VapidKeys.generate();
        Instant now = Instant.parse("2026-12-01T13:35:00Z");
        String jwt = VapidJwt.sign(
                URI.create("https://fcm.googleapis.com:443/fcm/send/abc?x=1"),
                now,
                "mailto:ops@example.org",
                vapid.getPrivate());
        String[] parts = jwt.split("\\.");
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initVerify(vapid.getPublic());
        ecdsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(ecdsa.verify(b64(parts[2])));
        JsonNode claims = new ObjectMapper().readTree(b64(parts[1]));
        assertEquals("https://fcm.googleapis.com:443", claims.get("aud").asText());
        assertEquals("mailto:ops@example.org", claims.get("sub").asText());
        long exp = claims.get("exp").asLong();
        assertTrue(exp > now.getEpochSecond()
                && exp <= now.plus(Duration.ofHours(24)).getEpochSecond());
        assertEquals(
                "ES256", new ObjectMapper().readTree(b64(parts[0])).get("alg").asText());
        assertEquals(65, VapidKeys.uncompressed((ECPublicKey) vapid.getPublic()).length);
    }

    @Test
    void quietHoursAcrossMidnightHoldAPushUntilTheirEndInTheApplicantsZone() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
        // 23:15 in Chicago (05:15 UTC the next day) waits until 07:00 Chicago (13:00 UTC).
        assertEquals(
                Instant.parse("2026-12-02T13:00:00Z"), night.postpone(Instant.parse("2026-12-02T05:15:00Z"), chicago));
        // 06:59 still quiet; 07:00 and noon are not.
        assertEquals(
                Instant.parse("2026-12-02T13:00:00Z"), night.postpone(Instant.parse("2026-12-02T12:59:00Z"), chicago));
        assertEquals(
                Instant.parse("2026-12-02T13:00:00Z"), night.postpone(Instant.parse("2026-12-02T13:00:00Z"), chicago));
        assertEquals(
                Instant.parse("2026-12-02T18:00:00Z"), night.postpone(Instant.parse("2026-12-02T18:00:00Z"), chicago));
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertEquals(
                Instant.parse("2026-12-02T19:30:00Z"), lunch.postpone(Instant.parse("2026-12-02T18:10:00Z"), chicago));
    }

    @Test
    void onlyHttpsEndpointsOfPushServicesAreCalledUnlessATestAllowsLoopback() {
        var production = new TestPushConfig(false);
        assertEquals(null, PushEndpoints.problem("https://fcm.googleapis.com/fcm/send/abc", production));
        assertEquals(null, PushEndpoints.problem("https://web.push.apple.com/QGx1", production));
        assertTrue(PushEndpoints.problem("http://fcm.googleapis.com/fcm/send/abc", production) != null);
        assertTrue(PushEndpoints.problem("https://169.254.169.254/latest/meta-data", production) != null);
        assertTrue(PushEndpoints.problem("https://evilgoogleapis.com/x", production) != null);
        assertTrue(PushEndpoints.problem("https://user@fcm.googleapis.com/x", production) != null);
        assertTrue(PushEndpoints.problem("http://127.0.0.1:8080/api/v1/admin", production) != null);
        var tests = new TestPushConfig(true);
        assertEquals(null, PushEndpoints.problem("http://127.0.0.1:41234/push/ana", tests));
        assertTrue(PushEndpoints.problem("http://10.0.0.5/push/ana", tests) != null);
    }

    private record TestPushConfig(boolean allowLoopbackHttp) implements org.lorkit.platform.LorkitConfig.Push {
        public java.util.Optional<String> vapidPrivateKeyLocation() {
            return java.util.Optional.empty();
        }

        public java.util.Optional<String> vapidPublicKeyLocation() {
            return java.util.Optional.empty();
        }

        public java.util.Optional<String> contact() {
            return java.util.Optional.empty();
        }

        public java.util.List<String> endpointHosts() {
            return java.util.List.of(
                    ".googleapis.com", ".push.services.mozilla.com", ".push.apple.com", ".notify.windows.com");
        }
    }
}
