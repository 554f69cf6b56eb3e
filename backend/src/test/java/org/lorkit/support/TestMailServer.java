package org.lorkit.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP server for every test run (GreenMail, on free ports of 127.0.0.1): the API sends its mails
 * to it over SMTP like to any other, and tests read what arrived over its IMAP ({@link Mailbox}). Every
 * address has a mailbox of its own, made on first use; no login is checked.
 */
@QuarkusTestResource(TestMailServer.class)
public class TestMailServer implements QuarkusTestResourceLifecycleManager {

    /** Outside lorkit.*, which LorkitConfig maps whole (an unmapped key there stops the start). */
    static final String IMAP_PORT_PROPERTY = "lorkit-test.imap-port";

    private GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()
        });
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        System.setProperty(IMAP_PORT_PROPERTY, String.valueOf(server.getImap().getPort()));
        return Map.of(
                "lorkit.mail.host", "127.0.0.1",
                "lorkit.mail.port", String.valueOf(server.getSmtp().getPort()),
                "lorkit.mail.tls", "none",
                "lorkit.mail.from", "LORkit tests <no-reply@lorkit.test>",
                "lorkit.public-url", "https://lorkit.test");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
