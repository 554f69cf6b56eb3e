package org.lorkit.mail;

import java.util.Map;

/**
 * One mail to one person: plain text and the same in simple HTML. {@code link} is the single link the
 * mail carries (or null), repeated apart so that a LORkit without a mail server can still log it.
 * {@code kind} names the mail in logs ("password reset"), which never show its text. {@code headers}: extra
 * headers such as List-Unsubscribe (RFC 8058) of a digest.
 */
public record OutgoingMail(
        String to, String kind, String subject, String text, String html, String link, Map<String, String> headers) {

    public OutgoingMail(String to, String kind, String subject, String text, String html, String link) {
        this(to, kind, subject, text, html, link, Map.of());
    }
}
