package org.lorkit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

/**
 * A list, the ranked writers and Today read again between two writes are the same kept answer, so their JSON
 * is written once (KeptJson) and sent whole, with its length: the bytes must be what the applicant's data is
 * now, never an earlier answer's, and one page of the ranked writers never another's.
 */
@QuarkusTest
class KeptAnswersAreSentAsWrittenOnceTest {

    static final String RANKED = "/api/v1/attendings?sort=rank";

    @Inject
    EntityManager em;

    @Test
    void aRankedPageLargerThanTheResponseBufferIsSentWholeWithItsLengthAndTheSameBytesTwice() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -27, 0);
        for (int i = 0; i < 20; i++) {
            Lor.attending(ana, "dr okafor-" + (char) ('a' + i), "CORE_FACULTY", rotation, i % 2 == 0);
        }
        Response first = get(ana, RANKED);
        Response second = get(ana, RANKED);
        assertEquals(first.asString(), second.asString());
        // Jackson streams a body over 8 KB in chunks; a kept answer's bytes go out in one piece.
        int bytes = second.asByteArray().length;
        assertTrue(bytes > 8 * 1024, "the page is only " + bytes + " bytes: make it larger than the buffer");
        assertEquals(String.valueOf(bytes), second.header("Content-Length"));
        assertNull(second.header("Transfer-Encoding"));
        assertEquals(20, second.jsonPath().getList("items").size());
    }

    @Test
    void aWriterRenamedAndAStoryLoggedShowInTheNextKeptAnswers() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -20, 7);
        String lee = Lor.attending(ana, "ken lee", "CORE_FACULTY", rotation, true);
        assertEquals(false, firstStoryDone(ana));
        assertEquals(false, firstStoryDone(ana));
        assertEquals(List.of("ken lee"), names(ana));
        assertEquals(List.of(), titles(ana));

        // Behind the API (another replica, an admin): the revision moves, the kept bytes must not be sent again.
        sql("UPDATE attending SET name = 'Kenneth Lee' WHERE id = '" + lee + "'");
        assertEquals(List.of("Kenneth Lee"), names(ana));

        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of("title", "pt w/ sepsis, called rapid", "witnessAttendingIds", List.of(lee)));
        assertEquals(List.of("pt w/ sepsis, called rapid"), titles(ana));
        assertEquals(true, firstStoryDone(ana));
        assertEquals(1, new JsonPath(get(ana, RANKED).asString()).getInt("items[0].storyCount"));
    }

    private static Boolean firstStoryDone(Applicant who) {
        JsonPath today = new JsonPath(get(who, "/api/v1/today").asString());
        List<String> steps = today.getList("setup.step");
        List<Boolean> done = today.getList("setup.done");
        return done.get(steps.indexOf("FIRST_STORY"));
    }

    @Test
    void anotherPageOrderOrFilterOfTheRankedWritersIsNeverAnsweredWithAKeptPage() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -27, 0);
        Lor.attending(ana, "ana ruiz", "CORE_FACULTY", rotation, true);
        Lor.attending(ana, "ben cho", "CORE_FACULTY", rotation, false);
        Lor.attending(ana, "cara diaz", "CORE_FACULTY", null, true);
        List<String> ranked = names(ana, RANKED);
        assertEquals(3, ranked.size());
        assertEquals(ranked.subList(0, 2), names(ana, RANKED + "&size=2"));
        assertEquals(ranked.subList(2, 3), names(ana, RANKED + "&size=2&page=1"));
        List<String> reversed = new ArrayList<>(ranked);
        Collections.reverse(reversed);
        assertEquals(reversed, names(ana, "/api/v1/attendings?sort=rank,desc"));
        List<String> eligible = names(ana, RANKED + "&eligible=true");
        assertTrue(eligible.size() < 3 && ranked.containsAll(eligible), "eligible " + eligible + " of " + ranked);
        assertEquals(ranked, names(ana, RANKED));
    }

    private static Response get(Applicant who, String path) {
        Response answer = who.request().get(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.asString());
        return answer;
    }

    private static List<String> names(Applicant who) {
        return names(who, RANKED);
    }

    private static List<String> names(Applicant who, String path) {
        return new JsonPath(get(who, path).asString()).getList("items.name");
    }

    private static List<String> titles(Applicant who) {
        return new JsonPath(get(who, "/api/v1/stories").asString()).getList("items.title");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
