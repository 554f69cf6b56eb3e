package org.lorkit.coaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.lorkit.attending.Attending;
import org.lorkit.attending.RotationLink;
import org.lorkit.common.DatabaseOrder;
import org.lorkit.common.NativeRows;
import org.lorkit.feedback.Feedback;
import org.lorkit.letter.LetterMoves;
import org.lorkit.letter.LetterRequest;
import org.lorkit.letter.StatusChange;
import org.lorkit.platform.AccountRevisionCache;
import org.lorkit.profile.PersonalStatementStatus;
import org.lorkit.profile.Profile;
import org.lorkit.program.Program;
import org.lorkit.season.LetterService;
import org.lorkit.season.SeasonDates;
import org.lorkit.season.SeasonService;
import org.lorkit.season.Specialties;

/**
 * Loads one applicant's {@link Season} from the {@link AccountSnapshot} (a constant number of
 * queries, whatever the number of stories or letters). Stories are read as per-rotation counts and
 * distinct days, PostgreSQL aggregates, not row by row. Callers hold the transaction.
 */
@ApplicationScoped
public class SeasonLoader {

    @Inject
    AccountSnapshots snapshots;

    @Inject
    Clock clock;

    @Inject
    SeasonService seasons;

    @Inject
    AccountRevisionCache kept;

    private static final AccountRevisionCache.Kind<AccountModel> MODEL =
            new AccountRevisionCache.Kind<>("season", AccountRevisionCache.Scope.SEASON);

    /**
     * What the pure {@code rules} (named {@code name}, one name per function) make of her season: computed once
     * per revision of her account, day and season calendars followed, then kept with the account's model.
     */
    public <T> T evaluate(UUID owner, String name, Function<Season, T> rules) {
        AccountModel account = kept.of(owner, MODEL, () -> read(owner));
        return account.evaluations().of(name, season(owner, account), rules);
    }

    /**
     * {@link #evaluate} answered from memory, outside any transaction, when her model is kept at the current
     * revisions with the calendars it follows; else null, and the caller evaluates in a transaction.
     */
    public <T> T evaluateIfKept(UUID owner, String name, Function<Season, T> rules) {
        AccountModel account = kept.keptNow(owner, MODEL);
        if (account == null) {
            return null;
        }
        try {
            return account.evaluations().of(name, season(owner, account, account::keptCalendar), rules);
        } catch (AccountModel.CalendarNotKept e) {
            return null;
        }
    }

    public Season load(UUID owner) {
        return season(owner, kept.of(owner, MODEL, () -> read(owner)));
    }

    /** Her season on the model, the calendars read once per revision of the account and of them (Scope.SEASON). */
    private Season season(UUID owner, AccountModel account) {
        return season(owner, account, (service, year) -> account.calendar(service, year, seasons::datesOf));
    }

    private Season season(UUID owner, AccountModel account, BiFunction<LetterService, Integer, SeasonDates> calendars) {
        ZoneId zone = account.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Season.Profile profile = account.profile();
        return new Season(
                owner,
                today,
                zone,
                account.applicantName(),
                profile,
                SeasonService.followedBy(
                        profile.targetSpecialty(),
                        profile.season(),
                        profile.erasOpensOn(),
                        profile.submissionTargetOn(),
                        today,
                        calendars),
                account.rotations(),
                account.attendings(),
                account.feedback(),
                account.storiesByRotation(),
                account.storyDays(),
                account.packetStoriesByWitness(),
                account.letters(),
                account.programs(),
                account.ticks(),
                account.sent(),
                account.checkIns(),
                account.redFlags(),
                profile.secondSpecialty() == null
                        ? null
                        : SeasonService.followedBy(
                                profile.secondSpecialty(),
                                profile.season(),
                                // Her own opening day is ERAS's: it holds for a second specialty through ERAS only.
                                Specialties.of(profile.secondSpecialty()).service() == LetterService.ERAS
                                        ? profile.erasOpensOn()
                                        : null,
                                profile.submissionTargetOn(),
                                today,
                                calendars));
    }

    private AccountModel read(UUID owner) {
        AccountSnapshot snapshot = snapshots.read(owner, false);
        Profile p = snapshot.profile();
        ZoneId zone = ZoneId.of(p == null || p.timeZone == null ? "UTC" : p.timeZone);
        Season.Profile profile = p == null
                ? new Season.Profile(
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        false,
                        null,
                        PersonalStatementStatus.NOT_STARTED.name(),
                        null,
                        null)
                : new Season.Profile(
                        p.targetSpecialty,
                        p.season,
                        p.erasOpensOn,
                        p.submissionTargetOn,
                        p.strengths == null ? List.of() : List.of(p.strengths),
                        p.strengthsNote,
                        p.cvReady,
                        p.cvUpdatedOn,
                        (p.personalStatementStatus == null
                                        ? PersonalStatementStatus.NOT_STARTED
                                        : p.personalStatementStatus)
                                .name(),
                        p.personalStatementUpdatedOn,
                        p.secondSpecialty);

        List<Season.Rotation> rotations = snapshot.rotations().stream()
                .map(r -> new Season.Rotation(r.id, r.institution, r.specialty, r.kind.name(), r.startsOn, r.endsOn))
                .toList();

        Map<UUID, Season.Attending> attendings = new LinkedHashMap<>();
        for (Attending a : snapshot.attendings()) {
            attendings.put(
                    a.id,
                    new Season.Attending(
                            a.id,
                            a.name,
                            a.degree,
                            a.addressAs,
                            a.role,
                            a.specialty,
                            a.institution,
                            a.email,
                            a.coordinatorEmail,
                            a.hasSeenMePresent,
                            a.rotations.stream()
                                    .sorted(Comparator.comparing((RotationLink l) -> l.fromOn))
                                    .map(l -> new Season.Link(l.rotationId, l.fromOn, l.toOn))
                                    .toList()));
        }

        List<Season.Feedback> feedback = snapshot.feedback().stream()
                .map((Feedback f) -> new Season.Feedback(
                        f.id,
                        f.attendingId,
                        f.rotationId,
                        f.receivedOn,
                        f.kind,
                        f.enthusiasm,
                        f.toImprove,
                        f.whatIChanged))
                .toList();

        // A request that stayed in a season she left is that season's record: no rule of this one reads it.
        List<Season.Letter> letters = snapshot.letters().stream()
                .filter(l -> !l.leftBehind())
                .map((LetterRequest l) -> new Season.Letter(
                        l.id,
                        l.attendingId,
                        l.letterType,
                        l.status,
                        l.commitment,
                        l.erasLetterId,
                        l.softDeadline,
                        l.remindersSent == null
                                ? List.of()
                                : Arrays.stream(l.remindersSent).sorted().toList(),
                        l.receivedOn,
                        l.thankedAfterSubmissionOn,
                        l.thankedInterviewInvitationsOn,
                        l.thankedMatchDayOn,
                        // The rules read the moves that stand: a corrected "agreed" was never agreed.
                        LetterMoves.standing(l.orderedHistory().stream()
                                        .map((StatusChange c) -> new LetterMoves.Move(c.from, c.to, c.at, c.correction))
                                        .toList())
                                .stream()
                                .map(m -> new Season.Change(
                                        m.to(), m.at().atZone(zone).toLocalDate()))
                                .toList(),
                        l.forSpecialty,
                        l.letterDatedOn))
                .toList();

        List<Season.Program> programs = snapshot.programs().stream()
                .map((Program p2) -> new Season.Program(
                        p2.id,
                        p2.name,
                        p2.specialty,
                        p2.lettersRequired,
                        p2.fromUsClinicians,
                        p2.inSpecialty,
                        p2.locked,
                        p2.letterIds.stream().sorted(DatabaseOrder.UUIDS).toList()))
                .toList();

        Map<String, LocalDate> ticks = new HashMap<>();
        snapshot.ticks().forEach(t -> ticks.put(t.checkpointId, t.doneOn));
        List<Season.Sent> sent = snapshot.sentMessages().stream()
                .sorted(Comparator.comparing((SentMessage m) -> m.sentOn).thenComparing(m -> m.createdAt))
                .map(m -> new Season.Sent(m.id, m.kind, m.letterId, m.attendingId, m.sentOn))
                .toList();
        List<Season.CheckIn> checkIns = snapshot.checkIns().stream()
                .map(c -> new Season.CheckIn(c.habit, c.checkedOn, c.rotationId))
                .toList();
        Map<UUID, Season.RedFlags> redFlags = new HashMap<>();
        snapshot.redFlags().forEach(r -> redFlags.put(r.rotationId, new Season.RedFlags(r.redFlags(), r.checkedOn)));

        Map<UUID, Season.RotationStories> storiesByRotation = new HashMap<>();
        for (NativeRows.Row t : snapshots.rows("""
                SELECT rotation_id, count(*) AS stories, count(*) FILTER (WHERE kind = 'TEACHING') AS teaching,
                       max(occurred_on) AS latest
                FROM story WHERE owner_id = ?1 AND rotation_id IS NOT NULL GROUP BY rotation_id""", owner)) {
            storiesByRotation.put(
                    t.uuid("rotation_id"),
                    new Season.RotationStories(t.number("stories"), t.number("teaching"), t.date("latest")));
        }
        Set<LocalDate> storyDays = new HashSet<>();
        for (NativeRows.Row t : snapshots.rows("""
                SELECT DISTINCT coalesce(occurred_on, CAST(timezone(?2, created_at) AS date)) AS day
                FROM story WHERE owner_id = ?1""", owner, zone.getId())) {
            storyDays.add(t.date("day"));
        }
        Map<UUID, Long> packetStories = new HashMap<>();
        for (NativeRows.Row t : snapshots.rows("""
                SELECT w.attending_id, count(*) AS stories FROM story_witness w JOIN story s ON s.id = w.story_id
                WHERE s.owner_id = ?1 AND s.include_in_packet GROUP BY w.attending_id""", owner)) {
            packetStories.put(t.uuid("attending_id"), t.number("stories"));
        }

        return new AccountModel(
                zone,
                snapshot.displayName(),
                profile,
                rotations,
                Collections.unmodifiableMap(attendings),
                feedback,
                Collections.unmodifiableMap(storiesByRotation),
                Collections.unmodifiableSet(storyDays),
                Collections.unmodifiableMap(packetStories),
                letters,
                programs,
                Collections.unmodifiableMap(ticks),
                sent,
                checkIns,
                Collections.unmodifiableMap(redFlags),
                new ConcurrentHashMap<>(),
                new Evaluations());
    }
}
