package org.lorkit.messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.lorkit.coaching.MessageKind;
import org.lorkit.coaching.Season;
import org.lorkit.common.Texts;
import org.lorkit.messages.MessageDtos.Message;
import org.lorkit.packet.PacketStories;
import org.lorkit.season.LetterService;

/** The words of every script and email, filled in from the applicant's data. */
final class MessageTemplates {

    private MessageTemplates() {}

    /** What a message needs to know. */
    record Context(
            String me,
            String specialty,
            LocalDate target,
            LocalDate soft,
            LocalDate erasOpens,
            LocalDate submittedOn,
            Season.Attending writer,
            Season.Letter letter,
            Season.Rotation rotation,
            LocalDate from,
            LocalDate to,
            List<PacketStories.Story> stories,
            LocalDate today,
            String role,
            String shareUrl,
            List<LetterService> services) {

        /** "ERAS", "ResidencyCAS" or "ERAS and ResidencyCAS": where this letter goes. */
        String service() {
            return LetterService.said(services);
        }

        /** "ERAS or ResidencyCAS" where one of them is enough for the sentence to hold. */
        String eitherService() {
            return service().replace(" and ", " or ");
        }

        boolean both() {
            return services.stream().distinct().count() > 1;
        }
    }

    /** The sentence that hands the writer their page (GET /api/v1/messages?shareUrl=...); empty without one. */
    static String shareLine(Context c) {
        return c.shareUrl() == null
                ? ""
                : "\n\nEverything for this letter, with a button to tell me when it is uploaded: " + c.shareUrl();
    }

    static Message render(MessageKind kind, Context c) {
        // The salutation: title and surname ("Dr. Mitchell"), or how the applicant said to greet them.
        String dr = c.writer().greeting();
        String specialty = c.specialty() == null ? "[your specialty]" : c.specialty();
        String where = c.rotation() == null ? "this rotation" : c.rotation().institution();
        // "in September 2027" said in December 2026: a month carries its year unless it is still ahead this year.
        String when = c.target() == null
                ? "this coming season"
                : "in " + org.lorkit.common.Texts.month(c.target(), c.today());
        String story = c.stories().isEmpty() ? null : c.stories().get(0).title();
        String sign = "\n\nWith thanks,\n" + c.me();
        return switch (kind) {
            case EXPECTATIONS_TALK ->
                say(
                        kind,
                        c,
                        dr + ", I'm " + c.me() + ", an international medical graduate applying to " + specialty + " "
                                + when + ". "
                                + "I'd like to be genuinely useful on your team. How do you like students to present, write notes "
                                + "and work with the residents? And what do the students you remember do differently?",
                        "Say it on day 1 or 2, then do exactly what you heard, every day, a little early.");
            case FORMATIVE_ASK ->
                say(
                        kind,
                        c,
                        dr
                                + ", we've worked together for about a week now. Could you tell me one thing I'm doing well and one "
                                + "thing I should work on? I'd like to spend the rest of the rotation fixing it.",
                        "Ask mid-week, one to one. Write the answer down, act on it, and check back a week later.");
            case SOFT_SIGNAL ->
                say(
                        kind,
                        c,
                        dr + ", working on your team has been one of the best parts of my time at " + where
                                + ". I'm applying to "
                                + specialty + " " + when
                                + " and want to grow into a resident you'd be glad to have. If there's "
                                + "anything I should push on in the weeks left, I'd really value your guidance.",
                        "Only when things are going well. It plants the idea of a letter without asking for one yet.");
            case SUMMATIVE_ASK ->
                say(
                        kind,
                        c,
                        dr
                                + ", we're close to the end of this rotation. Honestly, am I working at the level you'd expect from a "
                                + "strong incoming resident in " + specialty
                                + "? What should I push further in the next couple of weeks?",
                        "Their tone tells you whether a strong letter is realistic: record it as the enthusiasm of the summative feedback.");
            case DIRECT_ASK ->
                say(
                        kind,
                        c,
                        dr + ", I've learned a great deal working with you"
                                + (story == null ? "" : ", especially on moments like \"" + story + "\"")
                                + ". I'm applying to "
                                + specialty + " residency " + when
                                + ", and I would be honored if you felt able to write me a "
                                + "strong letter of recommendation.",
                        "Ask in person, then stop and listen. \"Yes, a strong letter\" is what you hope for; a hesitant yes may "
                                + "mean a lukewarm letter; a no deserves a warm thank-you and nothing more. If yes, offer to email "
                                + "your CV, personal statement draft and a short summary of your work together.");
            case PACKET_EMAIL ->
                email(
                        kind,
                        c,
                        "Letter of recommendation for " + c.me() + " - " + specialty + " residency",
                        "Dear " + dr + ",\n\nThank you again for agreeing to write a letter for my " + specialty
                                + " residency applications; it means a lot to me.\n\nMy timeline: "
                                + (c.erasOpens() == null || !LetterService.viaEras(c.services())
                                        ? ""
                                        : "ERAS opens on " + day(c.erasOpens()) + ", and ")
                                + "I plan to submit my application on " + day(c.target())
                                + ". " + serviceWillEmail(c)
                                + "\n\nTo make it easier, I've attached:\n- my CV\n- a draft of my personal statement\n"
                                + "- a one-sheet summary of our work together: "
                                + (c.from() == null ? "" : "the dates (" + day(c.from()) + " to " + day(c.to()) + "), ")
                                + "my role" + (c.role() == null ? "" : " (" + c.role() + ")")
                                + ", a few cases you may remember"
                                + (c.stories().isEmpty()
                                        ? ""
                                        : " ("
                                                + String.join(
                                                        "; ",
                                                        c.stories().stream()
                                                                .limit(3)
                                                                .map(PacketStories.Story::title)
                                                                .toList())
                                                + ")")
                                + ", and the strengths I hope I showed.\n\nPlease let me know if anything else would help."
                                + shareLine(c)
                                + sign,
                        "Send it within 24 to 48 hours of the yes, with this writer's packet (the one-sheet PDF) attached.");
            case FORMAL_REQUEST ->
                email(
                        kind,
                        c,
                        c.service() + " letter request - " + c.me() + ", " + specialty,
                        "Dear " + dr + ",\n\nThank you again for agreeing to write a strong letter for my " + specialty
                                + " residency applications.\n\n" + addedYou(c)
                                + "\n\nI plan to submit my application on "
                                + day(c.target())
                                + ", so " + uploadBy(c) + " would be ideal, if your schedule allows." + shareLine(c)
                                + sign,
                        "Send it once the " + c.service() + (c.both() ? " entries exist" : " entry exists")
                                + ". The date you give is the soft deadline, a few weeks before you truly need it.");
            case REMINDER ->
                email(
                        kind,
                        c,
                        "Gentle follow-up: letter of recommendation for " + c.me(),
                        "Dear " + dr
                                + ",\n\nI hope you are well. I wanted to follow up gently about my residency letter: "
                                + c.eitherService() + " still shows it as not received, and I know how full your "
                                + "weeks are.\n\nI plan to submit on "
                                + day(c.target()) + ", so " + uploadBy(c)
                                + " would help a great deal, if at all possible. If the " + c.eitherService()
                                + " email went missing, I am happy to "
                                + (LetterService.viaResidencyCas(c.services())
                                        ? "have it sent again."
                                        : "resend the link.")
                                + sign,
                        "First check " + c.service()
                                + " and, if you can, ask the coordinator whether the request landed in spam. Never nudge more "
                                + "than once a week.");
            case THANK_YOU_RECEIVED ->
                email(
                        kind,
                        c,
                        "Thank you for my letter",
                        "Dear " + dr
                                + ",\n\nI saw in " + c.service()
                                + " that your letter has arrived. Thank you for the time and care you put "
                                + "into it, and for everything I learned on your team." + sign,
                        "Short and sincere; send it the day the letter shows as received.");
            case THANK_YOU_SUBMISSION ->
                email(
                        kind,
                        c,
                        "My " + c.service() + (c.both() ? " applications are" : " application is") + " in - thank you",
                        "Dear " + dr + ",\n\nI wanted to let you know that I submitted my " + c.service()
                                + (c.both() ? " applications" : " application")
                                + (c.submittedOn() == null ? "" : " on " + day(c.submittedOn()))
                                + ", and your letter went with it to my " + specialty
                                + " programs. Thank you again for your support "
                                + "and mentorship." + sign,
                        "Send it in the week after you submit.");
            case INTERVIEW_UPDATE ->
                email(
                        kind,
                        c,
                        "An update on my interviews",
                        "Dear " + dr
                                + ",\n\nA quick update: interview invitations have started to arrive, including from "
                                + "[programs]. I'm sure your letter helped, and I wanted you to hear it from me. Thank you again."
                                + sign,
                        "Writers like to hear where you interview; fill in the programs and keep it brief.");
            case MATCH_UPDATE ->
                email(
                        kind,
                        c,
                        "I matched!",
                        "Dear " + dr + ",\n\nI'm happy to share that I matched into " + specialty
                                + " at [program]. Your letter "
                                + "and your teaching were part of getting here, and I'm very grateful. I hope to stay in touch as I "
                                + "start residency." + sign,
                        "Send it soon after Match Day; it keeps the door open for future letters.");
        };
    }

    /**
     * How the writer is told the request is on its way (SEASONS.md): ERAS sends a Letter ID and a secure
     * upload link; in ResidencyCAS the writer gets the service's own email, to accept, complete or decline.
     */
    private static String addedYou(Context c) {
        String letterId = c.letter() != null && c.letter().erasLetterId() != null
                ? " (Letter ID " + c.letter().erasLetterId() + ")"
                : "";
        String erasEmail = "an email from ERAS with a secure upload link";
        String pdf = "The letter is uploaded by you or your assistant, as a PDF of at most 1 MB.";
        String cas = "an email from ResidencyCAS asking you to accept the request (you can also decline it there); "
                + "accepting it opens the pages where you complete the letter.";
        if (c.both()) {
            return "I have now added you as a letter writer in ERAS" + letterId
                    + " and as an evaluator in ResidencyCAS, so you should receive two emails: " + erasEmail
                    + ", and " + cas + " " + pdf.replace("The letter is", "In ERAS the letter is");
        }
        if (LetterService.viaResidencyCas(c.services())) {
            return "I have now added you as an evaluator in ResidencyCAS, so you should receive " + cas;
        }
        return "I have now added you as a letter writer in ERAS" + letterId + ", so you should receive " + erasEmail
                + ". " + pdf;
    }

    /** The packet email's promise of what the service will send the writer. */
    private static String serviceWillEmail(Context c) {
        if (c.both()) {
            return "ERAS will send you its own request with an upload link, and ResidencyCAS its own request for you "
                    + "to accept.";
        }
        return LetterService.viaResidencyCas(c.services())
                ? "ResidencyCAS will email you its own request, which you accept to reach the pages where the letter "
                        + "is completed."
                : "ERAS will send you its own request with an upload link.";
    }

    private static Message say(MessageKind kind, Context c, String body, String tip) {
        return new Message(kind, true, null, null, null, body, tip, null);
    }

    /**
     * The day asked for: the soft deadline while it lies ahead, else the submission target while that does;
     * never a day already past.
     */
    static String uploadBy(Context c) {
        if (c.soft() != null && !c.soft().isBefore(c.today())) {
            return "an upload by " + day(c.soft());
        }
        if (c.target() != null && c.target().isAfter(c.today())) {
            return "an upload in the next few days, before I submit on " + day(c.target()) + ",";
        }
        return "an upload as soon as you are able";
    }

    /**
     * To the writer; to the coordinator when the writer has no email of their own; the coordinator in copy
     * when both exist. Without either, no recipient and a tip that says so.
     */
    private static Message email(MessageKind kind, Context c, String subject, String body, String tip) {
        String own = c.writer().email();
        String coordinator = c.writer().coordinatorEmail();
        String to = own != null ? own : coordinator;
        String cc = own != null ? coordinator : null;
        if (to == null) {
            tip = "No email for " + c.writer().greeting() + " or a coordinator yet: add one on the writer's card. "
                    + tip;
        } else if (own == null) {
            tip = "Addressed to the coordinator, since " + c.writer().greeting() + " has no email of their own here. "
                    + tip;
        }
        StringBuilder mailto = new StringBuilder("mailto:").append(to == null ? "" : address(to));
        mailto.append("?subject=").append(encode(subject));
        if (cc != null) {
            mailto.append("&cc=").append(address(cc));
        }
        mailto.append("&body=").append(encode(body));
        return new Message(kind, false, to, cc, subject, body, tip, mailto.toString());
    }

    /** RFC 6068: percent-encoded UTF-8, spaces as %20 (not +), line breaks as %0D%0A. */
    static String encode(String text) {
        return URLEncoder.encode(text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String address(String email) {
        return encode(email).replace("%40", "@");
    }

    static String day(LocalDate day) {
        return Texts.dayOrPlaceholder(day);
    }
}
