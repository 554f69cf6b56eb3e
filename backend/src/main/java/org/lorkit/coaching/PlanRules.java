package org.lorkit.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lorkit.coaching.CoachDtos.Checkpoint;
import org.lorkit.coaching.CoachDtos.CheckpointStatus;
import org.lorkit.coaching.CoachDtos.Link;
import org.lorkit.coaching.CoachDtos.Phase;
import org.lorkit.feedback.FeedbackKind;
import org.lorkit.letter.LetterStatus;

/**
 * The season plan, dated from the applicant's own rotations (s = start, e = end of each) and
 * submission target S. A checkpoint is DONE when the data shows it (doneBecause says what) or when
 * the applicant ticked it; otherwise OVERDUE after its day, DUE within 7 days of it, else UPCOMING.
 * <pre>
 * PREP         prep-target-sheet, prep-cv, prep-personal-statement     day before the first rotation
 * ROTATION     rotation-{id}-expectations  s+6    (week 1)   for a rotation of 4 weeks or more (see RotationSteps;
 *              rotation-{id}-formative     s+13   (week 2)   shorter ones spread the same steps over their own
 *              rotation-{id}-stories       s+23   (weeks 3-4: at least 2 stories)   working days, one
 *              rotation-{id}-soft-signal   s+25   (weeks 3-4)                       step a day)
 *              rotation-{id}-summative     s+29   (end of month 1), never after the rotation's end
 * COMMITMENTS  talking-points, pick-writers, ask-strong: M+6, M+13, M+20 where M = first start + 30
 *              (month 2), never later than S-49, S-42, S-42 minus the rest of the week
 *              letter-{id}-packet          the yes + 2 days (within 48 hours)
 * ERAS         eras-entries                S-49
 *              letter-{id}-eras-request    S-42, or a week after the yes when later
 * FINISH       verify-received S-14, backup-writer S-7, submit-eras S (ticked by hand: the day you submit),
 *              thank-writers (submission + 7), interview-invitations S+45 (ticked by hand: the day invitations
 *              come in), interview-updates (invitations + 7), match-updates (Match Day + 3)
 * </pre>
 */
public final class PlanRules {

    public static final String SUBMIT_ERAS = "submit-eras";
    public static final String INTERVIEW_INVITATIONS = "interview-invitations";
    public static final int DUE_WINDOW_DAYS = 7;

    private PlanRules() {}

    /** A checkpoint before its status: the data's reason when done, and where to act. */
    private record Step(
            String id,
            String title,
            String why,
            Phase phase,
            LocalDate dueOn,
            String doneBecause,
            java.util.UUID rotationId,
            java.util.UUID letterId,
            Link link) {}

    public static List<Checkpoint> evaluate(Season s) {
        List<Step> steps = new ArrayList<>();
        LocalDate target = s.submissionTarget();
        Optional<Season.Rotation> first = s.firstRotation();
        Season.Profile p = s.profile();

        LocalDate prepDue = first.map(r -> r.startsOn().minusDays(1)).orElse(null);
        steps.add(new Step(
                "prep-target-sheet",
                "Fill in your target sheet",
                "Your specialty and submission target set the dates of every later step.",
                Phase.PREP,
                prepDue,
                p.targetSpecialty() != null && target != null
                        ? "Target sheet names " + p.targetSpecialty() + " and a submission target of " + target + "."
                        : null,
                null,
                null,
                Link.profile()));
        steps.add(new Step(
                "prep-cv",
                "Get your CV ready (2 pages at most)",
                "Writers and programs read a short CV; it goes into every packet.",
                Phase.PREP,
                prepDue,
                p.cvReady()
                        ? "CV marked ready"
                                + (p.cvUpdatedOn() == null ? "." : " on " + Season.date(p.cvUpdatedOn()) + ".")
                        : null,
                null,
                null,
                Link.profile()));
        steps.add(new Step(
                "prep-personal-statement",
                "Draft your personal statement",
                "A draft is enough for a packet, and helps writers echo your story.",
                Phase.PREP,
                prepDue,
                !"NOT_STARTED".equals(p.personalStatementStatus())
                        ? "Personal statement is at "
                                + p.personalStatementStatus().toLowerCase() + " stage."
                        : null,
                null,
                null,
                Link.profile()));

        for (Season.Rotation r : s.rotations()) {
            String base = "rotation-" + r.id() + "-";
            Link link = Link.rotation(r.id());
            List<LocalDate> days = RotationSteps.days(r.startsOn(), r.endsOn());
            boolean month = !RotationSteps.scaled(r.startsOn(), r.endsOn());
            steps.add(new Step(
                    base + "expectations",
                    (month ? "Week 1 at " : "First days at ") + r.label() + ": ask how they like students to work",
                    "Knowing the expectations on day 1 or 2 makes you easy to evaluate.",
                    Phase.ROTATION,
                    days.get(0),
                    expectationsDone(s, r),
                    r.id(),
                    null,
                    link));
            steps.add(new Step(
                    base + "formative",
                    (month ? "Week 2 at " : "Mid-rotation at ") + r.label() + ": ask for formative feedback",
                    "One thing going well and one to improve, while there is time to show the change.",
                    Phase.ROTATION,
                    days.get(1),
                    feedbackDone(
                            s,
                            r,
                            k -> k == FeedbackKind.FORMATIVE || k == FeedbackKind.WEEKLY_MINI,
                            "Formative feedback"),
                    r.id(),
                    null,
                    link));
            Season.RotationStories stories = s.storiesByRotation().get(r.id());
            steps.add(new Step(
                    base + "stories",
                    (month ? "Weeks 3-4 at " : "Last week at ") + r.label() + ": write down your stories",
                    "Specific moments are what a letter can quote; write them the day they happen.",
                    Phase.ROTATION,
                    days.get(2),
                    stories != null && stories.count() >= 2
                            ? stories.count() + " stories logged on this rotation."
                            : null,
                    r.id(),
                    null,
                    link));
            steps.add(new Step(
                    base + "soft-signal",
                    (month ? "Weeks 3-4 at " : "Last week at ") + r.label() + ": signal your interest in a letter",
                    "A soft signal lets the attending watch you with a letter in mind.",
                    Phase.ROTATION,
                    days.get(3),
                    signalDone(s, r),
                    r.id(),
                    null,
                    link));
            steps.add(new Step(
                    base + "summative",
                    (month ? "End of month 1 at " : "Last day at ") + r.label() + ": ask for summative feedback",
                    "Their answer tells you whether a strong letter is realistic.",
                    Phase.ROTATION,
                    days.get(4),
                    feedbackDone(s, r, k -> k == FeedbackKind.SUMMATIVE, "Summative feedback"),
                    r.id(),
                    null,
                    link));
        }

        LocalDate month2 =
                first.map(r -> r.startsOn().plusDays(30)).orElse(target == null ? null : target.minusDays(90));
        steps.add(new Step(
                "talking-points",
                "Build talking points for each likely writer",
                "3-5 cases, feedback and how you improved, presentations: the core of each packet.",
                Phase.COMMITMENTS,
                capped(month2, 6, target, 49),
                talkingPointsDone(s),
                null,
                null,
                new Link(CoachDtos.LinkKind.ATTENDING, null, "/api/v1/attendings?sort=rank")));
        List<Season.Letter> chosen =
                s.letters().stream().filter(l -> !l.status().endsPath()).toList();
        // Done at 2 to 4: a program takes at most 4 letters, so a fifth writer means a choice still to make.
        boolean twoToFour = chosen.size() >= 2 && chosen.size() <= 4;
        steps.add(new Step(
                "pick-writers",
                "Pick your top 2-4 writers",
                chosen.size() > 4
                        ? chosen.size() + " writers chosen (" + names(s, chosen) + "): a program takes at most 4 "
                                + "letters, so keep your top 4 and thank the others warmly."
                        : "1-2 core faculty in your specialty, 1 from another US specialty, a research mentor if useful.",
                Phase.COMMITMENTS,
                capped(month2, 13, target, 42),
                twoToFour ? chosen.size() + " writers chosen: " + names(s, chosen) + "." : null,
                null,
                null,
                // The mix (core faculty, another specialty, research) is what the portfolio checks.
                Link.portfolio()));
        List<Season.Letter> asked = s.letters().stream()
                .filter(l -> l.hasReached(LetterStatus.ASKED))
                .toList();
        long strong = asked.stream()
                .filter(l -> l.commitment() == org.lorkit.letter.Commitment.STRONG)
                .count();
        steps.add(new Step(
                "ask-strong",
                "Ask directly for a strong letter",
                "Ask in person for a strong letter, then listen: a plain yes may be lukewarm.",
                Phase.COMMITMENTS,
                capped(month2, 20, target, 42),
                asked.size() >= 2
                        ? "You asked " + asked.size() + " writers; " + strong + " promised a strong letter."
                        : null,
                null,
                null,
                new Link(CoachDtos.LinkKind.LETTER, null, "/api/v1/letters")));

        List<Season.Letter> committed =
                s.letters().stream().filter(Season.Letter::committed).toList();
        for (Season.Letter l : committed) {
            String name = s.writerName(l.attendingId());
            LocalDate yes = l.reached(LetterStatus.AGREED).orElse(null);
            Optional<LocalDate> packet = l.reached(LetterStatus.PACKET_SENT);
            steps.add(new Step(
                    "letter-" + l.id() + "-packet",
                    "Send the packet to " + name,
                    "CV, personal statement draft and one page of talking points within 48 hours of the yes.",
                    Phase.COMMITMENTS,
                    yes == null ? null : yes.plusDays(2),
                    packet.map(d -> "Packet sent on " + Season.date(d)
                                    + (yes == null
                                            ? "."
                                            : ", " + Season.days(java.time.temporal.ChronoUnit.DAYS.between(yes, d))
                                                    + " after the yes."))
                            .orElse(
                                    l.hasReached(LetterStatus.REQUESTED_IN_ERAS)
                                            ? "The letter was requested in " + s.servicesSaid(l) + "."
                                            : null),
                    null,
                    l.id(),
                    Link.packet(l.attendingId())));
        }

        String everywhere = s.servicesSaid();
        steps.add(new Step(
                "eras-entries",
                "Add your writers in " + everywhere,
                entriesWhy(s.services()),
                Phase.ERAS,
                target == null ? null : target.minusDays(49),
                !committed.isEmpty() && committed.stream().allMatch(l -> l.erasLetterId() != null)
                        ? "Every writer who agreed has an ERAS Letter ID (" + committed.size() + ")."
                        : null,
                null,
                null,
                new Link(CoachDtos.LinkKind.LETTER, null, "/api/v1/letters")));
        for (Season.Letter l : committed) {
            String name = s.writerName(l.attendingId());
            LocalDate yes = l.reached(LetterStatus.AGREED).orElse(null);
            LocalDate due = target == null
                    ? (yes == null ? null : yes.plusDays(14))
                    : yes != null && yes.plusDays(7).isAfter(target.minusDays(42))
                            ? yes.plusDays(7)
                            : target.minusDays(42);
            LocalDate soft = s.softDeadlineOf(l);
            steps.add(new Step(
                    "letter-" + l.id() + "-eras-request",
                    "Send " + name + " the formal " + s.servicesSaid(l) + " request",
                    "The " + s.servicesSaid(l) + (s.servicesOf(l).size() > 1 ? " emails" : " email")
                            + " plus your note with the soft deadline" + (soft == null ? "." : " (" + soft + ")."),
                    Phase.ERAS,
                    due,
                    l.reached(LetterStatus.REQUESTED_IN_ERAS)
                            .map(d -> "Requested in " + s.servicesSaid(l) + " on " + d
                                    + (soft == null ? "." : "; soft deadline " + soft + "."))
                            .orElse(l.status().isIn() ? "The letter is in " + s.servicesSaid(l) + "." : null),
                    null,
                    l.id(),
                    Link.message(MessageKind.FORMAL_REQUEST, l.id(), null)));
        }

        List<Season.Letter> requested = s.letters().stream()
                .filter(l -> l.hasReached(LetterStatus.REQUESTED_IN_ERAS))
                .toList();
        List<Season.Letter> received =
                s.letters().stream().filter(l -> l.status().isIn()).toList();
        steps.add(new Step(
                "verify-received",
                "Check in " + everywhere + " which letters are in",
                "Received and not received: the list decides whether you need a backup.",
                Phase.FINISH,
                target == null ? null : target.minusDays(14),
                !requested.isEmpty() && received.size() == requested.size()
                        ? "All " + requested.size() + " requested letters are in " + everywhere + "."
                        : null,
                null,
                null,
                new Link(CoachDtos.LinkKind.LETTER, null, "/api/v1/letters?status=REQUESTED_IN_ERAS")));
        boolean silent = s.letters().stream().anyMatch(Season.Letter::awaited);
        steps.add(new Step(
                "backup-writer",
                "Decide on a backup writer",
                "A writer still silent a week before submission needs a backup now.",
                Phase.FINISH,
                target == null ? null : target.minusDays(7),
                received.size() >= 2 && !silent
                        ? "No backup needed: " + received.size() + " letters are in and nobody is silent."
                        : null,
                null,
                null,
                new Link(CoachDtos.LinkKind.ATTENDING, null, "/api/v1/attendings?sort=rank")));
        LocalDate submitted = s.submittedOn();
        steps.add(new Step(
                SUBMIT_ERAS,
                "Submit your " + everywhere + (s.services().size() > 1 ? " applications" : " application"),
                "Tick this the day you submit: the thank-you notes follow from it.",
                Phase.FINISH,
                target,
                null,
                null,
                null,
                Link.checkpoint(SUBMIT_ERAS)));
        steps.add(new Step(
                "thank-writers",
                "Thank every writer after submitting",
                "Tell them the application went out with their letter.",
                Phase.FINISH,
                submitted != null ? submitted.plusDays(7) : target == null ? null : target.plusDays(7),
                allThanked(received, Season.Letter::thankedAfterSubmissionOn, "after submission"),
                null,
                null,
                new Link(CoachDtos.LinkKind.LETTER, null, "/api/v1/letters?status=RECEIVED")));
        LocalDate invitations = s.interviewInvitationsOn();
        steps.add(new Step(
                INTERVIEW_INVITATIONS,
                "Record when interview invitations come in",
                "Tick this when the first invitations arrive: your writers like to hear about them.",
                Phase.FINISH,
                target == null ? null : target.plusDays(45),
                null,
                null,
                null,
                Link.checkpoint(INTERVIEW_INVITATIONS)));
        steps.add(new Step(
                "interview-updates",
                "Tell your writers where you interview",
                "A short update keeps the relationship warm.",
                Phase.FINISH,
                invitations != null ? invitations.plusDays(7) : target == null ? null : target.plusDays(52),
                allThanked(received, Season.Letter::thankedInterviewInvitationsOn, "about your interviews"),
                null,
                null,
                new Link(CoachDtos.LinkKind.LETTER, null, "/api/v1/letters?status=RECEIVED")));
        LocalDate match = s.matchDay();
        steps.add(new Step(
                "match-updates",
                "After Match Day, tell your writers where you matched",
                "Gratitude now keeps doors open for fellowship letters later.",
                Phase.FINISH,
                match == null ? null : match.plusDays(3),
                allThanked(received, Season.Letter::thankedMatchDayOn, "after Match Day"),
                null,
                null,
                new Link(CoachDtos.LinkKind.LETTER, null, "/api/v1/letters?status=RECEIVED")));

        List<Checkpoint> result = new ArrayList<>();
        for (Step step : steps) {
            LocalDate ticked = s.ticks().get(step.id());
            String because = step.doneBecause() != null
                    ? step.doneBecause()
                    : ticked != null ? "Ticked by you on " + Season.date(ticked) + "." : null;
            result.add(new Checkpoint(
                    step.id(),
                    step.title(),
                    step.why(),
                    step.phase(),
                    step.dueOn(),
                    status(s.today(), step.dueOn(), because != null),
                    because,
                    ticked,
                    step.rotationId(),
                    step.letterId(),
                    step.link()));
        }
        result.sort(Comparator.comparing(Checkpoint::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Checkpoint::phase));
        return result;
    }

    /** How writers are entered in each service (SEASONS.md): an ERAS entry has a Letter ID; ResidencyCAS emails the evaluator. */
    private static String entriesWhy(List<org.lorkit.season.LetterService> services) {
        boolean eras = org.lorkit.season.LetterService.viaEras(services);
        boolean cas = org.lorkit.season.LetterService.viaResidencyCas(services);
        String check = "check names, titles and emails twice.";
        if (eras && cas) {
            return "In ERAS one entry and one Letter ID per writer; in ResidencyCAS one evaluator per writer, who gets "
                    + "its email to accept. For both, " + check;
        }
        return cas
                ? "One evaluator per writer: ResidencyCAS emails each one a request to accept; " + check
                : "One entry and one Letter ID per writer; " + check;
    }

    public static Map<CheckpointStatus, Integer> counts(List<Checkpoint> checkpoints) {
        Map<CheckpointStatus, Integer> counts = new EnumMap<>(CheckpointStatus.class);
        for (CheckpointStatus status : CheckpointStatus.values()) {
            counts.put(status, 0);
        }
        checkpoints.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return counts;
    }

    static CheckpointStatus status(LocalDate today, LocalDate due, boolean done) {
        if (done) {
            return CheckpointStatus.DONE;
        }
        if (due == null) {
            return CheckpointStatus.UPCOMING;
        }
        if (today.isAfter(due)) {
            return CheckpointStatus.OVERDUE;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(today, due) <= DUE_WINDOW_DAYS
                ? CheckpointStatus.DUE
                : CheckpointStatus.UPCOMING;
    }

    /** month 2 + offset days, but never later than S minus `daysBefore`. */
    private static LocalDate capped(LocalDate month2, int offset, LocalDate target, int daysBefore) {
        if (month2 == null) {
            return target == null ? null : target.minusDays(daysBefore);
        }
        LocalDate day = month2.plusDays(offset);
        if (target != null && day.isAfter(target.minusDays(daysBefore))) {
            return target.minusDays(daysBefore);
        }
        return day;
    }

    private static String expectationsDone(Season s, Season.Rotation r) {
        return s.sent().stream()
                .filter(m -> m.kind() == MessageKind.EXPECTATIONS_TALK && m.attendingId() != null)
                .filter(m -> s.attendings().containsKey(m.attendingId())
                        && s.attendings().get(m.attendingId()).workedOn(r.id()))
                .findFirst()
                .map(m -> "Expectations talk with " + s.writerName(m.attendingId()) + " on " + Season.date(m.sentOn())
                        + ".")
                .orElse(null);
    }

    private static String feedbackDone(
            Season s, Season.Rotation r, java.util.function.Predicate<FeedbackKind> kinds, String label) {
        return s.feedback().stream()
                .filter(f -> kinds.test(f.kind()))
                .filter(f -> r.id().equals(f.rotationId())
                        || f.rotationId() == null
                                && s.attendings().containsKey(f.attendingId())
                                && s.attendings().get(f.attendingId()).workedOn(r.id())
                                && !f.receivedOn().isBefore(r.startsOn())
                                && !f.receivedOn().isAfter(r.endsOn()))
                .findFirst()
                .map(f -> {
                    long day = java.time.temporal.ChronoUnit.DAYS.between(r.startsOn(), f.receivedOn()) + 1;
                    return label + " from " + s.writerName(f.attendingId())
                            + (day >= 1 ? " on day " + day + " of this rotation" : " on " + Season.date(f.receivedOn()))
                            + (f.enthusiasm() == null
                                    ? "."
                                    : " (" + f.enthusiasm().name().toLowerCase().replace('_', ' ') + ").");
                })
                .orElse(null);
    }

    private static String signalDone(Season s, Season.Rotation r) {
        for (Season.Letter l : s.letters()) {
            Season.Attending a = s.attendings().get(l.attendingId());
            if (a == null || !a.workedOn(r.id())) {
                continue;
            }
            Optional<LocalDate> on = l.reached(LetterStatus.SIGNALED).or(() -> l.reached(LetterStatus.ASKED));
            if (on.isPresent()) {
                return "You signaled interest to " + a.addressed() + " on " + Season.date(on.get()) + ".";
            }
        }
        return s.sent().stream()
                .filter(m -> m.kind() == MessageKind.SOFT_SIGNAL
                        && m.attendingId() != null
                        && s.attendings().containsKey(m.attendingId())
                        && s.attendings().get(m.attendingId()).workedOn(r.id()))
                .findFirst()
                .map(m -> "You signaled interest to " + s.writerName(m.attendingId()) + " on " + Season.date(m.sentOn())
                        + ".")
                .orElse(null);
    }

    private static String talkingPointsDone(Season s) {
        return s.packetStoriesByWitness().entrySet().stream()
                .filter(e -> e.getValue() >= 3 && s.attendings().containsKey(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(e -> s.writerName(e.getKey()) + " has " + e.getValue() + " stories ready for a packet.")
                .orElse(null);
    }

    private static String allThanked(
            List<Season.Letter> received, Function<Season.Letter, LocalDate> thanked, String occasion) {
        if (received.isEmpty() || received.stream().anyMatch(l -> thanked.apply(l) == null)) {
            return null;
        }
        return "All " + received.size() + (received.size() == 1 ? " writer" : " writers") + " thanked " + occasion
                + ".";
    }

    private static String names(Season s, List<Season.Letter> letters) {
        return String.join(
                ", ", letters.stream().map(l -> s.writerName(l.attendingId())).toList());
    }
}
