package org.lorkit.mail;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.util.Locale;

/**
 * One setting, LORKIT_MAIL_TLS (lorkit.mail.tls: none, starttls or tls), for Quarkus' two
 * (quarkus.mailer.tls for TLS from the first byte, quarkus.mailer.start-tls for the upgrade), so that
 * an admin cannot set a contradictory pair. starttls means REQUIRED: a server that does not offer the
 * upgrade gets no password in clear. Also quarkus.mailer.host from lorkit.mail.host: an unset
 * LORKIT_MAIL_HOST is an empty value, which Quarkus refuses at start even though nothing is sent then
 * (MailSender logs instead). Registered in META-INF/services.
 */
@Priority(Priorities.APPLICATION + 100)
public class MailTlsSettings implements ConfigSourceInterceptor {

    static final String TLS = "quarkus.mailer.tls";
    static final String START_TLS = "quarkus.mailer.start-tls";
    static final String HOST = "quarkus.mailer.host";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (HOST.equals(name)) {
            ConfigValue host = context.proceed("lorkit.mail.host");
            String value =
                    host == null || host.getValue() == null || host.getValue().isBlank()
                            ? "localhost"
                            : host.getValue().trim();
            return ConfigValue.builder()
                    .withName(name)
                    .withValue(value)
                    .withConfigSourceName("lorkit.mail.host")
                    .build();
        }
        if (!TLS.equals(name) && !START_TLS.equals(name)) {
            return context.proceed(name);
        }
        ConfigValue mode = context.proceed("lorkit.mail.tls");
        String chosen =
                mode == null || mode.getValue() == null || mode.getValue().isBlank()
                        ? "starttls"
                        : mode.getValue().trim().toLowerCase(Locale.ROOT);
        String value = TLS.equals(name)
                ? String.valueOf(chosen.equals("tls"))
                : chosen.equals("starttls") ? "REQUIRED" : "DISABLED";
        return ConfigValue.builder()
                .withName(name)
                .withValue(value)
                .withConfigSourceName("lorkit.mail.tls")
                .build();
    }
}
