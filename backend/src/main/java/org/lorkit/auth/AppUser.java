package org.lorkit.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** An account (applicant, maybe also admin). Never leaves the API as is: see {@link AuthDtos.UserDto}. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    public UUID id;

    public String email;

    /** Lower-cased email: the unique key, so "Ana@X.org" and "ana@x.org" are one account. */
    @Column(name = "email_key")
    public String emailKey;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Access tokens issued before this instant are refused (log out everywhere). */
    @Column(name = "tokens_not_before")
    public Instant tokensNotBefore;

    @Column(name = "totp_secret")
    public String totpSecret;

    /** Set once the applicant proved their authenticator works; null = no second factor. */
    @Column(name = "totp_enabled_at")
    public Instant totpEnabledAt;

    @Column(name = "totp_last_step")
    public Long totpLastStep;

    /** APPLICANT, or ADMIN (who is an applicant too). */
    @Enumerated(EnumType.STRING)
    public Role role = Role.APPLICANT;

    /** Set while an admin has disabled the account. */
    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Version
    public long version;

    public boolean hasSecondFactor() {
        return totpEnabledAt != null;
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    public static String keyOf(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppUser> findByEmail(String email) {
        return find("emailKey", keyOf(email)).firstResultOptional();
    }
}
