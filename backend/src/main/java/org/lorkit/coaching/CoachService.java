package org.lorkit.coaching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lorkit.coaching.CoachDtos.Checkpoint;
import org.lorkit.coaching.CoachDtos.Plan;
import org.lorkit.coaching.CoachDtos.Portfolio;
import org.lorkit.coaching.CoachDtos.Reminders;
import org.lorkit.coaching.CoachDtos.Today;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.OwnedReferences;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;
import org.lorkit.common.ReadOnlyReads;

/** The coaching engine: loads a season once per request and evaluates the pure rules on it. */
@ApplicationScoped
public class CoachService {

    @Inject
    SeasonLoader loader;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OwnedReferences references;

    private static final String TODAY = "today";

    @Transactional
    public Plan plan(UUID owner) {
        return loader.evaluate(owner, "plan", CoachService::plan);
    }

    private static Plan plan(Season s) {
        List<Checkpoint> checkpoints = PlanRules.evaluate(s);
        return new Plan(
                s.today(),
                s.submissionTarget(),
                s.defaultSoftDeadline(),
                PlanRules.counts(checkpoints),
                checkpoints,
                CoachDtos.SeasonFollowed.of(s));
    }

    @Transactional
    public Reminders reminders(UUID owner) {
        return loader.evaluate(owner, "reminders", CoachService::reminders);
    }

    private static Reminders reminders(Season s) {
        ReminderRules.Result r = ReminderRules.evaluate(s);
        return new Reminders(
                s.today(),
                s.submissionTarget(),
                s.defaultSoftDeadline(),
                s.matchDay(),
                r.due(),
                r.upcoming(),
                CoachDtos.SeasonFollowed.of(s));
    }

    /**
     * GET /today: from memory when her model is kept at the current revisions, else {@link #today} in its own
     * read-only transaction (ReadOnlyReads); digests call today inside theirs.
     */
    public Today readToday(UUID owner) {
        Today kept = loader.evaluateIfKept(owner, TODAY, CoachService::today);
        if (kept != null) {
            return kept;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ReadOnlyReads.only(em);
            return loader.evaluate(owner, TODAY, CoachService::today);
        });
    }

    @Transactional
    public Today today(UUID owner) {
        return loader.evaluate(owner, TODAY, CoachService::today);
    }

    private static Today today(Season s) {
        return TodayRules.evaluate(
                s, PlanRules.evaluate(s), ReminderRules.evaluate(s).due(), HabitRules.evaluate(s));
    }

    /** Every dated step ahead, soonest first, at most {@code limit} (Today shows the first few). */
    @Transactional
    public List<CoachDtos.Deadline> deadlines(UUID owner, int limit) {
        Season s = loader.load(owner);
        return TodayRules.deadlines(s, PlanRules.evaluate(s)).stream()
                .limit(limit)
                .toList();
    }

    @Transactional
    public Portfolio portfolio(UUID owner) {
        return loader.evaluate(
                owner,
                "portfolio",
                s -> PortfolioRules.evaluate(s, ReminderRules.evaluate(s).due()));
    }

    @Transactional
    public HabitRules.Habits habits(UUID owner) {
        return loader.evaluate(owner, "habits", HabitRules::evaluate);
    }

    /** Ticks a checkpoint by hand (again: the day is replaced). Unknown checkpoint ids answer 404. */
    @Transactional
    public Checkpoint tick(UUID owner, String checkpointId, LocalDate on) {
        Season s = loader.load(owner);
        requireCheckpoint(s, checkpointId);
        LocalDate day = on == null ? s.today() : on;
        if (day.isAfter(s.today())) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        // A native upsert, like the check-in's below: two identical ticks sent at once (a double tap) would
        // race a find-then-persist into a duplicate key and answer one of them 409; ON CONFLICT answers both.
        em.createNativeQuery("""
                INSERT INTO plan_tick (owner_id, checkpoint_id, done_on, created_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (owner_id, checkpoint_id) DO UPDATE SET done_on = EXCLUDED.done_on""")
                .setParameter(1, owner)
                .setParameter(2, checkpointId)
                .setParameter(3, day)
                .setParameter(4, clock.instant())
                .executeUpdate();
        return requireCheckpoint(loader.load(owner), checkpointId);
    }

    @Transactional
    public void untick(UUID owner, String checkpointId) {
        requireCheckpoint(loader.load(owner), checkpointId);
        em.createQuery("DELETE FROM PlanTick t WHERE t.ownerId = :owner AND t.checkpointId = :checkpoint")
                .setParameter("owner", owner)
                .setParameter("checkpoint", checkpointId)
                .executeUpdate();
    }

    /**
     * A new season starts: the season's own checkpoints ticked by hand (submitted, invitations, thanks)
     * start over; the steps of a rotation or a letter (their ids embed the record's id) keep their ticks.
     * Answers how many were cleared. Callers hold the transaction.
     */
    public int restartSeasonTicks(UUID owner) {
        return em.createNativeQuery("""
                DELETE FROM plan_tick WHERE owner_id = ?1
                AND checkpoint_id !~ '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'""").setParameter(1, owner).executeUpdate();
    }

    /** One check-in per habit and day (a repeat changes nothing). */
    @Transactional
    public HabitRules.Habits checkIn(UUID owner, CheckInInput input) {
        references
                .of(owner)
                .add(OwnedReferences.Kind.ROTATION, "rotationId", input.rotationId())
                .verify();
        Season s = loader.load(owner);
        LocalDate day = input.on() == null ? s.today() : input.on();
        new FieldErrors()
                .check(!day.isAfter(s.today()), "on", "must not be in the future")
                .throwIfAny();
        // A native upsert: a find-then-persist would let two identical check-ins sent at once (a double tap,
        // a retry) race into a duplicate key (one answered 409); ON CONFLICT makes the repeat a no-op.
        em.createNativeQuery("""
                INSERT INTO habit_check_in (owner_id, habit, checked_on, rotation_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (owner_id, habit, checked_on) DO UPDATE SET rotation_id = coalesce(EXCLUDED.rotation_id, habit_check_in.rotation_id)""")
                .setParameter(1, owner)
                .setParameter(2, input.habit().name())
                .setParameter(3, day)
                .setParameter(4, input.rotationId())
                .setParameter(5, clock.instant())
                .executeUpdate();
        return loader.evaluate(owner, "habits", HabitRules::evaluate);
    }

    /** Replaces the red-flag self-check of a rotation (an empty list means: no red flags). */
    @Transactional
    public HabitRules.Habits redFlags(UUID owner, RedFlagInput input) {
        references
                .of(owner)
                .add(OwnedReferences.Kind.ROTATION, "rotationId", input.rotationId())
                .verify();
        Season s = loader.load(owner);
        // A native upsert for the same reason as tick's: the replace must not race into a duplicate key.
        String flags = "{"
                + String.join(
                        ",", input.flags().stream().distinct().map(Enum::name).toList()) + "}";
        em.createNativeQuery("""
                INSERT INTO red_flag_check (owner_id, rotation_id, flags, checked_on) VALUES (?1, ?2, CAST(?3 AS varchar(40)[]), ?4)
                ON CONFLICT (owner_id, rotation_id) DO UPDATE SET flags = EXCLUDED.flags, checked_on = EXCLUDED.checked_on""")
                .setParameter(1, owner)
                .setParameter(2, input.rotationId())
                .setParameter(3, flags)
                .setParameter(4, s.today())
                .executeUpdate();
        return loader.evaluate(owner, "habits", HabitRules::evaluate);
    }

    private static Checkpoint requireCheckpoint(Season s, String checkpointId) {
        return PlanRules.evaluate(s).stream()
                .filter(c -> c.id().equals(checkpointId))
                .findFirst()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "Your plan has no checkpoint " + checkpointId + ".", null));
    }
}
