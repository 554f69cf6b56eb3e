package org.lorkit.bench;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.lorkit.attending.AttendingDto;
import org.lorkit.attending.AttendingInput;
import org.lorkit.attending.AttendingRole;
import org.lorkit.attending.AttendingService;
import org.lorkit.auth.AppUser;
import org.lorkit.auth.AuthService;
import org.lorkit.auth.Passwords;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.feedback.FeedbackInput;
import org.lorkit.feedback.FeedbackKind;
import org.lorkit.feedback.FeedbackService;
import org.lorkit.letter.LetterDto;
import org.lorkit.letter.LetterInput;
import org.lorkit.letter.LetterService;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.letter.TransitionInput;
import org.lorkit.profile.Competency;
import org.lorkit.profile.PersonalStatementStatus;
import org.lorkit.profile.ProfileInput;
import org.lorkit.profile.ProfileService;
import org.lorkit.rotation.Rotation;
import org.lorkit.rotation.RotationInput;
import org.lorkit.rotation.RotationKind;
import org.lorkit.rotation.RotationService;
import org.lorkit.story.StoryInput;
import org.lorkit.story.StoryKind;
import org.lorkit.story.StoryService;

/**
 * Fills a database with applicants for `make bench`, through the same services (and so the same rules,
 * PHI guard and reference checks) as the API. Applicant n is always built from the same random stream
 * (fixed seed + n), so a small database holds exactly the first applicants of the big one. One
 * transaction per applicant: an applicant exists completely or not at all, and a re-run skips those
 * that exist (found by their email).
 */
@ApplicationScoped
@Unremovable
public class BenchSeeder {

    /** The one password of every seeded account: hashed once, the hash reused (bcrypt 12 × 10 000 would take hours). */
    public static final String PASSWORD = "bench-passphrase-long";
    static final String EMAIL_DOMAIN = "@bench.example.org";

    @Inject
    AuthService auth;
    @Inject
    Passwords passwords;
    @Inject
    ProfileService profiles;
    @Inject
    RotationService rotations;
    @Inject
    AttendingService attendings;
    @Inject
    FeedbackService feedback;
    @Inject
    LetterService letters;
    @Inject
    StoryService stories;
    @Inject
    Clock clock;

    public static String email(int n) {
        return String.format(Locale.ROOT, "applicant%05d%s", n, EMAIL_DOMAIN);
    }

    /** Counts of what one run created. */
    public static final class Totals {
        final AtomicInteger applicants = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicLong rotations = new AtomicLong();
        final AtomicLong attendings = new AtomicLong();
        final AtomicLong stories = new AtomicLong();
        final AtomicLong feedback = new AtomicLong();
        final AtomicLong letters = new AtomicLong();
        final AtomicLong storiesWithWarnings = new AtomicLong();
    }

    /**
     * Accounts that are not the seeder's: seeding gives hundreds of accounts one known password, so it is only for a
     * database made for benchmarks, never one that holds real applicants.
     */
    public long otherAccounts() {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.getEntityManager()
                .createQuery("select count(u) from AppUser u where u.emailKey not like :domain", Long.class)
                .setParameter("domain", "%" + EMAIL_DOMAIN).getSingleResult());
    }

    public Totals seed(int applicants, int threads, long seed) throws InterruptedException {
        Set<String> existing = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> AppUser.getEntityManager()
                .createQuery("select u.emailKey from AppUser u where u.emailKey like :domain", String.class)
                .setParameter("domain", "%" + EMAIL_DOMAIN).getResultList()));
        String hash = passwords.hash(PASSWORD);
        Totals totals = new Totals();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < applicants; n = next.getAndIncrement()) {
                    if (existing.contains(email(n))) {
                        totals.skipped.incrementAndGet();
                        continue;
                    }
                    int number = n;
                    ManagedContext request = Arc.container().requestContext();
                    request.activate();
                    try {
                        QuarkusTransaction.requiringNew().run(() -> seedOne(number, new Random(seed * 1_000_003L + number), hash, totals));
                        totals.applicants.incrementAndGet();
                    } catch (RuntimeException e) {
                        // Rolled back whole: the next run seeds this applicant again.
                        System.err.println("applicant " + number + " failed: " + e);
                        totals.failed.incrementAndGet();
                    } finally {
                        request.terminate();
                    }
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
            progress(totals, applicants, started);
        }
        progress(totals, applicants, started);
        System.out.println();
        return totals;
    }

    private static void progress(Totals t, int wanted, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        int done = t.applicants.get() + t.skipped.get() + t.failed.get();
        double rate = t.applicants.get() / Math.max(seconds, 0.001);
        long eta = rate > 0 ? Math.round((wanted - done) / rate) : 0;
        System.out.printf(Locale.ROOT, "\rseed: %d/%d applicants (%d already there), %d stories, %.1f applicants/s, %.0f s, ETA %d s   ",
                done, wanted, t.skipped.get(), t.stories.get(), rate, seconds, eta);
        System.out.flush();
    }

    /** Story counts are skewed: most applicants log a handful to a few dozen, one in a thousand logs 500. */
    static int storyCount(int n, Random rnd) {
        if (n % 1000 == 7) {
            return 500;
        }
        return (int) Math.min(200, Math.round(Math.exp(2.0 + 0.9 * rnd.nextGaussian())));
    }

    private void seedOne(int n, Random rnd, String hash, Totals totals) {
        // The day where it is earliest (UTC-12): never ahead of the applicant's own day, whichever zone she is
        // given below, so feedback and stories dated "today" are not in her future (the services refuse that).
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.ofHours(-12)));
        String specialty = BenchTexts.pick(rnd, BenchTexts.SPECIALTIES);
        UUID owner = auth.createAccount(email(n), BenchTexts.pick(rnd, BenchTexts.FIRST) + " Applicant " + n, hash).id();
        LocalDate erasOpens = today.plusDays(rnd.nextInt(120) - 60);
        profiles.put(owner, new ProfileInput(specialty, erasOpens.getYear() + 1, erasOpens, erasOpens.plusDays(20 + rnd.nextInt(20)),
                List.of(Competency.CLINICAL_REASONING, BenchTexts.pick(rnd, List.of(Competency.values()))), null,
                rnd.nextBoolean(), rnd.nextBoolean() ? today.minusDays(rnd.nextInt(60)) : null,
                BenchTexts.pick(rnd, List.of(PersonalStatementStatus.values())), null,
                BenchTexts.pick(rnd, BenchTexts.TIME_ZONES), null), null);

        // Rotations: consecutive four-week blocks, the last one ending between 3 weeks ago and 6 weeks ahead.
        int rotationCount = 3 + rnd.nextInt(4);
        LocalDate lastEnd = today.plusDays(rnd.nextInt(60) - 20);
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < rotationCount; k++) {
            LocalDate end = lastEnd.minusDays(35L * (rotationCount - 1 - k));
            LocalDate start = end.minusDays(rnd.nextInt(10) == 0 ? 6 : 27);
            boolean inSpecialty = rnd.nextInt(3) > 0;
            // Named fields on a never-persisted entity, turned into the input by RotationInput.of: a new
            // checklist field then changes the entity and the input, not this seeder. The assignments keep
            // the order of the random draws, so a seed still gives the same data.
            var draft = new Rotation();
            draft.institution = BenchTexts.pick(rnd, BenchTexts.HOSPITALS);
            draft.location = BenchTexts.pick(rnd, BenchTexts.STATES);
            draft.specialty = inSpecialty ? specialty : BenchTexts.pick(rnd, BenchTexts.SPECIALTIES);
            draft.kind = BenchTexts.pick(rnd, List.of(RotationKind.values()));
            draft.startsOn = start;
            draft.endsOn = end;
            draft.supervisedByLetterWriter = rnd.nextBoolean();
            draft.canPresentPatients = rnd.nextBoolean();
            draft.canWriteNotes = rnd.nextBoolean();
            draft.observedRepeatedly = rnd.nextBoolean();
            draft.worksWithResidents = true;
            draft.shadowingOnly = rnd.nextInt(8) == 0;
            draft.largeGroup = rnd.nextInt(8) == 0;
            var rotation = rotations.create(owner, RotationInput.of(draft));
            blocks.add(new Block(rotation.id(), start, end, new ArrayList<>()));
        }
        totals.rotations.addAndGet(rotationCount);

        // Attendings: each worked with the applicant on one rotation; some feedback on past and current ones.
        int attendingCount = 5 + rnd.nextInt(11);
        List<AttendingDto> writers = new ArrayList<>();
        for (int a = 0; a < attendingCount; a++) {
            Block block = blocks.get(rnd.nextInt(blocks.size()));
            String name = BenchTexts.pick(rnd, BenchTexts.FIRST) + " " + BenchTexts.pick(rnd, BenchTexts.LAST);
            AttendingDto writer = attendings.create(owner, new AttendingInput(name, BenchTexts.pick(rnd, BenchTexts.DEGREES), null,
                    BenchTexts.pick(rnd, List.of(AttendingRole.values())), rnd.nextInt(3) > 0 ? specialty : BenchTexts.pick(rnd, BenchTexts.SPECIALTIES),
                    BenchTexts.pick(rnd, BenchTexts.HOSPITALS), "writer" + a + "." + n + EMAIL_DOMAIN, null, null, rnd.nextBoolean(),
                    List.of(new AttendingInput.RotationLinkInput(block.id, null, null))));
            writers.add(writer);
            block.writers.add(writer.id());
            if (!block.start.isAfter(today)) {
                LocalDate last = block.end.isAfter(today) ? today : block.end;
                int span = (int) (last.toEpochDay() - block.start.toEpochDay());
                int count = rnd.nextInt(4);
                for (int f = 0; f < count; f++) {
                    boolean summative = f == count - 1 && !block.end.isAfter(today);
                    feedback.create(owner, new FeedbackInput(writer.id(), block.id, block.start.plusDays(rnd.nextInt(span + 1)),
                            summative ? FeedbackKind.SUMMATIVE : rnd.nextBoolean() ? FeedbackKind.FORMATIVE : FeedbackKind.WEEKLY_MINI,
                            BenchTexts.wentWell(rnd), BenchTexts.toImprove(rnd), BenchTexts.plan(rnd), null, null,
                            summative ? BenchTexts.pick(rnd, List.of(Enthusiasm.values())) : null, null));
                }
                totals.feedback.addAndGet(count);
            }
        }
        totals.attendings.addAndGet(attendingCount);

        // Letters: two to four of the senior writers, moved some way along the flow.
        writers.sort(Comparator.comparing(w -> w.role().ordinal()));
        int letterCount = Math.min(writers.size(), 2 + rnd.nextInt(3));
        for (int l = 0; l < letterCount; l++) {
            LetterDto letter = letters.create(owner, new LetterInput(writers.get(l).id(),
                    l == 2 ? LetterType.OTHER_US_SPECIALTY : LetterType.TARGET_SPECIALTY, null, "L-" + n + "-" + l,
                    null, erasOpens.plusDays(10), null, null, null, null, null, null));
            List<LetterStatus> path = rnd.nextInt(8) == 0
                    ? List.of(LetterStatus.ASKED, LetterStatus.DECLINED)
                    : List.of(LetterStatus.SIGNALED, LetterStatus.ASKED, LetterStatus.AGREED, LetterStatus.PACKET_SENT,
                            LetterStatus.REQUESTED_IN_ERAS, LetterStatus.RECEIVED).subList(0, rnd.nextInt(7));
            for (LetterStatus to : path) {
                if (to == LetterStatus.REQUESTED_IN_ERAS
                        && letters.requestTooEarly(owner, letter.id(), today).isPresent()) {
                    // The letter's service (ERAS or ResidencyCAS) is not open yet: nothing can be requested there
                    // (and nothing received). The service's own rule says so, not a copy of it here.
                    break;
                }
                letters.transition(owner, letter.id(), new TransitionInput(to, null, null), null);
            }
        }
        totals.letters.addAndGet(letterCount);

        // Stories: on rotations that have started, witnessed by zero to two of that rotation's writers.
        List<Block> started = blocks.stream().filter(b -> !b.start.isAfter(today)).toList();
        int storyCount = storyCount(n, rnd);
        for (int s = 0; s < storyCount; s++) {
            Block block = started.get(rnd.nextInt(started.size()));
            LocalDate last = block.end.isAfter(today) ? today : block.end;
            LocalDate on = block.start.plusDays(rnd.nextInt((int) (last.toEpochDay() - block.start.toEpochDay()) + 1));
            List<UUID> witnesses = new ArrayList<>();
            for (int w = rnd.nextInt(3); w > 0 && !block.writers.isEmpty(); w--) {
                witnesses.add(block.writers.get(rnd.nextInt(block.writers.size())));
            }
            var story = stories.create(owner, new StoryInput(BenchTexts.title(rnd), BenchTexts.summary(rnd),
                    rnd.nextInt(3) > 0 ? BenchTexts.whatIDid(rnd) : null, rnd.nextBoolean() ? BenchTexts.whatItShows(rnd) : null,
                    on, block.id, witnesses, List.of(BenchTexts.pick(rnd, List.of(Competency.values()))),
                    BenchTexts.pick(rnd, List.of(StoryKind.values())), rnd.nextInt(4) > 0, null, null));
            if (!story.phiWarnings().isEmpty()) {
                totals.storiesWithWarnings.incrementAndGet();
            }
        }
        totals.stories.addAndGet(storyCount);
    }

    private record Block(UUID id, LocalDate start, LocalDate end, List<UUID> writers) {
    }
}
