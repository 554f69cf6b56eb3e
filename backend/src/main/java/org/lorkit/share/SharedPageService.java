package org.lorkit.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lorkit.coaching.CoachDtos;
import org.lorkit.coaching.CoachService;
import org.lorkit.coaching.Season;
import org.lorkit.coaching.SeasonLoader;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;
import org.lorkit.common.Sha256;
import org.lorkit.feedback.Feedback;
import org.lorkit.form.WriterForm;
import org.lorkit.letter.LetterRequest;
import org.lorkit.letter.WriterAnswer;
import org.lorkit.letter.WriterWord;
import org.lorkit.letter.WriterWordDto;
import org.lorkit.packet.PacketDto;
import org.lorkit.packet.PacketService;
import org.lorkit.packet.PacketStories;
import org.lorkit.profile.PersonalStatementStatus;
import org.lorkit.profile.Profile;
import org.lorkit.profile.ProfileService;
import org.lorkit.season.Specialties;
import org.lorkit.security.ClientAddress;
import org.lorkit.security.RateLimiter;
import org.lorkit.share.SharedPage.SharedAdviserPage;
import org.lorkit.share.SharedPage.SharedDeadline;
import org.lorkit.share.SharedPage.SharedFeedback;
import org.lorkit.share.SharedPage.SharedLetterLine;
import org.lorkit.share.SharedPage.SharedPlan;
import org.lorkit.share.SharedPage.SharedStory;
import org.lorkit.share.SharedPage.SharedWriterPage;

/**
 * What a shared link shows, and the writer's answers through it. Whoever holds the address is the only
 * check, so everything here answers the one same 404 for a link that does not open (unknown, expired,
 * revoked, ended, its owner gone or disabled), counts every request towards a per-link and a per-address
 * limit, and serves only what the link's kind and settings allow, built by the services the applicant's own
 * screens use (the packet, the portfolio check, the plan), never a copy of their rules.
 */
@ApplicationScoped
public class SharedPageService {

    /** The one answer for a link that does not open: the same body whatever the reason. */
    public static final String GONE = "This link does not work any more. Ask the applicant for a new one.";

    static final int PER_LINK_PER_MINUTE = 30;
    static final int PER_CLIENT_PER_MINUTE = 60;
    static final Duration WINDOW = Duration.ofMinutes(1);

    static final int STORIES_SHOWN = 50;
    static final int DEADLINES_SHOWN = 10;
    static final int NEXT_STEPS_SHOWN = 3;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress client;

    @Inject
    ProfileService profiles;

    @Inject
    SeasonLoader loader;

    @Inject
    PacketService packets;

    @Inject
    PacketStories packetStories;

    @Inject
    CoachService coach;

    /** The page; one view counted (count and last seen, in one statement). */
    @Transactional
    public SharedPage open(String token) {
        ShareLink link = live(token);
        Instant now = clock.instant();
        // Atomic: two views at once both count; a link revoked meanwhile counts nothing and does not open.
        List<?> counted = em.createNativeQuery("""
                UPDATE share_link SET view_count = view_count + 1, last_viewed_at = ?1, version = version + 1
                WHERE id = ?2 AND revoked_at IS NULL AND ended_at IS NULL
                RETURNING view_count""")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, link.id)
                .getResultList();
        if (counted.isEmpty()) {
            throw gone();
        }
        Season s = loader.load(link.ownerId);
        return link.kind == ShareLinkKind.WRITER
                ? new SharedPage(ShareLinkKind.WRITER, s.applicantName(), null, writerPage(link, s), null)
                : new SharedPage(ShareLinkKind.ADVISER, s.applicantName(), link.expiresOn, null, adviserPage(link, s));
    }

    /** The writer's word, kept with the letter; the letter's status does not move. Writer links only. */
    @Transactional
    public WriterWordDto answer(String token, WriterAnswerInput input) {
        ShareLink link = live(token);
        if (link.kind != ShareLinkKind.WRITER) {
            throw gone();
        }
        Instant now = clock.instant();
        WriterWord word = new WriterWord();
        word.id = UUID.randomUUID();
        word.letterId = link.letterId;
        word.shareLinkId = link.id;
        word.answer = input.answer();
        word.note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        word.saidAt = now;
        word.persist();
        // The letter's answer changed (its writerWords): its ETag moves on, its status does not.
        LetterRequest letter = LetterRequest.findById(link.letterId);
        letter.updatedAt = now;
        em.lock(letter, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return WriterWordDto.of(word);
    }

    /**
     * The link a token opens while it works, after the limits: per address first (guessing across tokens),
     * then per link. Anything that does not open is the same 404.
     */
    private ShareLink live(String token) {
        limiter.acquire(clientKey(client.value()), PER_CLIENT_PER_MINUTE, WINDOW);
        String hash = Sha256.hex(token == null ? "" : token);
        limiter.acquire("shared:link:" + hash, PER_LINK_PER_MINUTE, WINDOW);
        if (token == null || !ShareLinkService.TOKEN.matcher(token).matches()) {
            throw gone();
        }
        ShareLink link = ShareLinkService.byToken(token);
        if (link == null || !ownerActive(link.ownerId)) {
            throw gone();
        }
        LetterRequest letter = link.letterId == null ? null : LetterRequest.findById(link.letterId);
        if (link.state(letter, profiles.facts(link.ownerId).today()) != ShareLinkState.ACTIVE) {
            throw gone();
        }
        return link;
    }

    private boolean ownerActive(UUID owner) {
        return !em.createNativeQuery("SELECT 1 FROM app_user WHERE id = ?1 AND disabled_at IS NULL")
                .setParameter(1, owner)
                .getResultList()
                .isEmpty();
    }

    /** The limiter's key for one client address, over every link. */
    public static String clientKey(String address) {
        return "shared:client:" + address;
    }

    static ProblemException gone() {
        return new ProblemException(ProblemType.NOT_FOUND, GONE, null);
    }

    private SharedWriterPage writerPage(ShareLink link, Season s) {
        Season.Letter letter = s.letter(link.letterId).orElseThrow(SharedPageService::gone);
        Season.Attending writer = s.attendings().get(letter.attendingId());
        PacketDto packet = PacketDto.of(writer.id(), packets.packet(s.owner(), writer.id()))
                .forWriter();
        List<WriterWordDto> words = WriterWord.wordsOf(List.of(letter.id())).getOrDefault(letter.id(), List.of());
        Profile profile = Profile.find("ownerId", s.owner()).firstResult();
        return new SharedWriterPage(
                writer.name(),
                writer.greeting(),
                letter.type(),
                letter.forSpecialty(),
                packet.service(),
                s.softDeadlineOf(letter),
                packet.upload().rules(),
                packet.form().key() == WriterForm.ACGME_NARRATIVE
                        ? null
                        : packet.form().name(),
                packet,
                profile == null ? null : profile.cvReady,
                profile == null || profile.personalStatementStatus == null
                        ? null
                        : profile.personalStatementStatus != PersonalStatementStatus.NOT_STARTED,
                WriterWord.latest(words),
                List.of(WriterAnswer.values()),
                s.servicesOf(letter));
    }

    private SharedAdviserPage adviserPage(ShareLink link, Season s) {
        ToAnAdviser about = new ToAnAdviser(s.applicantName());
        Map<UUID, List<WriterWordDto>> words =
                WriterWord.wordsOf(s.letters().stream().map(Season.Letter::id).toList());
        List<SharedLetterLine> letters = s.letters().stream()
                .map(l -> new SharedLetterLine(
                        s.writerName(l.attendingId()),
                        l.type(),
                        l.status(),
                        Specialties.servicesOf(
                                l.forSpecialty(),
                                s.profile().targetSpecialty(),
                                s.profile().secondSpecialty()),
                        s.softDeadlineOf(l),
                        l.receivedOn(),
                        WriterWord.latest(words.getOrDefault(l.id(), List.of()))))
                .toList();
        CoachDtos.Plan plan = coach.plan(s.owner());
        List<CoachDtos.Checkpoint> open = plan.checkpoints().stream()
                .filter(c -> c.status() != CoachDtos.CheckpointStatus.DONE)
                .toList();
        SharedPlan progress = new SharedPlan(
                plan.checkpoints().size() - open.size(),
                plan.checkpoints().size(),
                open.stream()
                        .limit(NEXT_STEPS_SHOWN)
                        .map(c -> about.say(c.title()))
                        .toList());
        LocalDate today = s.today();
        List<SharedDeadline> deadlines = coach.deadlines(s.owner(), DEADLINES_SHOWN).stream()
                .filter(d -> !d.on().isBefore(today))
                .map(d -> new SharedDeadline(d.on(), about.say(d.title())))
                .toList();
        List<SharedStory> stories = !link.showStories
                ? null
                : packetStories.cleared(s.owner(), STORIES_SHOWN).stream()
                        .map(w -> new SharedStory(
                                w.story().occurredOn(),
                                w.witnesses().isEmpty()
                                        ? null
                                        : String.join(
                                                " and ",
                                                w.witnesses().stream()
                                                        .map(s::writerName)
                                                        .sorted()
                                                        .toList()),
                                w.story().title(),
                                PacketService.storyText(w.story())))
                        .toList();
        List<SharedFeedback> feedback = !link.showFeedback
                ? null
                : Feedback.<Feedback>find("ownerId = ?1 order by receivedOn desc nulls last, createdAt desc", s.owner())
                        .list()
                        .stream()
                        .map(f -> new SharedFeedback(
                                f.receivedOn,
                                f.attendingId == null ? null : s.writerName(f.attendingId),
                                f.wentWell,
                                f.toImprove,
                                f.whatIChanged))
                        .toList();
        return new SharedAdviserPage(
                letters, about.portfolio(coach.portfolio(s.owner())), progress, deadlines, stories, feedback);
    }
}
