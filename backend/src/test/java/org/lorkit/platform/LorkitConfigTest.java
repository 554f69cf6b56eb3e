package org.lorkit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * LorkitConfig against the real application.properties, as Quarkus reads it at start (the profile,
 * the ${LORKIT_...:default} expressions, the mapping's constraints), without starting Quarkus: the
 * mapping owns all of lorkit.*, so a setting it does not know, or a value it refuses, stops the start.
 */
class LorkitConfigTest {

    /** What quarkus-hibernate-validator plugs in: the constraints on the mapping, checked at start. */
    private static final BeanValidationConfigValidator BEAN_VALIDATION = () -> Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static SmallRyeConfig read(String profile, Map<String, String> overrides) throws IOException {
        URL properties = LorkitConfigTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredConverters()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties))
                .withSources(new PropertiesConfigSource(overrides, "overrides", 500))
                .withMapping(LorkitConfig.class)
                .withValidator(BEAN_VALIDATION)
                .build();
    }

    private static LorkitConfig lorkit(String profile, Map<String, String> overrides) throws IOException {
        return read(profile, overrides).getConfigMapping(LorkitConfig.class);
    }

    @Test
    void everyLorkitSettingOfApplicationPropertiesMapsWithItsValue() throws IOException {
        LorkitConfig prod = lorkit("prod", Map.of());
        assertEquals(12, prod.auth().bcryptCost());
        assertEquals(900, prod.auth().accessTokenSeconds());
        assertEquals(30, prod.auth().refreshTokenDays());
        assertEquals(72, prod.auth().idleTimeoutHours());
        assertFalse(prod.auth().signingKeyId().isPresent(), "LORKIT_JWT_KEY_ID unset: no kid");
        assertEquals(5, prod.limits().loginFailuresPerAccount());
        assertEquals(30, prod.limits().loginFailuresPerClient());
        assertEquals(20, prod.limits().registrationsPerClient());
        assertEquals(120, prod.limits().refreshesPerClient());
        assertEquals(4096, prod.http().maxUriChars());
        assertEquals(20480, prod.http().maxHeaderBytes());
        assertEquals(1048576, prod.http().maxBodyBytes());
        assertFalse(prod.spaDir().isPresent(), "LORKIT_SPA_DIR unset: the API serves no app");
        assertFalse(prod.admin().email().isPresent(), "LORKIT_ADMIN_EMAIL unset: no first admin");
        assertEquals(Duration.ofSeconds(60), prod.metrics().refreshEvery());

        LorkitConfig test = lorkit("test", Map.of());
        assertEquals(4, test.auth().bcryptCost());
        assertEquals(100000, test.limits().registrationsPerClient());
        assertEquals("admin@lorkit.test", test.admin().email().orElseThrow());
        assertEquals(Duration.ofSeconds(2), test.metrics().refreshEvery());
    }

    @Test
    void theDefaultsHoldWhenASettingIsLeftOut() throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                "lorkit.auth.access-token-seconds", "900",
                                "lorkit.auth.refresh-token-days", "30",
                                "lorkit.auth.idle-timeout-hours", "72",
                                "lorkit.limits.login-failures-per-account", "5",
                                "lorkit.limits.login-failures-per-client", "30",
                                "lorkit.limits.registrations-per-client", "20",
                                "lorkit.limits.refreshes-per-client", "120"),
                        "required only",
                        100))
                .withMapping(LorkitConfig.class)
                .build();
        LorkitConfig lorkit = config.getConfigMapping(LorkitConfig.class);
        assertEquals(12, lorkit.auth().bcryptCost());
        assertEquals(4096, lorkit.http().maxUriChars());
        assertEquals(20480, lorkit.http().maxHeaderBytes());
        assertEquals(1048576, lorkit.http().maxBodyBytes());
        assertEquals(Duration.ofSeconds(60), lorkit.metrics().refreshEvery());
    }

    @Test
    void anImpossibleValueStopsTheStart() {
        ConfigValidationException cost = assertThrows(
                ConfigValidationException.class, () -> read("prod", Map.of("lorkit.auth.bcrypt-cost", "3")));
        assertTrue(cost.getMessage().contains("lorkit.auth.bcrypt-cost"), cost.getMessage());
        ConfigValidationException limit = assertThrows(
                ConfigValidationException.class,
                () -> read("prod", Map.of("lorkit.limits.login-failures-per-account", "0")));
        assertTrue(limit.getMessage().contains("lorkit.limits.login-failures-per-account"), limit.getMessage());
    }

    /** deploy/ sets these for LorkitMain, nginx and compose; as variables they are no lorkit.* setting. */
    @Test
    void theDeploymentsOtherLorkitVariablesDoNotStopTheStart() throws IOException {
        URL properties = LorkitConfigTest.class.getClassLoader().getResource("application.properties");
        Map<String, String> environment = new HashMap<>();
        for (String name : List.of(
                "LORKIT_DATA_DIR",
                "LORKIT_PUBLIC_URL",
                "LORKIT_API_UPSTREAM",
                "LORKIT_API_HOST_PORT",
                "LORKIT_API_IMAGE",
                "LORKIT_SPA_IMAGE",
                "LORKIT_DB_URL",
                "LORKIT_JWT_PRIVATE_KEY_LOCATION")) {
            environment.put(name, "set-by-the-deployment");
        }
        environment.put("LORKIT_ADMIN_EMAIL", "first-admin@hospital.example");
        environment.put("LORKIT_SESSION_IDLE_HOURS", "8");
        LorkitConfig lorkit = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredConverters()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(properties))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(LorkitConfig.class)
                .withValidator(BEAN_VALIDATION)
                .build()
                .getConfigMapping(LorkitConfig.class);
        assertEquals("first-admin@hospital.example", lorkit.admin().email().orElseThrow());
        assertEquals(8, lorkit.auth().idleTimeoutHours());
    }

    @Test
    void aMisspelledLorkitSettingStopsTheStart() {
        ConfigValidationException unknown = assertThrows(
                ConfigValidationException.class, () -> read("prod", Map.of("lorkit.auth.bcrypt-costs", "12")));
        assertTrue(unknown.getMessage().contains("lorkit.auth.bcrypt-costs"), unknown.getMessage());
    }
}
