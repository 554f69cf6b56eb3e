package org.lorkit.packet;

import java.util.ArrayList;
import java.util.List;
import org.lorkit.form.WriterForm;
import org.lorkit.season.LetterService;

/**
 * How the writer hands the letter in, by service and form (SEASONS.md): ERAS letters are PDFs through
 * the AAMC Letter Writer Portal, except the 2027 pilot's standardized form, which is filled in inside
 * the portal; ResidencyCAS SLOEs are filled in online on its evaluator pages.
 */
public record UploadRules(String heading, List<String> rules) {

    /**
     * The steps for every service the letter goes through: a General letter of an applicant to Internal Medicine
     * and Emergency Medicine goes to ERAS and to ResidencyCAS, each step then saying which service it is for.
     */
    static UploadRules of(List<LetterService> services, WriterForm form, String letterId, boolean requestSent) {
        List<LetterService> each = services.stream().distinct().toList();
        if (each.size() == 1) {
            return of(each.get(0), form, letterId, requestSent);
        }
        List<String> rules = new ArrayList<>();
        for (LetterService service : each) {
            of(service, form, letterId, requestSent)
                    .rules()
                    .forEach(r -> rules.add("In " + service.label() + ": " + r));
        }
        return new UploadRules("Handing it in to " + LetterService.said(each) + " (one request in each)", rules);
    }

    static UploadRules of(LetterService service, WriterForm form, String letterId, boolean requestSent) {
        List<String> rules = new ArrayList<>();
        if (service == LetterService.RESIDENCYCAS) {
            rules.add("ResidencyCAS emails you a request"
                    + (requestSent ? " (already sent)" : " once I add you as an evaluator")
                    + "; accepting it opens its evaluator pages.");
            if (form == WriterForm.ESLOE_2 || form == WriterForm.OBGYN_SLOE) {
                rules.add("The " + form.label() + " is filled in online on those pages: there is no PDF to upload.");
            } else {
                rules.add("The letter goes in on those pages, as an online form or a file as they ask "
                        + "(their file rules are not confirmed here).");
            }
            rules.add("It goes from you to ResidencyCAS: I never see or handle it.");
            return new UploadRules("Submitting in ResidencyCAS", rules);
        }
        String link = "ERAS emails you a secure link"
                + (letterId == null ? "" : " for Letter ID " + letterId)
                + (requestSent ? " (already sent)" : " once I add you as a writer")
                + " to the AAMC Letter Writer Portal: use it as a guest or sign in to your account.";
        rules.add(link);
        if (form == WriterForm.PORTAL_FORM) {
            rules.add("The standardized form is filled in inside the portal; it cannot be uploaded as a PDF.");
            rules.add("You complete it, or someone you designate; never me or an advisor.");
            return new UploadRules("Filling in the form in the Letter Writer Portal", rules);
        }
        if (form == WriterForm.ORTHO_SLOR || form == WriterForm.ENT_SLOR) {
            rules.add("The " + form.label() + " is completed on its own form and uploaded as a PDF, like a letter.");
        }
        rules.add("PDF only, at most 1 MB, US Letter size (8.5 x 11 in); not encrypted, password-protected or "
                + "digitally signed.");
        rules.add("Uploaded by you or someone you designate, never by me or an advisor.");
        return new UploadRules("Uploading to ERAS", rules);
    }
}
