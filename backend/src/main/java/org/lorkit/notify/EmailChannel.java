package org.lorkit.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lorkit.auth.AppUser;
import org.lorkit.common.Sha256;
import org.lorkit.mail.MailSender;
import org.lorkit.mail.OutgoingMail;
import org.lorkit.platform.LorkitConfig;

/**
 * Digests by email, to a confirmed address only (an unconfirmed one may be a typo: someone else's inbox).
 * Each mail says why it was sent and carries its own unsubscribe token, twice: the List-Unsubscribe header
 * points at the API, which turns the emails off with one POST from the mail app (RFC 8058), and the body links
 * the app's unsubscribe page, where one button sends that POST (a link alone must not unsubscribe: mail
 * scanners open every link). No login either way. Like the phone's, the mail holds Today's step titles and
 * rule sentences only, never a story or feedback text.
 */
@ApplicationScoped
public class EmailChannel implements DigestChannel {

    /** Where the one-click POST goes (UnsubscribeResource). */
    static final String UNSUBSCRIBE_PATH = "/api/v1/notifications/unsubscribe?token=";

    /** The app's page behind the body's link: it says what stops and POSTs the same token on a tap. */
    static final String UNSUBSCRIBE_SCREEN = "/#/unsubscribe?token=";

    static final String SETTINGS_SCREEN = "/#/settings/notifications";

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    private final SecureRandom random = new SecureRandom();

    @Inject
    MailSender mails;

    @Inject
    LorkitConfig config;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "EMAIL";
    }

    @Override
    public boolean reaches(UUID owner, NotificationSettings settings) {
        if (!settings.emailEnabled) {
            return false;
        }
        AppUser user = AppUser.findById(owner);
        return user != null && user.emailVerifiedAt != null && !user.disabled();
    }

    @Override
    public boolean keepsQuietHours() {
        return false; // a mail waits in the inbox: it does not buzz
    }

    @Override
    public Result deliver(Digest digest) {
        AppUser user = AppUser.findById(digest.ownerId());
        if (user == null || user.emailVerifiedAt == null) {
            return Result.nowhere("no confirmed address");
        }
        String base = config.publicUrl().replaceAll("/+$", "");
        mails.send(mail(user, digest, base, newToken(digest.ownerId())));
        return Result.sent("handed to the mail server");
    }

    private String newToken(UUID owner) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        EmailUnsubscribe row = new EmailUnsubscribe();
        row.tokenHash = Sha256.hex(token);
        row.ownerId = owner;
        row.createdAt = clock.instant();
        row.persist();
        return token;
    }

    static OutgoingMail mail(AppUser user, Digest digest, String base, String unsubscribeToken) {
        String open = base + digest.url();
        String settings = base + SETTINGS_SCREEN;
        String stop = base + UNSUBSCRIBE_SCREEN + unsubscribeToken;
        StringBuilder text = new StringBuilder("Hello ")
                .append(user.displayName)
                .append(",\n\n")
                .append(digest.headline())
                .append("\n\n");
        StringBuilder html = new StringBuilder("<p>Hello ")
                .append(escape(user.displayName))
                .append(",</p>\n<h1 style=\"font-size:18px\">")
                .append(escape(digest.headline()))
                .append("</h1>\n<ul>\n");
        for (Digest.Line line : digest.lines()) {
            String due = line.dueOn() == null ? "" : " (by " + DUE.format(line.dueOn()) + ")";
            text.append("- ").append(line.title()).append(due).append('\n');
            html.append("<li><strong>")
                    .append(escape(line.title()))
                    .append("</strong>")
                    .append(escape(due));
            if (line.reason() != null && !line.reason().isBlank()) {
                text.append("  ").append(line.reason()).append('\n');
                html.append("<br>").append(escape(line.reason()));
            }
            html.append("</li>\n");
        }
        text.append("\nOpen LORkit: ").append(open).append("\n\n");
        text.append("Why you got this: ").append(digest.why()).append('\n');
        text.append("Stop these emails (no login needed): ").append(stop).append('\n');
        text.append("Change when they come: ").append(settings).append("\n\nLORkit\n");
        html.append("</ul>\n<p><a href=\"")
                .append(escape(open))
                .append("\">Open LORkit</a></p>\n<p style=\"color:#555\">Why you got this: ")
                .append(escape(digest.why()))
                .append("</p>\n<p style=\"color:#555\"><a href=\"")
                .append(escape(stop))
                .append("\">Stop these emails</a> (no login needed) &middot; <a href=\"")
                .append(escape(settings))
                .append("\">Change when they come</a></p>\n<p>LORkit</p>\n");
        String subject = digest.kind() == Digest.Kind.URGENT ? digest.headline() : digest.headline() + " (LORkit)";
        Map<String, String> headers = Map.of(
                "List-Unsubscribe",
                "<" + base + UNSUBSCRIBE_PATH + unsubscribeToken + ">",
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click");
        return new OutgoingMail(
                user.email,
                digest.kind() == Digest.Kind.URGENT ? "urgent note" : "digest",
                subject,
                text.toString(),
                html.toString(),
                null,
                headers);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
