package org.lorkit.support;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lorkit.security.Totp;

/**
 * An authenticator app turned on the way the app does it: the password (POST /me/totp), then the code the
 * phone shows now (POST /me/totp/confirm). Codes are made at the application's clock (MutableClock in
 * tests that move time), so they match the step the API checks.
 */
public record Authenticator(String secret, List<String> recoveryCodes) {

    /** {@code as}: a request of the account turning it on (its bearer token). */
    public static Authenticator turnOn(Supplier<RequestSpecification> as, String password) {
        String secret = as.get()
                .body(Map.of("password", password))
                .post("/api/v1/me/totp")
                .then()
                .statusCode(200)
                .body("otpauthUri", startsWith("otpauth://totp/LORkit:"))
                .extract()
                .path("secret");
        List<String> codes = as.get()
                .body(Map.of("code", codeAt(secret, 0)))
                .post("/api/v1/me/totp/confirm")
                .then()
                .statusCode(200)
                .body("recoveryCodes", hasSize(10))
                .extract()
                .path("recoveryCodes");
        return new Authenticator(secret, codes);
    }

    /** The code the phone shows now, at the app's clock. */
    public String codeNow() {
        return codeAt(secret, 0);
    }

    /** The code {@code steps} 30-second steps from now (negative: earlier). */
    public String codeInSteps(int steps) {
        return codeAt(secret, steps);
    }

    public static String codeAt(String secret, int stepsFromNow) {
        long now = Arc.container().instance(Clock.class).get().instant().getEpochSecond();
        return Totp.codeAt(secret, Totp.stepAt(now) + stepsFromNow);
    }
}
