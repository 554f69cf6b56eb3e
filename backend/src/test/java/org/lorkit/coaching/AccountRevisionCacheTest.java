package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;
import org.lorkit.support.OnTheTestClock;

/**
 * The rules' read model of an account is kept in memory per revision: it must never show what the
 * database no longer holds, whoever changed it (this replica, another one, an admin's SQL, a
 * transaction that rolled back).
 */
@QuarkusTest
class AccountRevisionCacheTest extends OnTheTestClock {

    /** Every table the model is read from: a row changed in any of them moves the account's revision. */
    static final Set<String> READ_BY_THE_MODEL = Set.of(
            "app_user",
            "profile",
            "rotation",
            "attending",
            "attending_rotation",
            "story",
            "story_witness",
            "feedback",
            "letter_request",
            "letter_status_change",
            "program",
            "program_letter",
            "plan_tick",
            "sent_message",
            "habit_check_in",
            "red_flag_check");

    /** Tables of an account the model does not read (sign-in, mail, sharing, notifications). */
    static final Set<String> NOT_READ_BY_THE_MODEL = Set.of(
            "account_revision",
            "calendar_token",
            "email_link",
            "email_unsubscribe",
            "idempotency_record",
            "notification_delivery",
            "notification_settings",
            "push_subscription",
            "recovery_code",
            "refresh_token",
            "security_event",
            "share_link",
            "writer_word");

    @Inject
    EntityManager em;

    @Inject
    SeasonLoader loader;

    @Inject
    SessionFactory sessions;

    @Test
    void aRotationDeletedBehindTheApiIsGoneFromTheNextToday() {
        Applicant ana = Applicant.register();
        String rotation = Coaching.rotation(
                ana, "Lakeside General", "Internal Medicine", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 13));
        assertEquals(true, setupDone(ana, "ROTATION"));

        // Another replica, or an admin at the database: this replica's memory is not told.
        sql("DELETE FROM rotation WHERE id = '" + rotation + "'");

        assertEquals(false, setupDone(ana, "ROTATION"));
    }

    @Test
    void aWriterRenamedAndUnlinkedBehindTheApiIsReadAnew() {
        Applicant ana = Applicant.register();
        String rotation = Coaching.rotation(
                ana, "Lakeside General", "Internal Medicine", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 13));
        String lee = Coaching.attending(ana, "Ken Lee", "CORE_FACULTY", "Internal Medicine", rotation);
        UUID owner = ownerOf(ana);
        Season before = inTransaction(() -> loader.load(owner));
        assertEquals("Ken Lee", before.attendings().get(UUID.fromString(lee)).name());
        assertEquals(1, before.attendings().get(UUID.fromString(lee)).links().size());

        sql("UPDATE attending SET name = 'Kenji Lee' WHERE id = '" + lee + "'");
        sql("DELETE FROM attending_rotation WHERE attending_id = '" + lee + "'");

        Season after = inTransaction(() -> loader.load(owner));
        assertEquals("Kenji Lee", after.attendings().get(UUID.fromString(lee)).name());
        assertEquals(List.of(), after.attendings().get(UUID.fromString(lee)).links());
    }

    @Test
    void theRankedWritersShowAFeedbackAStoryAndARenameTheMomentTheyAreMade() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -20, 7);
        String lee = Lor.attending(ana, "Ken Lee", "CORE_FACULTY", rotation, true);
        assertEquals(List.of(0), ranked(ana).getList("items.feedbackCount"));

        Lor.feedback(ana, lee, "SUMMATIVE", "ENTHUSIASTIC_WITH_SPECIFICS", 1);
        assertEquals(List.of(1), ranked(ana).getList("items.feedbackCount"));
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of("title", "pt w/ dka, presented on rounds", "witnessAttendingIds", List.of(lee)));
        assertEquals(List.of(1), ranked(ana).getList("items.storyCount"));

        sql("UPDATE attending SET name = 'Kenji Lee' WHERE id = '" + lee + "'");
        sql("DELETE FROM story_witness WHERE attending_id = '" + lee + "'");
        assertEquals(List.of("Kenji Lee"), ranked(ana).getList("items.name"));
        assertEquals(List.of(0), ranked(ana).getList("items.storyCount"));
    }

    @Test
    void theRankedWritersOfOneApplicantAreNeverAnothers() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String anas = Lor.rotation(ana, -20, 7);
        Lor.attending(ana, "Ken Lee", "CORE_FACULTY", anas, true);
        String bens = Lor.rotation(ben, -5, 20);
        Lor.attending(ben, "Amara Okafor", "PROGRAM_DIRECTOR", bens, true);
        assertEquals(List.of("Ken Lee"), ranked(ana).getList("items.name"));
        assertEquals(List.of("Amara Okafor"), ranked(ben).getList("items.name"));
        assertEquals(List.of("Ken Lee"), ranked(ana).getList("items.name"));
    }

    @Test
    void aKeptAccountIsSeenOnTheDayItIsReadNotOnTheDayItWasKept() {
        Applicant ana = Applicant.register();
        on("2026-11-16"); // a Monday
        String rotation = Coaching.rotation(
                ana, "Lakeside General", "Internal Medicine", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 11));
        Coaching.attending(ana, "Ken Lee", "CORE_FACULTY", "Internal Medicine", rotation);
        assertEquals(List.of(1), ranked(ana).getList("items.daysWorkedTogether"));
        on("2026-11-20"); // the Friday: nothing written in between
        assertEquals(List.of(5), ranked(ana).getList("items.daysWorkedTogether"));
        assertEquals(
                "2026-11-20",
                inTransaction(() -> loader.load(ownerOf(ana))).today().toString());
    }

    private static io.restassured.path.json.JsonPath ranked(Applicant who) {
        return Coaching.get(who, "/api/v1/attendings?sort=rank");
    }

    @Test
    void whatARolledBackTransactionSawIsNeverServedLater() {
        Applicant ana = Applicant.register();
        UUID owner = ownerOf(ana);
        assertEquals(0, inTransaction(() -> loader.load(owner)).rotations().size());

        // A transaction writes, reads the model with its own change, then rolls back.
        assertThrows(
                RolledBack.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    insertRotation(owner, "Rolled Back Hospital");
                    assertEquals(
                            List.of("Rolled Back Hospital"),
                            institutions(loader.load(owner)),
                            "it sees its own change");
                    throw new RolledBack();
                }));
        // A later commit brings the revision to the number the rolled-back one had.
        QuarkusTransaction.requiringNew().run(() -> insertRotation(owner, "Committed Hospital"));

        assertEquals(List.of("Committed Hospital"), institutions(inTransaction(() -> loader.load(owner))));
    }

    @Test
    void aSecondReadOfAnUnchangedAccountSkipsTheWholeAccountRead() {
        Applicant ana = Applicant.register();
        Coaching.profile(ana, LocalDate.of(2027, 9, 8), Map.of());
        String rotation = Lor.rotation(ana, -20, 7);
        Lor.attending(ana, "Ken Lee", "CORE_FACULTY", rotation, true);
        long first = statementsOfToday(ana);
        long second = statementsOfToday(ana);
        assertTrue(second + 8 <= first, "first " + first + " statements, second " + second);
        Lor.create(ana, "/api/v1/stories", Map.of("title", "central line, supervised"));
        assertEquals(first, statementsOfToday(ana), "a new story: read again");
    }

    @Test
    void aTransactionThatWroteOnlyOutsideTheAccountReadsTheKeptModelAndOneThatChangedItSeesItsChange() {
        Applicant ana = Applicant.register();
        Coaching.profile(ana, LocalDate.of(2027, 9, 8), Map.of());
        String rotation = Lor.rotation(ana, -20, 7);
        Lor.attending(ana, "Ken Lee", "CORE_FACULTY", rotation, true);
        UUID owner = ownerOf(ana);
        long cold = statementsOfALoad(owner, false);

        long warm = statementsOfALoad(owner, true);
        assertTrue(warm + 8 <= cold, "cold " + cold + " statements, after an idempotency key " + warm);

        // The same kind of transaction, but it adds a rotation first: it must see it, kept model or not.
        List<String> seen = inTransaction(() -> {
            claimAnIdempotencyKey(owner);
            insertRotation(owner, "Written Here Hospital");
            return institutions(loader.load(owner));
        });
        assertTrue(seen.contains("Written Here Hospital"), "it sees its own change: " + seen);
    }

    private long statementsOfALoad(UUID owner, boolean afterAWriteElsewhere) {
        return inTransaction(() -> {
            if (afterAWriteElsewhere) {
                claimAnIdempotencyKey(owner);
            }
            Statistics statistics = sessions.getStatistics();
            statistics.clear();
            loader.load(owner);
            return statistics.getPrepareStatementCount();
        });
    }

    private void claimAnIdempotencyKey(UUID owner) {
        em.createNativeQuery("""
                        INSERT INTO idempotency_record (owner_id, idem_key, request_path, request_hash, status, created_at)
                        VALUES (?1, ?2, '/api/v1/stories', '', 0, now())""")
                .setParameter(1, owner)
                .setParameter(2, UUID.randomUUID().toString())
                .executeUpdate();
    }

    @Test
    void everyTableOfAnAccountEitherMovesTheRevisionOrIsNamedAsNotReadByTheModel() {
        List<String> owned = strings("""
                SELECT DISTINCT c.table_name FROM information_schema.columns c
                WHERE c.table_schema = 'public' AND c.column_name = 'owner_id'
                UNION
                SELECT DISTINCT child.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                JOIN information_schema.columns pc ON pc.table_name = parent.relname AND pc.column_name = 'owner_id'
                WHERE k.contype = 'f'""");
        Set<String> unclassified = new TreeSet<>(owned);
        unclassified.removeAll(READ_BY_THE_MODEL);
        unclassified.removeAll(NOT_READ_BY_THE_MODEL);
        assertEquals(Set.of(), unclassified, "a new table of an account: does the coaching model read it?");

        Set<String> withTrigger = new TreeSet<>(strings("""
                SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE NOT t.tgisinternal AND t.tgname LIKE '%_moves_account_revision'"""));
        assertEquals(new TreeSet<>(READ_BY_THE_MODEL), withTrigger);
    }

    private static final class RolledBack extends RuntimeException {}

    private Boolean setupDone(Applicant who, String step) {
        List<String> steps = Coaching.get(who, "/api/v1/today").getList("setup.step");
        List<Boolean> done = Coaching.get(who, "/api/v1/today").getList("setup.done");
        return done.get(steps.indexOf(step));
    }

    private long statementsOfToday(Applicant who) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        who.request().get("/api/v1/today").then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static List<String> institutions(Season season) {
        return season.rotations().stream().map(Season.Rotation::institution).toList();
    }

    private void insertRotation(UUID owner, String institution) {
        em.createNativeQuery("""
                        INSERT INTO rotation (id, owner_id, institution, kind, starts_on, ends_on, created_at, updated_at)
                        VALUES (gen_random_uuid(), ?1, ?2, 'OBSERVERSHIP', DATE '2026-11-02', DATE '2026-11-29', now(), now())""")
                .setParameter(1, owner)
                .setParameter(2, institution)
                .executeUpdate();
    }

    private UUID ownerOf(Applicant who) {
        return inTransaction(() -> (UUID) em.createNativeQuery("SELECT id FROM app_user WHERE email_key = lower(?1)")
                .setParameter(1, who.email())
                .getSingleResult());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String query) {
        return inTransaction(() -> (List<String>) em.createNativeQuery(query).getResultList());
    }

    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
