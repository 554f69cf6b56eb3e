package org.lorkit.coaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lorkit.attending.AttendingRole;
import org.lorkit.coaching.CoachDtos.Check;
import org.lorkit.coaching.CoachDtos.CheckCode;
import org.lorkit.coaching.CoachDtos.CheckStatus;
import org.lorkit.coaching.CoachDtos.Link;
import org.lorkit.coaching.CoachDtos.Portfolio;
import org.lorkit.coaching.CoachDtos.Reminder;
import org.lorkit.coaching.CoachDtos.ReminderRule;
import org.lorkit.common.Texts;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.season.LetterService;
import org.lorkit.season.Specialties;

/**
 * The letters against the rule of 2-4: 1-2 from core or academic faculty in the target specialty,
 * 1 from another US specialty, a research mentor optionally; more strong letters is better (at most 4
 * go to one program). "Secured" means the writer agreed (AGREED or further, not declined) or the
 * letter was imported from a prior season. A writer whose path ended (declined, bounced, withdrawn)
 * leads to "choose a backup writer" while the letters that stand fall short.
 */
public final class PortfolioRules {

    static final Set<AttendingRole> CORE = Set.of(
            AttendingRole.PROGRAM_DIRECTOR,
            AttendingRole.ASSOCIATE_PROGRAM_DIRECTOR,
            AttendingRole.CORE_FACULTY,
            AttendingRole.CLERKSHIP_DIRECTOR);

    private PortfolioRules() {}

    /**
     * The portfolio, checked once per specialty applied to. With one specialty the answer is what it
     * always was (plus that one list under specialties); with two, checks and specialties[0] are the
     * target specialty's, byStatus, byCommitment, secured and received count every letter.
     */
    public static Portfolio evaluate(Season s, List<Reminder> dueReminders) {
        Portfolio whole = checked(s, dueReminders);
        String second = s.profile().secondSpecialty();
        if (second == null || s.secondFollowed() == null) {
            return withSpecialties(whole, List.of(specialtyOf(s, whole)));
        }
        List<CoachDtos.SpecialtyPortfolio> lists = new ArrayList<>();
        for (String specialty : List.of(s.profile().targetSpecialty(), second)) {
            Season there = seen(s, specialty, specialty.equals(second) ? s.secondFollowed() : s.followed());
            Set<UUID> lettersThere =
                    there.letters().stream().map(Season.Letter::id).collect(Collectors.toSet());
            List<Reminder> dueThere = dueReminders.stream()
                    .filter(r -> r.letterId() == null || lettersThere.contains(r.letterId()))
                    .toList();
            lists.add(specialtyOf(there, checked(there, dueThere)));
        }
        return new Portfolio(
                whole.today(),
                whole.byStatus(),
                whole.byCommitment(),
                whole.secured(),
                whole.received(),
                lists.get(0).checks(),
                lists);
    }

    /**
     * The season seen from one of two specialties: the letters for it or General (a General letter from
     * a writer of another known specialty counts as one from another US specialty there), and the
     * programs in it (programs in neither specialty go with the target specialty).
     */
    static Season seen(Season s, String specialty, org.lorkit.season.FollowedSeason followed) {
        String target = s.profile().targetSpecialty();
        String second = s.profile().secondSpecialty();
        List<Season.Letter> letters = s.letters().stream()
                .filter(l -> l.forSpecialty() == null || Specialties.same(l.forSpecialty(), specialty))
                .map(l -> {
                    Season.Attending writer = s.attendings().get(l.attendingId());
                    boolean otherField = l.forSpecialty() == null
                            && l.type() == LetterType.TARGET_SPECIALTY
                            && writer != null
                            && writer.specialty() != null
                            && !Specialties.same(writer.specialty(), specialty);
                    return otherField ? l.withType(LetterType.OTHER_US_SPECIALTY) : l;
                })
                .toList();
        List<Season.Program> programs = s.programs().stream()
                .filter(p -> Specialties.same(p.specialty(), specialty)
                        || (specialty.equals(target)
                                && !Specialties.same(p.specialty(), target)
                                && !Specialties.same(p.specialty(), second)))
                .toList();
        return s.forSpecialty(specialty, followed, letters, programs);
    }

    private static CoachDtos.SpecialtyPortfolio specialtyOf(Season s, Portfolio p) {
        return new CoachDtos.SpecialtyPortfolio(
                s.profile().targetSpecialty(),
                s.followed() == null ? LetterService.ERAS : s.followed().service(),
                s.followed() == null ? null : s.followed().standardizedLetter().orElse(null),
                p.secured(),
                p.received(),
                p.checks());
    }

    private static Portfolio withSpecialties(Portfolio p, List<CoachDtos.SpecialtyPortfolio> lists) {
        return new Portfolio(p.today(), p.byStatus(), p.byCommitment(), p.secured(), p.received(), p.checks(), lists);
    }

    private static Portfolio checked(Season s, List<Reminder> dueReminders) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (LetterStatus status : LetterStatus.values()) {
            byStatus.put(status.name(), 0);
        }
        Map<String, Integer> byCommitment = new LinkedHashMap<>();
        for (Commitment c : Commitment.values()) {
            byCommitment.put(c.name(), 0);
        }
        byCommitment.put("NONE", 0);
        for (Season.Letter l : s.letters()) {
            byStatus.merge(l.status().name(), 1, Integer::sum);
            byCommitment.merge(l.commitment() == null ? "NONE" : l.commitment().name(), 1, Integer::sum);
        }
        List<Season.Letter> secured =
                s.letters().stream().filter(Season.Letter::committed).toList();
        List<Season.Letter> received =
                s.letters().stream().filter(l -> l.status().isIn()).toList();
        List<Check> checks = new ArrayList<>();

        int n = secured.size();
        checks.add(new Check(
                CheckCode.LETTER_COUNT,
                n < 2 ? CheckStatus.MISSING : n <= 4 ? CheckStatus.OK : CheckStatus.INFO,
                n < 2
                        ? plural(n, "letter") + " secured so far; aim for 2 to 4 strong ones."
                        : n <= 4
                                ? plural(n, "letter") + " secured: within the 2 to 4 programs expect."
                                : plural(n, "letter")
                                        + " secured: more strong letters give you choice, but at most 4 go to one program.",
                letters(secured)));

        List<Season.Letter> core = secured.stream()
                .filter(l -> l.type() == LetterType.TARGET_SPECIALTY)
                .filter(l -> s.attendings().containsKey(l.attendingId())
                        && CORE.contains(s.attendings().get(l.attendingId()).role()))
                .toList();
        String specialty = s.profile().targetSpecialty() == null
                ? "your target specialty"
                : s.profile().targetSpecialty();
        checks.add(new Check(
                CheckCode.CORE_IN_SPECIALTY,
                core.isEmpty() ? CheckStatus.MISSING : CheckStatus.OK,
                core.isEmpty()
                        ? "No letter yet from core or academic faculty in " + specialty
                                + ": that is the one programs look for first."
                        : plural(core.size(), "letter") + " from core or academic faculty in " + specialty
                                + (core.size() > 2 ? " (1-2 are needed; the extra ones give you choice)." : "."),
                letters(core)));

        List<Season.Letter> other = secured.stream()
                .filter(l -> l.type() == LetterType.OTHER_US_SPECIALTY)
                .toList();
        checks.add(new Check(
                CheckCode.OTHER_US_SPECIALTY,
                other.isEmpty() ? CheckStatus.MISSING : CheckStatus.OK,
                other.isEmpty()
                        ? "No letter yet from another US specialty: one that speaks to your work ethic rounds out the set."
                        : plural(other.size(), "letter") + " from another US specialty.",
                letters(other)));

        List<Season.Letter> research =
                secured.stream().filter(l -> l.type() == LetterType.RESEARCH).toList();
        checks.add(new Check(
                CheckCode.RESEARCH_MENTOR,
                research.isEmpty() ? CheckStatus.INFO : CheckStatus.OK,
                research.isEmpty()
                        ? "No research mentor letter: optional, useful when they can speak to work habits and communication."
                        : "A research mentor letter adds work habits and communication; it cannot replace clinical letters.",
                letters(research)));

        List<Season.Letter> plain =
                secured.stream().filter(l -> l.commitment() == Commitment.YES).toList();
        checks.add(new Check(
                CheckCode.STRENGTH_OF_COMMITMENTS,
                plain.isEmpty() ? CheckStatus.OK : CheckStatus.WARNING,
                plain.isEmpty()
                        ? (secured.isEmpty()
                                ? "No commitments yet."
                                : "Every writer who agreed promised a strong letter or has not said otherwise.")
                        : names(s, plain) + (plain.size() == 1 ? " said" : " said")
                                + " a plain yes, not a strong one: that letter may be lukewarm, so keep a stronger writer in view.",
                letters(plain)));

        if (s.programs().isEmpty()) {
            checks.add(new Check(
                    CheckCode.PROGRAMS_MISSING_LETTERS,
                    CheckStatus.INFO,
                    "No programs added yet: add them to check their letter requirements.",
                    List.of()));
        } else {
            Map<UUID, Season.Letter> byId = s.letters().stream().collect(Collectors.toMap(Season.Letter::id, l -> l));
            List<Season.Program> short_ =
                    s.programs().stream().filter(p -> !meets(s, p, byId)).toList();
            checks.add(new Check(
                    CheckCode.PROGRAMS_MISSING_LETTERS,
                    short_.isEmpty() ? CheckStatus.OK : CheckStatus.WARNING,
                    short_.isEmpty()
                            ? "Every program has the received letters it asks for."
                            : plural(short_.size(), "program") + " still short of letters: "
                                    + String.join(
                                            ", ",
                                            short_.stream()
                                                    .map(Season.Program::name)
                                                    .toList()) + ".",
                    short_.stream().map(p -> Link.program(p.id())).toList()));
        }

        Set<UUID> assigned =
                s.programs().stream().flatMap(p -> p.letterIds().stream()).collect(Collectors.toSet());
        List<Season.Letter> loose =
                received.stream().filter(l -> !assigned.contains(l.id())).toList();
        checks.add(new Check(
                CheckCode.RECEIVED_NOT_ASSIGNED,
                loose.isEmpty() ? CheckStatus.OK : CheckStatus.WARNING,
                loose.isEmpty()
                        ? (received.isEmpty()
                                ? "No letter received yet."
                                : "Every received letter goes to at least one program.")
                        : "Received but assigned to no program: " + names(s, loose)
                                + (assignedByHand(s)
                                        ? ". ResidencyCAS sends a letter only to the programs you assign it to by hand."
                                        : ". A letter no program gets does not help."),
                letters(loose)));

        List<Reminder> backups = dueReminders.stream()
                .filter(r -> r.rule() == ReminderRule.BACKUP_WRITER)
                .toList();
        List<Season.Letter> ended = endedWhileShort(s);
        List<String> why = new ArrayList<>();
        if (!backups.isEmpty()) {
            why.add("Backup needed: "
                    + String.join(
                            ", ", backups.stream().map(Reminder::attendingName).toList())
                    + " had not uploaded a week before submission.");
        }
        if (!ended.isEmpty()) {
            why.add(backupAdvice(s, ended));
        }
        List<Link> backupLinks = new ArrayList<>();
        backups.forEach(r -> backupLinks.add(Link.letter(r.letterId())));
        ended.forEach(l -> backupLinks.add(Link.letter(l.id())));
        checks.add(new Check(
                CheckCode.BACKUP_NEEDED,
                why.isEmpty() ? CheckStatus.OK : CheckStatus.WARNING,
                why.isEmpty() ? "No writer is silent close to submission." : String.join(" ", why),
                backupLinks));

        return new Portfolio(s.today(), byStatus, byCommitment, secured.size(), received.size(), checks, List.of());
    }

    /**
     * The letters whose writer's path ended (declined, the request bounced, withdrawn) while the portfolio
     * is short: fewer than 2 letters secured, or none from core faculty in the target specialty. Empty
     * once the letters that stand are enough again.
     */
    public static List<Season.Letter> endedWhileShort(Season s) {
        List<Season.Letter> ended =
                s.letters().stream().filter(l -> l.status().endsPath()).toList();
        if (ended.isEmpty()) {
            return List.of();
        }
        List<Season.Letter> secured =
                s.letters().stream().filter(Season.Letter::committed).toList();
        boolean core = secured.stream().anyMatch(l -> isCore(s, l));
        return secured.size() < 2 || !core ? ended : List.of();
    }

    /** "Choose a backup writer: Dr Lee declined; ...; 1 letter secured, and programs look for 2 to 4." */
    public static String backupAdvice(Season s, List<Season.Letter> ended) {
        List<Season.Letter> secured =
                s.letters().stream().filter(Season.Letter::committed).toList();
        String shortBy = secured.size() < 2
                ? plural(secured.size(), "letter") + " secured, and programs look for 2 to 4"
                : "no letter secured from core faculty in "
                        + (s.profile().targetSpecialty() == null
                                ? "your target specialty"
                                : s.profile().targetSpecialty());
        return "Choose a backup writer: "
                + String.join(
                        "; ",
                        ended.stream()
                                .map(l -> s.writerName(l.attendingId()) + " "
                                        + l.status().whyEnded())
                                .toList())
                + ". That leaves " + shortBy + ".";
    }

    /** ResidencyCAS sends a letter only to the programs the applicant assigns it to, one by one. */
    public static boolean assignedByHand(Season s) {
        return s.followed() != null && s.followed().service() == LetterService.RESIDENCYCAS;
    }

    private static boolean isCore(Season s, Season.Letter l) {
        return l.type() == LetterType.TARGET_SPECIALTY
                && s.attendings().containsKey(l.attendingId())
                && CORE.contains(s.attendings().get(l.attendingId()).role());
    }

    /** Received, assigned letters against the program's requirements (how many, from US clinicians, in its specialty). */
    static boolean meets(Season s, Season.Program p, Map<UUID, Season.Letter> byId) {
        int received = 0;
        int fromUs = 0;
        int inSpecialty = 0;
        for (UUID id : p.letterIds()) {
            Season.Letter l = byId.get(id);
            if (l == null || !l.status().isIn()) {
                continue;
            }
            received++;
            if (l.type() != LetterType.RESEARCH) {
                fromUs++;
            }
            Season.Attending writer = s.attendings().get(l.attendingId());
            if (writer != null && Texts.sameText(writer.specialty(), p.specialty())) {
                inSpecialty++;
            }
        }
        return received >= p.lettersRequired() && fromUs >= p.fromUsClinicians() && inSpecialty >= p.inSpecialty();
    }

    private static List<Link> letters(List<Season.Letter> letters) {
        return letters.stream().map(l -> Link.letter(l.id())).toList();
    }

    private static String names(Season s, List<Season.Letter> letters) {
        return String.join(
                ", ", letters.stream().map(l -> s.writerName(l.attendingId())).toList());
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
