package org.lorkit.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Lor;
import org.lorkit.support.TwoWritersSeason;

/**
 * Each letter says which service it goes through, so the board can say where to check that it arrived:
 * its own specialty's service, or for a General letter every service of the specialties applied to
 * (an Internal Medicine applicant who also applies in Emergency Medicine checks ERAS and ResidencyCAS).
 */
@QuarkusTest
class EachLetterNamesItsServiceTest extends OnASharingSeason {

    private List<Object> servicesOf(String letterId) {
        return s.ana.request()
                .get("/api/v1/letters/" + letterId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("services");
    }

    @Test
    void anInternalMedicineLetterGoesThroughEras() {
        assertEquals(List.of("ERAS"), servicesOf(s.mitchellLetter));
    }

    @Test
    void anObGynApplicantsLettersGoThroughResidencyCas() {
        TwoWritersSeason.targetSheet(s.ana, "OB/GYN", Map.of());
        assertEquals(List.of("RESIDENCYCAS"), servicesOf(s.mitchellLetter));
        assertEquals(
                List.of("RESIDENCYCAS", "RESIDENCYCAS"),
                s.ana.request()
                        .get("/api/v1/letters")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.services.flatten()"));
    }

    @Test
    void withASecondSpecialtyAGeneralLetterGoesThroughBothAndASpecialtysLetterThroughItsOwn() {
        TwoWritersSeason.targetSheet(s.ana, "Internal Medicine", Map.of("secondSpecialty", "Emergency Medicine"));
        assertEquals(List.of("ERAS", "RESIDENCYCAS"), servicesOf(s.mitchellLetter));
        String edWriter = Lor.attending(s.ana, "Dr Priya Raman", "CORE_FACULTY", s.season.rotation, true);
        String forEm = Lor.create(
                s.ana, "/api/v1/letters", Map.of("attendingId", edWriter, "forSpecialty", "emergency  medicine"));
        assertEquals(List.of("RESIDENCYCAS"), servicesOf(forEm));
        String imWriter = Lor.attending(s.ana, "dr tomás ortega", "CLERKSHIP_DIRECTOR", s.season.rotation, true);
        String forIm = Lor.create(
                s.ana, "/api/v1/letters", Map.of("attendingId", imWriter, "forSpecialty", "internal medicine"));
        assertEquals(List.of("ERAS"), servicesOf(forIm));
    }

    @Test
    void theWritersPageOfAnEmergencyMedicineLetterGivesResidencyCasStepsThoughTheTargetIsInternalMedicine() {
        TwoWritersSeason.targetSheet(s.ana, "Internal Medicine", Map.of("secondSpecialty", "Emergency Medicine"));
        String edWriter = Lor.attending(s.ana, "Dr Priya Raman", "CORE_FACULTY", s.season.rotation, true);
        String forEm = Lor.create(
                s.ana, "/api/v1/letters", Map.of("attendingId", edWriter, "forSpecialty", "Emergency Medicine"));
        io.restassured.path.json.JsonPath page = SharingSeason.open(SharingSeason.token(s.writerLink(forEm)))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals("RESIDENCYCAS", page.getString("writer.service"));
        assertEquals(List.of("RESIDENCYCAS"), page.getList("writer.services"));
        List<String> steps = page.getList("writer.uploadSteps");
        assertEquals(
                "ResidencyCAS emails you a request once I add you as an evaluator; accepting it opens its evaluator "
                        + "pages.",
                steps.get(0));
        assertEquals("It goes from you to ResidencyCAS: I never see or handle it.", steps.get(steps.size() - 1));
        steps.forEach(step -> org.junit.jupiter.api.Assertions.assertFalse(step.contains("ERAS"), step));
    }

    @Test
    void theWritersPageOfAGeneralLetterOfAnImAndEmApplicantNamesBothServices() {
        TwoWritersSeason.targetSheet(s.ana, "Internal Medicine", Map.of("secondSpecialty", "Emergency Medicine"));
        io.restassured.path.json.JsonPath page = SharingSeason.open(SharingSeason.token(s.writerLink(s.mitchellLetter)))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(List.of("ERAS", "RESIDENCYCAS"), page.getList("writer.services"));
        assertEquals("ERAS", page.getString("writer.service"));
    }
}
