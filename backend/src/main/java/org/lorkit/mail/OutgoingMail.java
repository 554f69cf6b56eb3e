package org.lorkit.mail;

/**
 * One mail to one person: plain text and the same in simple HTML. {@code link} is the single link the
 * mail carries (or null), repeated apart so that a LORkit without a mail server can still log it.
 * {@code kind} names the mail in logs ("password reset"), which never show its text.
 */
public record OutgoingMail(String to, String kind, String subject, String text, String html, String link) {}
