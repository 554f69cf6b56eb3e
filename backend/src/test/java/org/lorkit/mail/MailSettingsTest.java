package org.lorkit.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.LorkitConfig;

/** LORKIT_MAIL_* as an admin sets them (deploy/compose.yaml passes unset ones as empty strings). */
class MailSettingsTest {

    private static SmallRyeConfig fromEnvironment(Map<String, String> environment) throws IOException {
        URL properties = MailSettingsTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDiscoveredInterceptors()
                .addDiscoveredConverters()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(properties))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(LorkitConfig.class)
                .build();
    }

    private static String tlsPair(SmallRyeConfig config) {
        return config.getRawValue("quarkus.mailer.tls") + "/" + config.getRawValue("quarkus.mailer.start-tls");
    }

    @Test
    void oneTlsSettingSetsQuarkusPairSoTheyCannotContradictEachOther() throws IOException {
        Map<String, String> expected = Map.of(
                "none", "false/DISABLED",
                "starttls", "false/REQUIRED",
                "TLS", "true/DISABLED");
        for (var mode : expected.entrySet()) {
            SmallRyeConfig config = fromEnvironment(
                    Map.of("LORKIT_MAIL_HOST", "smtp.hospital.example", "LORKIT_MAIL_TLS", mode.getKey()));
            assertEquals(mode.getValue(), tlsPair(config), mode.getKey());
            assertEquals("smtp.hospital.example", config.getRawValue("quarkus.mailer.host"));
        }
    }

    @Test
    void withoutMailSettingsNothingIsSentAndTheDefaultsHold() throws IOException {
        // Compose passes every LORKIT_MAIL_* variable, empty when .env leaves it out.
        SmallRyeConfig config = fromEnvironment(Map.of(
                "LORKIT_MAIL_HOST", "", "LORKIT_MAIL_FROM", "", "LORKIT_MAIL_USER", "", "LORKIT_HTTP_PORT", "9090"));
        LorkitConfig lorkit = config.getConfigMapping(LorkitConfig.class);
        assertTrue(lorkit.mail().host().isEmpty());
        assertTrue(lorkit.mail().user().isEmpty());
        assertEquals(MailSender.DEFAULT_FROM, lorkit.mail().from().orElse(MailSender.DEFAULT_FROM));
        assertEquals(587, lorkit.mail().port());
        assertEquals("false/REQUIRED", tlsPair(config));
        // Quarkus refuses an empty host at start, though nothing is sent without one.
        assertEquals("localhost", config.getRawValue("quarkus.mailer.host"));
        assertEquals("http://127.0.0.1:9090", lorkit.publicUrl());
    }
}
