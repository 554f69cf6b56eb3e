package org.lorkit.season;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The target specialty, typed as applicants type it, picks the service and the standardized letter. */
class SpecialtiesTest {

    @ParameterizedTest(name = "\"{0}\" goes through {1} with {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Emergency Medicine | RESIDENCYCAS | ESLOE_2",
                "emergency med | RESIDENCYCAS | ESLOE_2",
                "EM | RESIDENCYCAS | ESLOE_2",
                "Obstetrics & Gynecology | RESIDENCYCAS | OBGYN_SLOE",
                "ob/gyn | RESIDENCYCAS | OBGYN_SLOE",
                "OBGYN | RESIDENCYCAS | OBGYN_SLOE",
                "Orthopaedic Surgery | ERAS | ORTHO_SLOR",
                "orthopedics | ERAS | ORTHO_SLOR",
                "Otolaryngology – Head and Neck Surgery | ERAS | ENT_SLOR",
                "ENT | ERAS | ENT_SLOR",
                "Dermatology | ERAS | PORTAL_FORM",
                "urology | ERAS | PORTAL_FORM",
                "Plastic Surgery-Integrated | ERAS | PORTAL_FORM",
                "Internal Medicine | ERAS | ",
                "family medicine | ERAS | ",
                "Pediatrics | ERAS | ",
                "Psychiatry | ERAS | ",
                "General Surgery | ERAS | ",
                "Anesthesiology | ERAS | ",
                " | ERAS | ",
            })
    void theSpecialtyPicksTheServiceAndTheStandardizedLetter(
            String specialty, LetterService service, StandardizedLetter standardized) {
        assertEquals(
                new Specialties.Expectation(service, Optional.ofNullable(standardized)), Specialties.of(specialty));
    }

    @ParameterizedTest(name = "\"{0}\" is not mistaken for a ResidencyCAS specialty")
    @CsvSource({
        "Internal Medicine",
        "Pathology",
        "Neurology",
        "Neurological Surgery",
        "Radiation Oncology",
        "Transitional Year",
        "Dentistry"
    })
    void specialtiesWhoseNamesMerelyContainAStemStayWithEras(String specialty) {
        assertEquals(LetterService.ERAS, Specialties.of(specialty).service());
    }
}
