package org.lorkit.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.lorkit.mail.OutgoingMail;

/**
 * The words of LORkit's account mails. They name the person and carry one link at most: never a
 * story, a writer or anything else kept in the account, since mail crosses servers we do not run.
 */
@ApplicationScoped
public class AccountMails {

    private static final String SIGNATURE = "LORkit";

    OutgoingMail verification(AppUser user, String link) {
        String subject = "Confirm your address for LORkit";
        String intro = "Please confirm that this address is yours. LORkit uses it to send you a link if you "
                + "ever forget your password, and the digests you turn on in Settings, nothing else.";
        String after = "The link works once, for 24 hours. If you did not create a LORkit account, ignore "
                + "this mail: nothing happens unless the link is opened.";
        return mail(user, "address confirmation", subject, intro, "Confirm my address", link, after);
    }

    OutgoingMail passwordReset(AppUser user, String link) {
        String subject = "Choose a new LORkit password";
        String intro = "Someone, probably you, asked for a new password for your LORkit account. "
                + "Open the link below to choose one.";
        String after = "The link works once, for 60 minutes. Choosing a new password logs you out on every "
                + "phone and computer. If you did not ask for this, ignore this mail: your password stays as it is.";
        return mail(user, "password reset", subject, intro, "Choose a new password", link, after);
    }

    OutgoingMail passwordChanged(AppUser user) {
        String subject = "Your LORkit password was changed";
        String intro = "The password of your LORkit account was just changed, and every device that was "
                + "logged in has been logged out. If that was you, there is nothing more to do.";
        String after = "If it was not you, open LORkit now, choose \"Forgot your password?\" on the login "
                + "screen to set a new one, and tell the person who runs your LORkit.";
        return mail(user, "password changed", subject, intro, null, null, after);
    }

    OutgoingMail beingGuessed(AppUser user, int wrongTries) {
        String subject = "Someone is trying to log in to your LORkit account";
        String intro = "Someone just typed a wrong password for your LORkit account " + wrongTries
                + " times. LORkit now makes them wait longer after every wrong try. You can still log in "
                + "as usual from your own phone or computer.";
        String after = "If that was you, there is nothing to do. If not, choose \"Forgot your password?\" on the "
                + "login screen to set a new password, and turn on an authenticator app in Settings. We send "
                + "this mail once, however long the guessing goes on.";
        return mail(user, "login attempts", subject, intro, null, null, after);
    }

    private static OutgoingMail mail(
            AppUser user, String kind, String subject, String intro, String action, String link, String after) {
        String greeting = "Hello " + user.displayName + ",";
        StringBuilder text =
                new StringBuilder(greeting).append("\n\n").append(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<p>")
                .append(escape(greeting))
                .append("</p>\n<p>")
                .append(escape(intro))
                .append("</p>\n");
        if (link != null) {
            text.append(link).append("\n\n");
            html.append("<p><a href=\"")
                    .append(escape(link))
                    .append("\">")
                    .append(escape(action))
                    .append("</a></p>\n<p>Or paste this address into your browser: ")
                    .append(escape(link))
                    .append("</p>\n");
        }
        text.append(after).append("\n\n").append(SIGNATURE).append('\n');
        html.append("<p>")
                .append(escape(after))
                .append("</p>\n<p>")
                .append(SIGNATURE)
                .append("</p>\n");
        return new OutgoingMail(user.email, kind, subject, text.toString(), html.toString(), link);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
