package org.lorkit.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.attending.AttendingRole;
import org.lorkit.coaching.MessageKind;
import org.lorkit.coaching.Season;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.messages.MessageDtos.Message;
import org.lorkit.season.Specialties;

/**
 * What the writer receives names the service the letter goes through (SEASONS.md): in ResidencyCAS the
 * writer is added as an evaluator and gets the service's own email to accept (or decline) the request; in
 * ERAS a Letter ID and a secure upload link. A General letter of an Internal Medicine and Emergency
 * Medicine applicant goes through both, and the email says both.
 */
class WriterEmailsNameTheLettersServiceUnitTest {

    static final LocalDate TODAY = LocalDate.of(2027, 7, 21);

    private static final Season.Attending ADEYEMI = new Season.Attending(
            UUID.nameUUIDFromBytes("adeyemi".getBytes()),
            "Folasade Adeyemi",
            "MD",
            null,
            AttendingRole.CORE_FACULTY,
            "Obstetrics & Gynecology",
            "St Mary's Women's Hospital",
            "f.adeyemi@stmarys.example.org",
            null,
            true,
            List.of());

    private static Season.Letter letter(String forSpecialty, String erasLetterId, LetterStatus status) {
        return new Season.Letter(
                UUID.nameUUIDFromBytes(("letter " + forSpecialty).getBytes()),
                ADEYEMI.id(),
                LetterType.TARGET_SPECIALTY,
                status,
                Commitment.STRONG,
                erasLetterId,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                forSpecialty,
                null);
    }

    /** The context as MessageService builds it: the services are the letter's, by the one rule. */
    private static MessageTemplates.Context context(
            String target, String second, Season.Letter letter, LocalDate submittedOn) {
        return new MessageTemplates.Context(
                "Priya Raman",
                target,
                LocalDate.of(2027, 9, 8),
                LocalDate.of(2027, 8, 18),
                LocalDate.of(2027, 6, 2),
                submittedOn,
                ADEYEMI,
                letter,
                null,
                null,
                null,
                List.of(),
                TODAY,
                null,
                null,
                Specialties.servicesOf(letter.forSpecialty(), target, second));
    }

    private static Message render(MessageKind kind, MessageTemplates.Context c) {
        return MessageTemplates.render(kind, c);
    }

    @Test
    void anObGynWriterIsAddedAsAnEvaluatorAndToldToAcceptResidencyCasesOwnEmail() {
        MessageTemplates.Context c = context("OB/GYN", null, letter(null, null, LetterStatus.PACKET_SENT), null);

        Message formal = render(MessageKind.FORMAL_REQUEST, c);
        assertEquals("ResidencyCAS letter request - Priya Raman, OB/GYN", formal.subject());
        assertEquals(
                "Dear Dr. Adeyemi,\n\nThank you again for agreeing to write a strong letter for my OB/GYN residency "
                        + "applications.\n\nI have now added you as an evaluator in ResidencyCAS, so you should receive "
                        + "an email from ResidencyCAS asking you to accept the request (you can also decline it there); "
                        + "accepting it opens the pages where you complete the letter.\n\nI plan to submit my application "
                        + "on September 8, 2027, so an upload by August 18, 2027 would be ideal, if your schedule allows."
                        + "\n\nWith thanks,\nPriya Raman",
                formal.body());
        assertEquals(
                "Send it once the ResidencyCAS entry exists. The date you give is the soft deadline, a few weeks "
                        + "before you truly need it.",
                formal.tip());

        Message packet = render(MessageKind.PACKET_EMAIL, c);
        assertTrue(
                packet.body()
                        .contains("My timeline: I plan to submit my application on September 8, 2027. ResidencyCAS "
                                + "will email you its own request, which you accept to reach the pages where the letter "
                                + "is completed."),
                packet.body());

        assertTrue(render(MessageKind.REMINDER, c)
                .body()
                .contains("about my residency letter: ResidencyCAS still shows it as not received"));
        assertTrue(render(MessageKind.REMINDER, c)
                .body()
                .contains("If the ResidencyCAS email went missing, I am happy to have it sent again."));
        assertTrue(render(MessageKind.THANK_YOU_RECEIVED, c)
                .body()
                .startsWith("Dear Dr. Adeyemi,\n\nI saw in ResidencyCAS that your letter has arrived."));
        Message submitted = render(
                MessageKind.THANK_YOU_SUBMISSION,
                context("OB/GYN", null, letter(null, null, LetterStatus.RECEIVED), LocalDate.of(2027, 9, 8)));
        assertEquals("My ResidencyCAS application is in - thank you", submitted.subject());
        assertTrue(submitted.body().contains("I submitted my ResidencyCAS application on September 8, 2027"));

        for (MessageKind kind : MessageKind.values()) {
            Message m = render(kind, c);
            assertFalse(m.body().contains("ERAS"), kind + ": " + m.body());
            assertFalse(m.subject() != null && m.subject().contains("ERAS"), kind + ": " + m.subject());
        }
    }

    @Test
    void aGeneralLetterOfAnInternalAndEmergencyMedicineApplicantAsksForBothServicesRequests() {
        MessageTemplates.Context c = context(
                "Internal Medicine",
                "Emergency Medicine",
                letter(null, "L-2027-004417", LetterStatus.PACKET_SENT),
                null);

        Message formal = render(MessageKind.FORMAL_REQUEST, c);
        assertEquals("ERAS and ResidencyCAS letter request - Priya Raman, Internal Medicine", formal.subject());
        assertTrue(
                formal.body()
                        .contains("I have now added you as a letter writer in ERAS (Letter ID L-2027-004417) and as an "
                                + "evaluator in ResidencyCAS, so you should receive two emails: an email from ERAS "
                                + "with a secure upload link, and an email from ResidencyCAS asking you to accept "
                                + "the request (you can also decline it there); accepting it opens the pages where "
                                + "you complete the letter. In ERAS the letter is uploaded by you or your "
                                + "assistant, as a PDF of at most 1 MB."),
                formal.body());
        assertTrue(formal.tip().startsWith("Send it once the ERAS and ResidencyCAS entries exist."));
        assertTrue(
                render(MessageKind.REMINDER, c).body().contains("ERAS or ResidencyCAS still shows it as not received"));
        assertTrue(render(MessageKind.THANK_YOU_RECEIVED, c)
                .body()
                .contains("I saw in ERAS and ResidencyCAS that your letter has arrived."));
    }

    @Test
    void theSameApplicantsEmergencyMedicineLetterGoesThroughResidencyCasAndHerInternalMedicineLetterThroughEras() {
        Message em = render(
                MessageKind.FORMAL_REQUEST,
                context(
                        "Internal Medicine",
                        "Emergency Medicine",
                        letter("emergency med", null, LetterStatus.PACKET_SENT),
                        null));
        assertTrue(em.body().contains("I have now added you as an evaluator in ResidencyCAS"), em.body());
        assertFalse(em.body().contains("ERAS"), em.body());

        Message im = render(
                MessageKind.FORMAL_REQUEST,
                context(
                        "Internal Medicine",
                        "Emergency Medicine",
                        letter("Internal Medicine", "L-2027-004418", LetterStatus.PACKET_SENT),
                        null));
        assertEquals("ERAS letter request - Priya Raman, Internal Medicine", im.subject());
        assertTrue(
                im.body()
                        .contains("I have now added you as a letter writer in ERAS (Letter ID L-2027-004418), so you "
                                + "should receive an email from ERAS with a secure upload link. The letter is uploaded "
                                + "by you or your assistant, as a PDF of at most 1 MB.\n\n"),
                im.body());
        assertFalse(im.body().contains("ResidencyCAS"), im.body());
    }
}
