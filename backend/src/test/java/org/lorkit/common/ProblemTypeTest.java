package org.lorkit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one table of problem kinds: plain JUnit, no Quarkus. */
class ProblemTypeTest {

    @Test
    void everyKindHasATypeOfItsOwn() {
        var byUri = Arrays.stream(ProblemType.values())
                .collect(Collectors.groupingBy(ProblemType::uri, Collectors.counting()));
        byUri.forEach((uri, count) -> assertEquals(1L, count, uri + " is listed twice"));
    }

    @Test
    void answersWrittenBelowRestAreTheBytesJacksonWritesAboveIt() throws Exception {
        // A detail with the characters a hand-written JSON gets wrong: quotes and a backslash.
        String detail = "The field \"summary\" ends in a stray \\ after 4096 characters.";
        String byHand = ProblemType.HTTP_413.json(detail);
        String byJackson = new ObjectMapper().writeValueAsString(ProblemType.HTTP_413.problem(detail));
        assertEquals(byJackson, byHand);
        assertEquals(
                "{\"type\":\"urn:lorkit:problem:http-413\",\"title\":\"Request too large\",\"status\":413,"
                        + "\"detail\":\"The field \\\"summary\\\" ends in a stray \\\\ after 4096 characters.\"}",
                byHand);
    }

    @Test
    void theHttpLayerKindOfAStatusKeepsItsNumberInTheType() {
        assertEquals(ProblemType.HTTP_405, ProblemType.atHttpLayer(405));
        assertEquals("urn:lorkit:problem:http-405", ProblemType.atHttpLayer(405).uri());
        // 404 has two kinds: "no such record of yours" and "no such address"; the HTTP layer's is the second.
        assertEquals(
                "There is nothing at this address.",
                ProblemType.atHttpLayer(404).defaultDetail());
        assertNull(ProblemType.atHttpLayer(418));
        assertEquals("urn:lorkit:problem:http-418", ProblemType.httpUri(418));
    }
}
