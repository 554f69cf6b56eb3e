package org.lorkit.packet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lorkit.coaching.Season;
import org.lorkit.coaching.SeasonLoader;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Texts;
import org.lorkit.form.WriterForm;
import org.lorkit.letter.LetterStatus;
import org.lorkit.season.LetterService;

/**
 * The one-sheet talking points for a writer: the dates together and the role, up to 5 stories
 * (include-in-packet and witnessed by this writer, newest first; never another writer's, never one with
 * unresolved PHI warnings), feedback and how you improved, the strengths you hope they can speak to,
 * the timeline with the soft deadline, and how the writer hands the letter in to its service.
 */
@ApplicationScoped
public class PacketService {

    @Inject
    SeasonLoader loader;

    @Inject
    PacketStories packetStories;

    @Inject
    WriterForms writerForms;

    @Transactional
    public Packet packet(UUID owner, UUID attendingId) {
        Season s = loader.load(owner);
        Season.Attending writer = s.attendings().get(attendingId);
        if (writer == null) {
            throw ProblemException.notFound("attending");
        }
        Season.Letter letter = s.letters().stream()
                .filter(l -> l.attendingId().equals(attendingId))
                .findFirst()
                .orElse(null);
        PacketStories.Selection selection = packetStories.forAttending(owner, attendingId, PacketStories.MAX);
        WriterForm form = writerForms.formOf(owner, attendingId, s.profile().targetSpecialty());
        // The letter's own services (its specialty's, or every specialty's for a General letter), not the
        // applicant's target's: an Internal Medicine applicant's Emergency Medicine letter goes through ResidencyCAS.
        List<LetterService> services = letter != null ? s.servicesOf(letter) : s.services();
        FormLayout layout = FormLayout.of(
                form,
                selection.stories().stream()
                        .map(story -> new FormLayout.Story(
                                story.id(),
                                story.title(),
                                storyText(story),
                                story.occurredOn(),
                                story.competencies(),
                                story.formFields()))
                        .toList(),
                writerForms.feedbackOf(owner, attendingId));
        // A standardized form is laid out field by field; a narrative letter keeps the story-first sheet.
        boolean byFields = form != WriterForm.ACGME_NARRATIVE;
        String specialty = s.profile().targetSpecialty() == null
                ? "residency"
                : s.profile().targetSpecialty() + " residency";

        List<Packet.Section> sections = new ArrayList<>();
        List<Packet.Item> together = new ArrayList<>();
        for (Season.Link link : writer.links()) {
            Season.Rotation r = s.rotations().stream()
                    .filter(x -> x.id().equals(link.rotationId()))
                    .findFirst()
                    .orElse(null);
            // Working days, the one count the attending card and eligibility use too.
            long days = org.lorkit.common.WorkingDays.count(link.from(), link.to());
            together.add(new Packet.Item(
                    Texts.dayOrPlaceholder(link.from()) + " to " + Texts.dayOrPlaceholder(link.to()),
                    "(" + days + (days == 1 ? " working day" : " working days") + ")"
                            + (r == null
                                    ? ""
                                    : " at " + r.label() + ", as "
                                            + article(r.kind()
                                                    .toLowerCase(Locale.ROOT)
                                                    .replace('_', '-')) + " student")
                            + (writer.hasSeenMePresent() ? "; you saw me present and care for patients." : ".")));
        }
        if (together.isEmpty()) {
            together.add(new Packet.Item(null, "No rotation dates recorded yet."));
        }
        sections.add(new Packet.Section("Our time together", together, false));

        if (byFields) {
            sections.addAll(fieldSections(layout));
        } else {
            List<Packet.Item> stories = new ArrayList<>();
            for (PacketStories.Story story : selection.stories()) {
                stories.add(new Packet.Item(story.title(), storyText(story)));
            }
            // With none of their own, the writer's sheet has no cases section at all (the preview says why).
            if (!stories.isEmpty()) {
                sections.add(new Packet.Section("Cases and moments you may remember", stories, true));
            }
        }

        List<Packet.Item> growth = new ArrayList<>();
        s.feedback().stream()
                .filter(f -> f.attendingId().equals(attendingId) && f.toImprove() != null)
                .limit(2)
                .forEach(f -> growth.add(new Packet.Item(
                        "Your advice (" + Texts.dayOrPlaceholder(f.receivedOn()) + "):",
                        f.toImprove() + (f.whatIChanged() == null ? "" : " What I changed: " + f.whatIChanged()))));
        if (growth.isEmpty()) {
            long count = s.feedback().stream()
                    .filter(f -> f.attendingId().equals(attendingId))
                    .count();
            growth.add(new Packet.Item(
                    null,
                    count == 0
                            ? "I would welcome any feedback you are willing to include."
                            : "Thank you for " + count + " feedback conversation" + (count == 1 ? "" : "s")
                                    + "; I worked on each point."));
        }
        // On a form, feedback sits under the fields it speaks to (growth, areas for improvement).
        if (!byFields) {
            sections.add(new Packet.Section("Feedback and how I improved", growth, false));
        }

        List<Packet.Item> strengths = new ArrayList<>();
        for (String competency : s.profile().strengths()) {
            strengths.add(new Packet.Item(
                    null,
                    competency.charAt(0)
                            + competency.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        if (s.profile().strengthsNote() != null) {
            strengths.add(new Packet.Item(null, s.profile().strengthsNote()));
        }
        if (strengths.isEmpty()) {
            strengths.add(new Packet.Item(null, "Whatever you saw of my clinical work, in your own words."));
        }
        sections.add(new Packet.Section("Strengths I hope you might be able to speak to", strengths, false));

        List<Packet.Item> timeline = new ArrayList<>();
        if (s.profile().erasOpensOn() != null && LetterService.viaEras(services)) {
            timeline.add(new Packet.Item(
                    "ERAS opens:", Texts.dayOrPlaceholder(s.profile().erasOpensOn())));
        }
        timeline.add(new Packet.Item("I plan to submit:", Texts.dayOrPlaceholder(s.submissionTarget())));
        java.time.LocalDate soft = letter != null ? s.softDeadlineOf(letter) : s.defaultSoftDeadline();
        timeline.add(new Packet.Item(
                "An upload by", Texts.dayOrPlaceholder(soft) + " would be ideal, if your schedule allows."));
        sections.add(new Packet.Section("Timeline", timeline, false));

        UploadRules upload = UploadRules.of(
                services,
                form,
                letter == null ? null : letter.erasLetterId(),
                letter != null && letter.hasReached(LetterStatus.REQUESTED_IN_ERAS));
        sections.add(new Packet.Section(
                upload.heading(),
                upload.rules().stream().map(rule -> new Packet.Item(null, rule)).toList(),
                false));

        String footnote = selection.withheld() == 0
                ? null
                : selection.withheld() + (selection.withheld() == 1 ? " story was" : " stories were")
                        + " left out because its privacy warnings are not resolved yet.";
        String role = writer.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new Packet(
                "Talking points for " + writer.greeting(),
                s.applicantName() + " - applying to " + specialty
                        + (s.profile().season() == null
                                ? ""
                                : " (" + s.profile().season() + " season)")
                        + " - prepared for " + writer.greeting() + ", " + role
                        + (writer.institution() == null ? "" : ", " + writer.institution())
                        + (byFields
                                ? ". Laid out by the fields of your form, " + form.label() + unverifiedMark(form) + "."
                                : ""),
                sections,
                footnote,
                selection.withheld(),
                selection.available(),
                applicantNote(shortNote(writer.greeting(), selection), byFields ? layout : null),
                layout,
                upload,
                services.get(0));
    }

    private static String unverifiedMark(WriterForm form) {
        return form.unverified() ? " (field list not confirmed: it may name them differently)" : "";
    }

    /**
     * One heading per field of the form, in its order: the evidence under it, "No evidence yet." when
     * none, and the writer's own calls said to be theirs. A story cited by an earlier field is pointed
     * back to rather than repeated, so the sheet stays one page.
     */
    static List<Packet.Section> fieldSections(FormLayout layout) {
        List<Packet.Section> sections = new ArrayList<>();
        java.util.Set<java.util.UUID> shown = new java.util.HashSet<>();
        for (FormLayout.FieldSection section : layout.sections()) {
            List<Packet.Item> items = new ArrayList<>();
            if (section.field().writersCall()) {
                items.add(new Packet.Item(null, "Your own judgement: I offer no story for it."));
            }
            for (FormLayout.Evidence e : section.evidence()) {
                boolean again = e.kind() == FormLayout.Kind.STORY && !shown.add(e.id());
                items.add(new Packet.Item(e.title(), again ? "(see above)" : e.text()));
            }
            if (items.isEmpty()) {
                items.add(new Packet.Item(null, NO_EVIDENCE));
            }
            sections.add(new Packet.Section(section.field().label(), items, false));
        }
        if (!layout.other().isEmpty()) {
            sections.add(new Packet.Section(
                    "Other moments you may remember",
                    layout.other().stream()
                            .map(e -> new Packet.Item(e.title(), e.text()))
                            .toList(),
                    false));
        }
        return sections;
    }

    static final String NO_EVIDENCE = "No evidence yet.";

    /** The preview's note for the applicant: too few stories, and the fields of the form still without evidence. */
    static String applicantNote(String shortNote, FormLayout layout) {
        if (layout == null || layout.withoutEvidence().isEmpty()) {
            return shortNote;
        }
        String fields = layout.withoutEvidence().stream()
                .map(f -> f.label())
                .collect(java.util.stream.Collectors.joining("; "));
        String empty = "No evidence yet for " + fields + ": tag a story this writer saw to "
                + (layout.withoutEvidence().size() == 1 ? "it" : "them") + " in My stories.";
        return shortNote == null ? "For you, not sent to the writer: " + empty : shortNote + " " + empty;
    }

    /** A story as the sheet tells it: the day, the summary after the title, what I did and what it shows. */
    /** A story as the writer reads it: its day, summary, what I did and what it shows. */
    public static String storyText(PacketStories.Story story) {
        StringBuilder text = new StringBuilder();
        if (story.occurredOn() != null) {
            text.append("(").append(Texts.dayOrPlaceholder(story.occurredOn())).append(") ");
        }
        append(text, summaryAfterTitle(story.title(), story.summary()));
        append(text, story.whatIDid() == null ? null : "What I did: " + story.whatIDid());
        append(text, story.whatItShows() == null ? null : "What it shows: " + story.whatItShows());
        return text.toString().strip();
    }

    /** For the applicant only (Markdown and HTML preview, never the PDF): too few of this writer's own stories. */
    static String shortNote(String writer, PacketStories.Selection selection) {
        if (!selection.tooFew()) {
            return null;
        }
        String have = selection.available() == 0
                ? "No story marked for packets names " + writer + " as a witness yet"
                : "Only " + selection.available() + (selection.available() == 1 ? " story" : " stories")
                        + " marked for packets " + (selection.available() == 1 ? "names " : "name ") + writer
                        + " as a witness";
        return "For you, not on the PDF: " + have + ". Log a moment " + writer + " saw (aim for " + PacketStories.ENOUGH
                + "); stories other writers witnessed are never used in this packet.";
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(part.strip());
            if (!part.strip().endsWith(".")) {
                text.append('.');
            }
            text.append(' ');
        }
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    /**
     * A quick-capture title is the summary's first sentence: the writer's sheet says it once, as the
     * title, and the summary goes on from where the title ends (null when nothing is left).
     */
    static String summaryAfterTitle(String title, String summary) {
        if (title == null || summary == null) {
            return summary;
        }
        String head = title.strip();
        while (!head.isEmpty() && ".!?".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1);
        }
        String body = summary.strip();
        if (head.isEmpty() || !body.startsWith(head)) {
            return summary;
        }
        String rest = body.substring(head.length());
        if (insideAWord(rest)) {
            return summary; // the title ends inside a word of the summary ("DKA" of "DKAs", "pre" of "pre-op")
        }
        int from = 0;
        // The title is the summary's first clause: what follows it may open with the comma, colon or dash
        // that joined them ("dislocated shoulder reduction w/ PD, pres to attending").
        while (from < rest.length() && ".!?,;:-–— ".indexOf(rest.charAt(from)) >= 0) {
            from++;
        }
        rest = rest.substring(from).strip();
        return rest.isEmpty() ? null : rest;
    }

    private static boolean insideAWord(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        boolean hyphenated = rest.length() > 1 && rest.charAt(0) == '-' && Character.isLetterOrDigit(rest.charAt(1));
        return hyphenated || Character.isLetterOrDigit(rest.codePointAt(0));
    }
}
