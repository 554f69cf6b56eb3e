package org.lorkit.share;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lorkit.attending.Attending;
import org.lorkit.auth.LoggedOutEverywhere;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Sha256;
import org.lorkit.letter.LetterRequest;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.profile.ProfileService;

/**
 * The applicant's shared links: made (the token shown once, only its hash kept), listed with their views,
 * revoked, and ended together on "log out everywhere" when she asks. The token is 32 bytes of SecureRandom
 * (256 bits), base64url.
 */
@ApplicationScoped
public class ShareLinkService {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    /** An adviser link lasts this long unless the applicant says otherwise, and never longer than the maximum. */
    static final int ADVISER_DEFAULT_DAYS = 30;

    static final int ADVISER_MAX_DAYS = 180;

    /** 32 bytes, base64url without padding: 43 characters. */
    static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    /** Where the app opens a shared link: {@code <public url>/#/s/<token>}. */
    static final String APP_PATH = "/#/s/";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    LorkitConfig config;

    @Inject
    ProfileService profiles;

    @Transactional
    public ShareLinkDto create(UUID owner, ShareLinkInput input) {
        LocalDate today = profiles.facts(owner).today();
        Instant now = clock.instant();
        ShareLink link = new ShareLink();
        link.id = UUID.randomUUID();
        link.ownerId = owner;
        link.kind = input.kind();
        link.createdAt = now;
        link.label = blankToNull(input.label());
        LetterRequest letter = null;
        if (input.kind() == ShareLinkKind.WRITER) {
            if (input.letterId() == null) {
                throw ProblemException.invalid("letterId", "name the letter request this writer's page is for");
            }
            letter = LetterRequest.findById(input.letterId());
            if (letter == null || !letter.ownerId.equals(owner)) {
                throw ProblemException.notFound("letter request");
            }
            if (letter.leftBehind()) {
                throw ProblemException.conflict(
                        "letterId",
                        "this letter request stayed in a season you left, so its writer cannot get a page for it");
            }
            if (letter.status.next().isEmpty()) {
                throw ProblemException.conflict(
                        "letterId",
                        "this letter is " + letter.status.label()
                                + ", so there is nothing left for the writer to do: no page is needed");
            }
            link.letterId = letter.id;
            // An old forwarded mail must stop working: the earlier writer links of this letter end now.
            em.createNativeQuery("""
                    UPDATE share_link SET ended_at = ?1, version = version + 1
                    WHERE letter_id = ?2 AND kind = 'WRITER' AND revoked_at IS NULL AND ended_at IS NULL""")
                    .setParameter(1, now.atOffset(ZoneOffset.UTC))
                    .setParameter(2, letter.id)
                    .executeUpdate();
        } else {
            LocalDate expires = input.expiresOn() == null ? today.plusDays(ADVISER_DEFAULT_DAYS) : input.expiresOn();
            new FieldErrors()
                    .check(input.letterId() == null, "letterId", "leave it empty for an adviser's link")
                    .check(
                            link.label != null,
                            "label",
                            "say who this link is for (for example \"Dr Adeyemi, my adviser\")")
                    .check(!expires.isBefore(today), "expiresOn", "must be today or later")
                    .check(
                            !expires.isAfter(today.plusDays(ADVISER_MAX_DAYS)),
                            "expiresOn",
                            "can be at most " + ADVISER_MAX_DAYS + " days from today ("
                                    + today.plusDays(ADVISER_MAX_DAYS) + ")")
                    .throwIfAny();
            link.expiresOn = expires;
            link.showStories = Boolean.TRUE.equals(input.showStories());
            link.showFeedback = Boolean.TRUE.equals(input.showFeedback());
        }
        String token = newToken();
        link.tokenHash = Sha256.hex(token);
        link.persistAndFlush();
        String base = config.publicUrl().replaceAll("/+$", "");
        return dto(link, letter, writerNames(owner, letter == null ? List.of() : List.of(letter.attendingId)), today)
                .withUrl(base + APP_PATH + token);
    }

    @Transactional
    public ShareLinkPage list(UUID owner, PageRequest request) {
        var query = ShareLink.<ShareLink>find("ownerId", request.sort(), owner).page(request.page(), request.size());
        List<ShareLink> links = query.list();
        Map<UUID, LetterRequest> letters = letters(
                links.stream().map(l -> l.letterId).filter(id -> id != null).collect(Collectors.toSet()));
        Map<UUID, String> names = writerNames(
                owner, letters.values().stream().map(l -> l.attendingId).toList());
        LocalDate today = profiles.facts(owner).today();
        List<ShareLinkDto> items = links.stream()
                .map(l -> dto(l, letters.get(l.letterId), names, today))
                .toList();
        return new ShareLinkPage(items, request.page(), request.size(), query.count());
    }

    @Transactional
    public ShareLinkDto get(UUID owner, UUID id) {
        ShareLink link = owned(owner, id);
        LetterRequest letter = link.letterId == null ? null : LetterRequest.findById(link.letterId);
        return dto(
                link,
                letter,
                writerNames(owner, letter == null ? List.of() : List.of(letter.attendingId)),
                profiles.facts(owner).today());
    }

    /** Revokes at once; the record stays (REVOKED). Revoking again changes nothing; a stale If-Match answers 412. */
    @Transactional
    public void revoke(UUID owner, UUID id, String ifMatch) {
        Etags.requireMatch(ifMatch, owned(owner, id).version);
        em.createNativeQuery(
                        "UPDATE share_link SET revoked_at = ?1, version = version + 1 WHERE id = ?2 AND revoked_at IS NULL")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(2, id)
                .executeUpdate();
    }

    /** "Log out everywhere" with endShareLinks: every live link of the account is revoked in the same transaction. */
    void onLoggedOutEverywhere(@Observes LoggedOutEverywhere event) {
        if (!event.endShareLinks()) {
            return;
        }
        em.createNativeQuery("""
                UPDATE share_link SET revoked_at = ?1, version = version + 1
                WHERE owner_id = ?2 AND revoked_at IS NULL AND ended_at IS NULL""")
                .setParameter(1, event.at().atOffset(ZoneOffset.UTC))
                .setParameter(2, event.userId())
                .executeUpdate();
    }

    /**
     * Whether {@code url} is this app's share address whose token belongs to a live writer link of that letter
     * of the owner's (so a message never hands a writer a dead link, or another letter's).
     */
    @Transactional
    public boolean isLiveWriterUrl(UUID owner, UUID letterId, String url) {
        String base = config.publicUrl().replaceAll("/+$", "") + APP_PATH;
        if (url == null || !url.startsWith(base)) {
            return false;
        }
        String token = url.substring(base.length());
        if (!TOKEN.matcher(token).matches()) {
            return false;
        }
        ShareLink link = byToken(token);
        if (link == null
                || !link.ownerId.equals(owner)
                || link.kind != ShareLinkKind.WRITER
                || !letterId.equals(link.letterId)) {
            return false;
        }
        LetterRequest letter = LetterRequest.findById(letterId);
        return link.state(letter, profiles.facts(owner).today()) == ShareLinkState.ACTIVE;
    }

    /** The link a token opens, or null (the token is hashed first: the table holds nothing else to match). */
    static ShareLink byToken(String token) {
        return ShareLink.<ShareLink>find("tokenHash", Sha256.hex(token))
                .firstResultOptional()
                .orElse(null);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static ShareLinkDto dto(ShareLink l, LetterRequest letter, Map<UUID, String> names, LocalDate today) {
        return new ShareLinkDto(
                l.id,
                l.kind,
                l.letterId,
                letter == null ? null : names.get(letter.attendingId),
                l.label,
                l.showStories,
                l.showFeedback,
                l.createdAt,
                l.expiresOn,
                l.state(letter, today),
                l.revokedAt,
                l.viewCount,
                l.lastViewedAt,
                null,
                l.version);
    }

    private static ShareLink owned(UUID owner, UUID id) {
        ShareLink link = ShareLink.findById(id);
        if (link == null || !link.ownerId.equals(owner)) {
            throw ProblemException.notFound("share link");
        }
        return link;
    }

    private static Map<UUID, LetterRequest> letters(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return LetterRequest.<LetterRequest>list("id in :ids", Parameters.with("ids", ids)).stream()
                .collect(Collectors.toMap(l -> l.id, l -> l));
    }

    private static Map<UUID, String> writerNames(UUID owner, Collection<UUID> attendingIds) {
        Map<UUID, String> names = new HashMap<>();
        if (attendingIds.isEmpty()) {
            return names;
        }
        Attending.<Attending>list(
                        "ownerId = :owner and id in :ids",
                        Parameters.with("owner", owner).and("ids", attendingIds))
                .forEach(a -> names.put(a.id, a.name));
        return names;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
