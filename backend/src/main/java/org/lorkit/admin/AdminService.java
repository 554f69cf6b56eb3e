package org.lorkit.admin;

import static org.lorkit.common.NativeRows.instant;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.lorkit.admin.AdminDtos.AdminStats;
import org.lorkit.admin.AdminDtos.AdminUser;
import org.lorkit.admin.AdminDtos.AdminUserPage;
import org.lorkit.auth.AppUser;
import org.lorkit.auth.RefreshToken;
import org.lorkit.auth.Role;
import org.lorkit.common.Etags;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;

/**
 * Account administration. Reads are counts and identity only: nothing here selects a
 * story's or a note's text. Every change is logged with ids (who did what to whom).
 */
@ApplicationScoped
public class AdminService {

    private static final Logger LOG = Logger.getLogger(AdminService.class);
    /** API field → column of app_user. */
    static final Map<String, String> SORTABLE =
            Map.of("createdAt", "created_at", "email", "email_key", "displayName", "display_name");

    static final String DEFAULT_SORT = "createdAt,desc";
    static final Duration ACTIVE_WINDOW = Duration.ofDays(30);

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public AdminUserPage list(PageRequest request, String query) {
        String where = "";
        String pattern = null;
        if (query != null && !query.isBlank()) {
            pattern = "%"
                    + query.trim()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            where = " WHERE u.email_key LIKE :q OR lower(u.display_name) LIKE :q";
        }
        String order = request.sort().getColumns().stream()
                .map(c -> "u." + c.getName() + (c.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        var select = em.createNativeQuery("""
                SELECT u.id AS id, u.email AS email, u.display_name AS display_name, u.role AS role,
                       u.created_at AS created_at, u.disabled_at AS disabled_at,
                       (SELECT max(r.issued_at) FROM refresh_token r WHERE r.user_id = u.id) AS last_login_at,
                       (SELECT count(*) FROM story s WHERE s.owner_id = u.id) AS stories, u.version AS version
                FROM app_user u""" + where + " ORDER BY " + order, Tuple.class)
                .setFirstResult(request.page() * request.size())
                .setMaxResults(request.size());
        var count = em.createNativeQuery("SELECT count(*) FROM app_user u" + where);
        if (pattern != null) {
            select.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        List<AdminUser> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            items.add(toDto((Tuple) row));
        }
        return new AdminUserPage(items, request.page(), request.size(), ((Number) count.getSingleResult()).longValue());
    }

    @Transactional
    public AdminUser get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows =
                em.createNativeQuery("""
                SELECT u.id AS id, u.email AS email, u.display_name AS display_name, u.role AS role,
                       u.created_at AS created_at, u.disabled_at AS disabled_at,
                       (SELECT max(r.issued_at) FROM refresh_token r WHERE r.user_id = u.id) AS last_login_at,
                       (SELECT count(*) FROM story s WHERE s.owner_id = u.id) AS stories, u.version AS version
                FROM app_user u WHERE u.id = :id""", Tuple.class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw noSuchAccount();
        }
        return toDto(rows.get(0));
    }

    /** No login, no refresh; its sessions end now and its access tokens stop working. */
    @Transactional
    public AdminUser disable(UUID adminId, UUID id) {
        AppUser user = account(id);
        if (adminId.equals(id)) {
            throw ProblemException.conflict("You cannot disable your own account; ask another admin.");
        }
        Instant now = clock.instant();
        if (user.disabledAt == null) {
            user.disabledAt = now;
            long sessions = RefreshToken.update("revokedAt = ?1 where userId = ?2 and revokedAt is null", now, id);
            LOG.infof("Admin %s disabled account %s (%d session tokens revoked)", adminId, id, sessions);
        }
        em.flush();
        return get(id);
    }

    @Transactional
    public AdminUser enable(UUID adminId, UUID id) {
        AppUser user = account(id);
        if (user.disabledAt != null) {
            user.disabledAt = null;
            LOG.infof("Admin %s enabled account %s", adminId, id);
        }
        em.flush();
        return get(id);
    }

    /** Deletes the account and, through the database's ON DELETE CASCADE, everything it owns. */
    @Transactional
    public void delete(UUID adminId, UUID id, String ifMatch) {
        if (adminId.equals(id)) {
            throw ProblemException.conflict("You cannot delete your own account here; ask another admin.");
        }
        Etags.requireMatch(ifMatch, account(id).version);
        int deleted = em.createNativeQuery("DELETE FROM app_user WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
        if (deleted == 0) {
            throw noSuchAccount();
        }
        // What stays: the id and the moment, without personal data (as after DELETE /me).
        em.createNativeQuery(
                        "INSERT INTO account_tombstone (account_id, deleted_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, clock.instant())
                .executeUpdate();
        LOG.infof("Admin %s deleted account %s", adminId, id);
    }

    @Transactional
    public AdminStats stats() {
        Instant now = clock.instant();
        OffsetDateTime since = now.minus(ACTIVE_WINDOW).atOffset(java.time.ZoneOffset.UTC);
        Tuple row = (Tuple) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM app_user) AS accounts,
                       (SELECT count(*) FROM app_user WHERE role = 'ADMIN') AS admins,
                       (SELECT count(*) FROM app_user WHERE disabled_at IS NOT NULL) AS disabled,
                       (SELECT count(DISTINCT user_id) FROM refresh_token WHERE issued_at >= :since) AS active,
                       (SELECT count(*) FROM story) AS stories,
                       (SELECT count(*) FROM story WHERE created_at >= :since) AS new_stories""", Tuple.class)
                .setParameter("since", since)
                .getSingleResult();
        return new AdminStats(
                n(row.get("accounts")),
                n(row.get("admins")),
                n(row.get("disabled")),
                n(row.get("active")),
                n(row.get("stories")),
                n(row.get("new_stories")),
                now);
    }

    private static AppUser account(UUID id) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw noSuchAccount();
        }
        return user;
    }

    private static ProblemException noSuchAccount() {
        return new ProblemException(ProblemType.NOT_FOUND, "No account with this id exists.", null);
    }

    private static AdminUser toDto(Tuple r) {
        Instant disabledAt = instant(r.get("disabled_at"));
        return new AdminUser(
                r.get("id", UUID.class),
                r.get("email", String.class),
                r.get("display_name", String.class),
                Role.valueOf(r.get("role", String.class)),
                instant(r.get("created_at")),
                disabledAt != null,
                disabledAt,
                instant(r.get("last_login_at")),
                n(r.get("stories")),
                n(r.get("version")));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
