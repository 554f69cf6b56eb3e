package org.lorkit.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** An account (applicant, maybe also admin). Never leaves the API as is: see {@link AuthDtos.UserDto}. */
@Entity
public class AppUser extends PanacheEntityBase {

    @Id
    public UUID id;

    public String email;

    /** Lower-cased email: the unique key, so "Ana@X.org" and "ana@x.org" are one account. */
    public String emailKey;

    public String displayName;

    public String passwordHash;

    /** When the applicant opened the confirmation link mailed to {@link #email}; null: not confirmed. */
    public Instant emailVerifiedAt;

    public Instant createdAt;

    /** Access tokens issued before this instant are refused (log out everywhere). */
    public Instant tokensNotBefore;

    public String totpSecret;

    /** Set once the applicant proved their authenticator works; null = no second factor. */
    public Instant totpEnabledAt;

    public Long totpLastStep;

    /** APPLICANT, or ADMIN (who is an applicant too). */
    @Enumerated(EnumType.STRING)
    public Role role = Role.APPLICANT;

    /** Set while an admin has disabled the account. */
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
