package org.lorkit.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.form.WriterForm;
import org.lorkit.season.LetterService;

/** What the writer is told about handing the letter in, per service and form. Plain JUnit. */
class UploadRulesUnitTest {

    @Test
    void anErasSlorIsAPdfUnderTheSameRulesAsANarrativeLetter() {
        UploadRules ortho = UploadRules.of(LetterService.ERAS, WriterForm.ORTHO_SLOR, "L-2028-00417", true);
        assertEquals("Uploading to ERAS", ortho.heading());
        assertEquals(
                List.of(
                        "ERAS emails you a secure link for Letter ID L-2028-00417 (already sent) to the AAMC Letter "
                                + "Writer Portal: use it as a guest or sign in to your account.",
                        "The Orthopaedic surgery standardized letter is completed on its own form and uploaded as a PDF, "
                                + "like a letter.",
                        "PDF only, at most 1 MB, US Letter size (8.5 x 11 in); not encrypted, password-protected or "
                                + "digitally signed.",
                        "Uploaded by you or someone you designate, never by me or an advisor."),
                ortho.rules());
    }

    @Test
    void thePilotsPortalFormIsFilledInsideThePortalNeverUploaded() {
        UploadRules portal = UploadRules.of(LetterService.ERAS, WriterForm.PORTAL_FORM, null, false);
        assertEquals("Filling in the form in the Letter Writer Portal", portal.heading());
        assertTrue(
                portal.rules().stream().noneMatch(r -> r.contains("1 MB")),
                portal.rules().toString());
        assertTrue(portal.rules().contains("You complete it, or someone you designate; never me or an advisor."));
    }

    @Test
    void aResidencyCasSloeIsFilledInOnlineAndTheApplicantNeverHandlesIt() {
        UploadRules sloe = UploadRules.of(LetterService.RESIDENCYCAS, WriterForm.ESLOE_2, null, false);
        assertEquals(
                List.of(
                        "ResidencyCAS emails you a request once I add you as an evaluator; accepting it opens its "
                                + "evaluator pages.",
                        "The eSLOE 2.0 (Emergency Medicine) is filled in online on those pages: there is no PDF to upload.",
                        "It goes from you to ResidencyCAS: I never see or handle it."),
                sloe.rules());
    }

    @Test
    void aGeneralLetterThroughBothServicesGetsEachServicesStepsEachNamingItsService() {
        UploadRules both = UploadRules.of(
                List.of(LetterService.ERAS, LetterService.RESIDENCYCAS),
                WriterForm.ACGME_NARRATIVE,
                "L-2027-004417",
                true);

        assertEquals("Handing it in to ERAS and ResidencyCAS (one request in each)", both.heading());
        assertEquals(
                List.of(
                        "In ERAS: ERAS emails you a secure link for Letter ID L-2027-004417 (already sent) to the AAMC "
                                + "Letter Writer Portal: use it as a guest or sign in to your account.",
                        "In ERAS: PDF only, at most 1 MB, US Letter size (8.5 x 11 in); not encrypted, password-protected "
                                + "or digitally signed.",
                        "In ERAS: Uploaded by you or someone you designate, never by me or an advisor.",
                        "In ResidencyCAS: ResidencyCAS emails you a request (already sent); accepting it opens its "
                                + "evaluator pages.",
                        "In ResidencyCAS: The letter goes in on those pages, as an online form or a file as they ask "
                                + "(their file rules are not confirmed here).",
                        "In ResidencyCAS: It goes from you to ResidencyCAS: I never see or handle it."),
                both.rules());
    }

    @Test
    void oneServiceAloneKeepsItsOwnHeading() {
        assertEquals(
                "Submitting in ResidencyCAS",
                UploadRules.of(List.of(LetterService.RESIDENCYCAS), WriterForm.OBGYN_SLOE, null, false)
                        .heading());
    }
}
