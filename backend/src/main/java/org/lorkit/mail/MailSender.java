package org.lorkit.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.lorkit.platform.LorkitConfig;

/**
 * Sends LORkit's mails over SMTP (LORKIT_MAIL_*, through Quarkus' mailer). A mail leaves only once the
 * transaction that asked for it has committed, and without waiting for the server: the answer to the
 * request is the same, and as quick, whether a mail went out or not (password reset must not tell).
 * With no LORKIT_MAIL_HOST, nothing is sent: the log says so, with the mail's link, so that a
 * `make run` user can still confirm an address or reset a password.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    /** The From when LORKIT_MAIL_FROM is not set (.invalid: a domain that never exists). */
    public static final String DEFAULT_FROM = "LORkit <no-reply@lorkit.invalid>";

    @Inject
    LorkitConfig config;

    @Inject
    ReactiveMailer mailer;

    @Inject
    Event<OutgoingMail> outgoing;

    void sayHowMailLeaves(@Observes StartupEvent started) {
        LorkitConfig.Mail mail = config.mail();
        if (mail.host().isEmpty()) {
            LOG.warn("No mail server configured (LORKIT_MAIL_HOST): mails are written to this log, links included."
                    + " Set LORKIT_MAIL_* before anyone else uses this LORkit (deploy/README.md, Mail).");
        } else {
            LOG.infof("Mails go through %s:%d (%s) from %s", mail.host().get(), mail.port(), mail.tls(), from());
        }
    }

    private String from() {
        return config.mail().from().orElse(DEFAULT_FROM);
    }

    /** Queues {@code mail}; it goes after the caller's transaction commits, and never for one rolled back. */
    public void send(OutgoingMail mail) {
        outgoing.fire(mail);
    }

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        if (config.mail().host().isEmpty()) {
            LOG.infof(
                    "mail not sent: no mail server configured (LORKIT_MAIL_HOST); it would have gone to %s: \"%s\"%s",
                    mail.to(), mail.subject(), mail.link() == null ? "" : " with the link " + mail.link());
            return;
        }
        Mail message = Mail.withText(mail.to(), mail.subject(), mail.text())
                .setHtml(mail.html())
                .setFrom(from());
        mail.headers().forEach(message::addHeader);
        mailer.send(message)
                .subscribe()
                .with(
                        sent -> LOG.debugf("%s mail handed to the mail server", mail.kind()),
                        // Neither the address nor the link: a log reader must not be able to use them.
                        failure -> LOG.warnf("%s mail not sent: %s", mail.kind(), failure.getMessage()));
    }
}
