package org.lorkit.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;
import org.lorkit.support.TwoWritersSeason;

/**
 * A standardized-letter writer's packet follows the form they fill in (eSLOE 2.0 parts, OB/GYN SLOE
 * competencies), lists the fields still without evidence, and tells the writer the rules of their
 * service; a narrative writer gets the six ACGME competencies as data and the story-first sheet.
 */
@QuarkusTest
class PacketByWritersFormTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** Two EM writers on one ED sub-internship: Dr Ramos writes the eSLOE, Dr Chen a narrative letter. */
    record EmSeason(Applicant ana, String rotation, String ramos, String chen) {}

    EmSeason emSeason(String specialty) {
        clock.setDay(TwoWritersSeason.TODAY);
        Applicant ana = Applicant.register();
        TwoWritersSeason.targetSheet(ana, specialty, Map.of());
        String rotation = Lor.create(
                ana,
                "/api/v1/rotations",
                Map.of(
                        "institution", "county general ED",
                        "specialty", specialty,
                        "kind", "SUB_INTERNSHIP",
                        "startsOn", "2026-10-26",
                        "endsOn", "2026-11-20",
                        "canPresentPatients", true));
        String ramos = writer(ana, "Dr. Elena Ramos", "PROGRAM_DIRECTOR", rotation, "2026-10-26", "2026-11-20");
        String chen = writer(ana, "Dr. Wei Chen", "CORE_FACULTY", rotation, "2026-11-02", "2026-11-13");
        Lor.create(ana, "/api/v1/letters", Map.of("attendingId", ramos, "standardized", true));
        return new EmSeason(ana, rotation, ramos, chen);
    }

    static String writer(Applicant who, String name, String role, String rotation, String from, String to) {
        return Lor.create(
                who,
                "/api/v1/attendings",
                Map.of(
                        "name",
                        name,
                        "role",
                        role,
                        "hasSeenMePresent",
                        true,
                        "rotations",
                        List.of(Map.of("rotationId", rotation, "from", from, "to", to))));
    }

    static String story(
            Applicant who,
            String rotation,
            String title,
            String on,
            List<String> competencies,
            List<String> formFields,
            String... witnesses) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title", title,
                "summary", title + ", pres to attending on shift",
                "occurredOn", on,
                "rotationId", rotation,
                "witnessAttendingIds", List.of(witnesses),
                "competencies", competencies));
        if (formFields != null) {
            body.put("formFields", formFields);
        }
        return Lor.create(who, "/api/v1/stories", body);
    }

    static JsonPath packetData(Applicant who, String attending) {
        return who.request()
                .accept("application/json")
                .get("/api/v1/attendings/" + attending + "/packet")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String packetText(Applicant who, String attending, String accept) throws Exception {
        var answer = who.request().accept(accept).get("/api/v1/attendings/" + attending + "/packet");
        assertEquals(200, answer.statusCode());
        if (!accept.equals("application/pdf")) {
            return answer.asString();
        }
        // The last PDF stays in target/ for a look (docs/screens/packet-esloe.png is its first page).
        java.nio.file.Files.write(
                java.nio.file.Path.of("target", "packet-" + attending + ".pdf"), answer.asByteArray());
        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anEmSloeWritersPacketIsLaidOutByTheEslOePartsWithHerOwnStoriesAndTheEmptyPartsListed() throws Exception {
        EmSeason em = emSeason("emergency med");
        story(
                em.ana(),
                em.rotation(),
                "septic pt in triage, flagged lactate 4.1",
                "2026-10-29",
                List.of("CLINICAL_REASONING"),
                null,
                em.ramos());
        story(
                em.ana(),
                em.rotation(),
                "dislocated shoulder reduction w/ PD",
                "2026-11-05",
                List.of("PATIENT_CARE"),
                null,
                em.ramos());
        // Tagged by hand: the tag wins over where its competency would have put it (part A).
        story(
                em.ana(),
                em.rotation(),
                "read up on tox after the TCA od",
                "2026-11-09",
                List.of("MEDICAL_KNOWLEDGE"),
                List.of("ESLOE_2.PART_B"),
                em.ramos());
        // Only Dr Chen saw this one, though it is tagged to an eSLOE part: never in Dr Ramos's packet.
        story(
                em.ana(),
                em.rotation(),
                "lac repair 3cm forearm, chen supervised",
                "2026-11-10",
                List.of("PATIENT_CARE"),
                List.of("ESLOE_2.PART_A"),
                em.chen());

        JsonPath data = packetData(em.ana(), em.ramos());
        assertEquals("ESLOE_2", data.getString("form.key"));
        assertFalse(data.getBoolean("form.unverified"));
        assertEquals("RESIDENCYCAS", data.getString("service"));
        assertEquals(List.of("ESLOE_2.PART_A", "ESLOE_2.PART_B", "ESLOE_2.PART_C"), data.getList("sections.field.key"));
        assertEquals(
                List.of("dislocated shoulder reduction w/ PD", "septic pt in triage, flagged lactate 4.1"),
                data.getList("sections[0].evidence.title"));
        assertEquals(List.of(false, false), data.getList("sections[0].evidence.tagged"));
        assertEquals(List.of("read up on tox after the TCA od"), data.getList("sections[1].evidence.title"));
        assertEquals(List.of(true), data.getList("sections[1].evidence.tagged"));
        assertTrue(data.getBoolean("sections[2].field.writersCall"));
        assertEquals(List.of(), data.getList("sections[2].evidence"));
        assertEquals(List.of(), data.getList("fieldsWithoutEvidence"));
        assertEquals("Submitting in ResidencyCAS", data.getString("upload.heading"));
        assertTrue(
                data.getList("upload.rules")
                        .contains(
                                "The eSLOE 2.0 (Emergency Medicine) is filled in online on those pages: there is no PDF to upload."));

        String pdf = packetText(em.ana(), em.ramos(), "application/pdf");
        for (String heading : List.of(
                "Part A: core emergency skills",
                "Part B: professionalism and working with others",
                "Part C: expected guidance and rank-list placement",
                "Laid out by the fields of your form, eSLOE 2.0 (Emergency Medicine).",
                "Your own judgement: I offer no story for it.",
                "Submitting in ResidencyCAS")) {
            assertTrue(pdf.contains(heading), heading + " in " + pdf);
        }
        assertFalse(pdf.contains("lac repair"), pdf);
        assertFalse(pdf.contains("1 MB"), "ResidencyCAS SLOEs are not uploaded as PDFs: " + pdf);
    }

    @Test
    void aSloeWriterWithNothingForAPartSeesNoEvidenceYetAndTheApplicantIsToldWhichParts() throws Exception {
        EmSeason em = emSeason("Emergency Medicine");
        story(
                em.ana(),
                em.rotation(),
                "STEMI activation, got ECG in 6 min",
                "2026-11-03",
                List.of("CLINICAL_REASONING"),
                null,
                em.ramos());
        // Dr Chen's professionalism story would fill part B, but it is not Dr Ramos's to vouch for.
        story(
                em.ana(),
                em.rotation(),
                "stayed 2h after shift for boarder handoff",
                "2026-11-06",
                List.of("WORK_ETHIC"),
                null,
                em.chen());

        JsonPath data = packetData(em.ana(), em.ramos());
        assertEquals(List.of("ESLOE_2.PART_B"), data.getList("fieldsWithoutEvidence.key"));
        assertEquals(List.of(), data.getList("sections[1].evidence"));
        assertTrue(
                data.getString("applicantNote")
                        .contains("No evidence yet for Part B: professionalism and working with others"),
                data.getString("applicantNote"));

        String markdown = packetText(em.ana(), em.ramos(), "text/markdown");
        assertTrue(
                markdown.contains("## Part B: professionalism and working with others\n\n- No evidence yet.\n"),
                markdown);
        assertFalse(markdown.contains("boarder handoff"), markdown);
        String pdf = packetText(em.ana(), em.ramos(), "application/pdf");
        assertTrue(pdf.contains("No evidence yet."), pdf);
        assertFalse(pdf.contains("tag a story"), "the applicant's note never reaches the writer: " + pdf);
    }

    @Test
    void theNarrativeWriterOnTheSameRotationGetsTheAcgmeCompetenciesAndTheStoryFirstSheet() throws Exception {
        EmSeason em = emSeason("emergency med");
        // Tagged to an eSLOE part only: for a narrative letter it lands by its competency.
        story(
                em.ana(),
                em.rotation(),
                "lac repair 3cm forearm",
                "2026-11-10",
                List.of("PATIENT_CARE"),
                List.of("ESLOE_2.PART_A"),
                em.chen());

        JsonPath data = packetData(em.ana(), em.chen());
        assertEquals("ACGME_NARRATIVE", data.getString("form.key"));
        assertEquals(
                List.of(
                        "ACGME.PATIENT_CARE",
                        "ACGME.MEDICAL_KNOWLEDGE",
                        "ACGME.PRACTICE_BASED_LEARNING",
                        "ACGME.COMMUNICATION",
                        "ACGME.PROFESSIONALISM",
                        "ACGME.SYSTEMS_BASED_PRACTICE"),
                data.getList("sections.field.key"));
        assertEquals(List.of("lac repair 3cm forearm"), data.getList("sections[0].evidence.title"));
        assertEquals(5, data.getList("fieldsWithoutEvidence").size());
        assertTrue(data.getList("upload.rules")
                .contains("The letter goes in on those pages, as an online form or a file as they ask "
                        + "(their file rules are not confirmed here)."));

        String pdf = packetText(em.ana(), em.chen(), "application/pdf");
        assertTrue(pdf.contains("Cases and moments you may remember"), pdf);
        assertFalse(pdf.contains("No evidence yet"), "a narrative sheet is not a form: " + pdf);
    }

    @Test
    void anObgynSloeWritersPacketFollowsTheSevenCompetenciesPlusAreasForImprovement() throws Exception {
        EmSeason ob = emSeason("ob/gyn");
        story(
                ob.ana(),
                ob.rotation(),
                "counselled pt on PPH risk w/ interpreter",
                "2026-10-30",
                List.of("COMMUNICATION"),
                null,
                ob.ramos());
        story(
                ob.ana(),
                ob.rotation(),
                "2nd degree lac repair after SVD",
                "2026-11-04",
                List.of("PATIENT_CARE"),
                List.of("OBGYN_SLOE.PROCEDURAL_SKILLS"),
                ob.ramos());
        Lor.create(
                ob.ana(),
                "/api/v1/feedback",
                Map.of(
                        "attendingId", ob.ramos(),
                        "receivedOn", "2026-11-06",
                        "toImprove", "tighter L&D board sign-out",
                        "whatIChanged", "used SBAR card every shift after"));

        JsonPath data = packetData(ob.ana(), ob.ramos());
        assertEquals("OBGYN_SLOE", data.getString("form.key"));
        assertEquals(
                List.of(
                        "Communication skills",
                        "Patient care",
                        "Procedural skills",
                        "Medical knowledge",
                        "Professionalism",
                        "Practice-based learning and improvement",
                        "Systems-based practice",
                        "Areas for improvement"),
                data.getList("sections.field.label"));
        assertEquals(List.of("2nd degree lac repair after SVD"), data.getList("sections[2].evidence.title"));
        assertEquals(List.of("FEEDBACK"), data.getList("sections[7].evidence.kind"));
        assertEquals(
                "tighter L&D board sign-out What I changed: used SBAR card every shift after",
                data.getString("sections[7].evidence[0].text"));
        assertEquals(
                List.of(
                        "OBGYN_SLOE.PATIENT_CARE",
                        "OBGYN_SLOE.MEDICAL_KNOWLEDGE",
                        "OBGYN_SLOE.PROFESSIONALISM",
                        "OBGYN_SLOE.PRACTICE_BASED_IMPROVEMENT",
                        "OBGYN_SLOE.SYSTEMS_BASED_PRACTICE"),
                data.getList("fieldsWithoutEvidence.key"));
        String pdf = packetText(ob.ana(), ob.ramos(), "application/pdf");
        assertTrue(pdf.contains("Areas for improvement"), pdf);
        assertTrue(pdf.contains("The OB/GYN SLOE is filled in online on those pages"), pdf);
    }

    @Test
    void anInternalMedicineNarrativeWriterIsToldTheErasPdfRules() {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        JsonPath data = packetData(season.ana, season.mitchell);
        assertEquals("ACGME_NARRATIVE", data.getString("form.key"));
        assertEquals("ERAS", data.getString("service"));
        assertEquals("Uploading to ERAS", data.getString("upload.heading"));
        assertEquals(
                List.of(
                        "ERAS emails you a secure link once I add you as a writer to the AAMC Letter Writer Portal: "
                                + "use it as a guest or sign in to your account.",
                        "PDF only, at most 1 MB, US Letter size (8.5 x 11 in); not encrypted, password-protected or "
                                + "digitally signed.",
                        "Uploaded by you or someone you designate, never by me or an advisor."),
                data.getList("upload.rules"));
    }

    @Test
    void aPilotSpecialtysStandardizedWriterFillsThePortalFormWhoseFieldsAreNotConfirmed() throws Exception {
        EmSeason derm = emSeason("derm");
        JsonPath data = packetData(derm.ana(), derm.ramos());
        assertEquals("PORTAL_FORM", data.getString("form.key"));
        assertTrue(data.getBoolean("form.unverified"));
        assertEquals(
                "Field list not confirmed: the writer's form may name its fields differently.",
                data.getString("form.note"));
        assertEquals("Filling in the form in the Letter Writer Portal", data.getString("upload.heading"));
        assertTrue(data.getList("upload.rules")
                .contains("The standardized form is filled in inside the portal; it cannot be uploaded as a PDF."));
        String pdf = packetText(derm.ana(), derm.ramos(), "application/pdf");
        assertTrue(pdf.contains("field list not confirmed"), pdf);
    }

    @Test
    void theCatalogueNamesWhichOfYourWritersFillInEachForm() {
        EmSeason em = emSeason("emergency med");
        JsonPath forms = em.ana()
                .request()
                .get("/api/v1/writer-forms")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("ESLOE_2", "OBGYN_SLOE", "ORTHO_SLOR", "ENT_SLOR", "ACGME_NARRATIVE", "PORTAL_FORM"),
                forms.getList("key"));
        assertEquals(List.of("Dr. Elena Ramos"), forms.getList("find { it.key == 'ESLOE_2' }.writers.name"));
        assertEquals(List.of("Dr. Wei Chen"), forms.getList("find { it.key == 'ACGME_NARRATIVE' }.writers.name"));
        assertEquals(List.of(true, false, false, false, true, false), forms.getList("yours"));
        assertEquals(List.of(true, true), forms.getList("findAll { it.key.endsWith('_SLOR') }.unverified"));
    }

    @Test
    void anUnknownFormFieldOrTheWritersOwnCallAnswers422NamingTheField() {
        EmSeason em = emSeason("emergency med");
        var problem = em.ana()
                .request()
                .body(Map.of("title", "intubation assist", "formFields", List.of("ESLOE_2.PART_A", "ESLOE_2.PART_Z")))
                .post("/api/v1/stories")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertEquals(List.of("formFields[1]"), problem.getList("errors.field"));
        assertTrue(problem.getString("detail").contains("\"ESLOE_2.PART_Z\" is not a field of any writer's form"));
        var writersCall = em.ana()
                .request()
                .body(Map.of(
                        "attendingId", em.ramos(),
                        "toImprove", "faster dispo decisions",
                        "formFields", List.of("ESLOE_2.PART_C")))
                .post("/api/v1/feedback")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertEquals(List.of("formFields[0]"), writersCall.getList("errors.field"));

        // Quick capture is unchanged, and tags round-trip (duplicates merged).
        String quick = Lor.create(em.ana(), "/api/v1/stories", Map.of("title", "pt thanked me for explaining CT"));
        assertEquals(
                List.of(),
                em.ana().request().get("/api/v1/stories/" + quick).jsonPath().getList("formFields"));
        String tagged = Lor.create(
                em.ana(),
                "/api/v1/stories",
                Map.of("title", "ran the trauma board", "formFields", List.of("ESLOE_2.PART_B", "ESLOE_2.PART_B")));
        assertEquals(
                List.of("ESLOE_2.PART_B"),
                em.ana().request().get("/api/v1/stories/" + tagged).jsonPath().getList("formFields"));
    }
}
