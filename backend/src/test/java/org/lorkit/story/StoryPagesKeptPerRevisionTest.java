package org.lorkit.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;

/**
 * A page of stories is kept in memory while the account's revision stands: what the applicant sees must
 * always be what the database holds, whoever changed it, and one page, order or filter is never another's.
 */
@QuarkusTest
class StoryPagesKeptPerRevisionTest {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessions;

    @Test
    void aStoryEditedBehindTheApiIsReadAnewInTheNextList() {
        Applicant ana = Applicant.register();
        String id = Lor.create(ana, "/api/v1/stories", Map.of("title", "dka pt, managed insulin gtt overnight"));
        assertEquals(List.of("dka pt, managed insulin gtt overnight"), titles(ana, ""));

        // Another replica, or an admin at the database: this replica's memory is not told.
        sql("UPDATE story SET title = 'DKA, insulin drip titrated overnight' WHERE id = '" + id + "'");
        assertEquals(List.of("DKA, insulin drip titrated overnight"), titles(ana, ""));

        sql("DELETE FROM story WHERE id = '" + id + "'");
        assertEquals(List.of(), titles(ana, ""));
    }

    @Test
    void aWitnessRemovedAndAWriterRenamedBehindTheApiChangeTheListedStory() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -20, 7);
        String lopez = Lor.attending(ana, "Maria Lopez", "CORE_FACULTY", rotation, true);
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        "presented to dr lopez on rounds",
                        "summary",
                        "dr maria lopez had me present the new admit",
                        "witnessAttendingIds",
                        List.of(lopez)));
        JsonPath before = Coaching.get(ana, "/api/v1/stories");
        assertEquals(List.of(lopez), before.getList("items[0].witnessAttendingIds"));
        assertEquals(List.of(), before.getList("items[0].phiWarnings"), "her own writer's name is allowed");

        sql("DELETE FROM story_witness WHERE attending_id = '" + lopez + "'");
        sql("UPDATE attending SET name = 'Ana Ruiz' WHERE id = '" + lopez + "'");

        JsonPath after = Coaching.get(ana, "/api/v1/stories");
        assertEquals(List.of(), after.getList("items[0].witnessAttendingIds"));
        List<String> flagged = after.getList("items[0].phiWarnings.text");
        assertTrue(
                flagged.stream().anyMatch(t -> t.toLowerCase().contains("lopez")),
                "lopez is no longer one of her writers, so the name is flagged: " + flagged);
    }

    @Test
    void anotherPageOrderOrFilterIsNeverAnsweredWithTheFirstPage() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -20, 7);
        Lor.create(ana, "/api/v1/stories", Map.of("title", "a: central line", "occurredOn", Lor.day(-3)));
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of("title", "b: family mtg", "occurredOn", Lor.day(-2), "rotationId", rotation));
        Lor.create(ana, "/api/v1/stories", Map.of("title", "c: sepsis bundle", "occurredOn", Lor.day(-1)));

        assertEquals(List.of("a: central line", "b: family mtg"), titles(ana, "?sort=title&size=2"));
        assertEquals(List.of("c: sepsis bundle"), titles(ana, "?sort=title&size=2&page=1"));
        assertEquals(List.of("c: sepsis bundle", "b: family mtg"), titles(ana, "?sort=title,desc&size=2"));
        assertEquals(List.of("a: central line"), titles(ana, "?sort=occurredOn&size=1"));
        assertEquals(List.of("b: family mtg"), titles(ana, "?rotationId=" + rotation));
        assertEquals(List.of("a: central line", "b: family mtg"), titles(ana, "?sort=title&size=2"));
        assertEquals(3, Coaching.get(ana, "/api/v1/stories?size=2").getInt("total"));
    }

    @Test
    void oneApplicantsKeptPagesAreNeverAnothers() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        Lor.create(ana, "/api/v1/stories", Map.of("title", "ana: code blue, did compressions"));
        Lor.create(ben, "/api/v1/stories", Map.of("title", "ben: lp under supervision"));
        assertEquals(List.of("ana: code blue, did compressions"), titles(ana, ""));
        assertEquals(List.of("ben: lp under supervision"), titles(ben, ""));
        assertEquals(List.of("ana: code blue, did compressions"), titles(ana, ""));
    }

    @Test
    void aSecondReadOfAnUnchangedListSendsFewerStatementsAndANewStoryIsListedAtOnce() {
        Applicant ana = Applicant.register();
        Lor.create(ana, "/api/v1/stories", Map.of("title", "first admit, h&p on my own"));
        long first = statementsOfTheList(ana);
        long second = statementsOfTheList(ana);
        assertTrue(second < first, "first " + first + " statements, second " + second);

        Lor.create(ana, "/api/v1/stories", Map.of("title", "second admit, pna"));
        assertEquals(List.of("second admit, pna", "first admit, h&p on my own"), titles(ana, ""));
    }

    @Test
    void aStoryLoggedAfterAnotherFindsTheAllowedNamesKeptAndANewWriterIsAllowedAtOnce() {
        Applicant ana = Applicant.register();
        Lor.attending(ana, "Maria Lopez", "CORE_FACULTY", null, true);
        String patientNamedLikeAWriter = "pt ken okafor, 67M, chest pain; I presented";
        assertEquals(
                List.of("ken", "okafor"), flaggedNamesOfANewStory(ana, patientNamedLikeAWriter), "not a writer yet");
        long second = statementsOfACreate(ana, "dr maria lopez had me present the admit");

        Lor.attending(ana, "Ken Okafor", "PROGRAM_DIRECTOR", null, true);
        long afterANewWriter = statementsOfACreate(ana, "dr maria lopez had me present the consult");
        assertEquals(second + 1, afterANewWriter, "her names moved: the allowed names are read again, once");
        assertEquals(List.of(), flaggedNamesOfANewStory(ana, patientNamedLikeAWriter), "her writer now");
    }

    private static List<String> flaggedNamesOfANewStory(Applicant who, String summary) {
        List<String> texts = who.request()
                .body(Map.of("title", "h&p on rounds", "summary", summary))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("phiWarnings.text");
        return texts.stream()
                .flatMap(t -> java.util.Arrays.stream(t.toLowerCase().split("\\W+")))
                .filter(w -> w.equals("ken") || w.equals("okafor") || w.equals("lopez"))
                .distinct()
                .toList();
    }

    private long statementsOfACreate(Applicant who, String summary) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        who.request()
                .body(Map.of("title", "h&p on rounds", "summary", summary))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .body("phiWarnings", org.hamcrest.Matchers.empty());
        return statistics.getPrepareStatementCount();
    }

    private static List<String> titles(Applicant who, String query) {
        return Coaching.get(who, "/api/v1/stories" + query).getList("items.title");
    }

    private long statementsOfTheList(Applicant who) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        who.request().get("/api/v1/stories").then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
