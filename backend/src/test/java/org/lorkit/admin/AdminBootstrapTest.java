package org.lorkit.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.admin.AdminBootstrap.Outcome;
import org.lorkit.auth.AppUser;
import org.lorkit.auth.Role;
import org.lorkit.support.Admin;
import org.lorkit.support.Applicant;

/** LORKIT_ADMIN_EMAIL is one-time: it only creates a new account, only while no admin exists. Each test rolls back. */
@QuarkusTest
class AdminBootstrapTest {

    @Inject
    AdminBootstrap bootstrap;

    private static void noAdminYet() {
        AppUser.update("role = ?1 where role = ?2", Role.APPLICANT, Role.ADMIN);
    }

    @Test
    @TestTransaction
    void onceAnAdminExistsTheVariablesAreIgnored() {
        String other = "someone-" + UUID.randomUUID() + "@example.org";
        assertEquals(Outcome.ADMIN_EXISTS, bootstrap.ensureFirstAdmin(other, "another-long-passphrase"));
        assertEquals(0, AppUser.count("emailKey", other));
        assertEquals(Role.ADMIN, AppUser.findByEmail(Admin.EMAIL).orElseThrow().role);
    }

    @Test
    @TestTransaction
    void anExistingAccountIsNeverPromotedEvenWhileNoAdminExists() {
        // Registered over HTTP (its own, committed transaction); the rest rolls back.
        String email = Applicant.register().email();
        noAdminYet();
        assertEquals(Outcome.ACCOUNT_EXISTS, bootstrap.ensureFirstAdmin(email.toUpperCase(), null));
        assertEquals(Outcome.ACCOUNT_EXISTS, bootstrap.ensureFirstAdmin(" " + email + " ", "a-long-enough-passphrase"));
        assertEquals(Role.APPLICANT, AppUser.findByEmail(email).orElseThrow().role);
        assertEquals(0, AppUser.count("role", Role.ADMIN));
    }

    @Test
    @TestTransaction
    void thePlaceholderPasswordOfTheExampleEnvIsRefused() throws Exception {
        noAdminYet();
        String email = "new-admin-" + UUID.randomUUID() + "@example.org";
        assertEquals(Outcome.PLACEHOLDER_PASSWORD, bootstrap.ensureFirstAdmin(email, AdminBootstrap.PLACEHOLDER));
        assertEquals(
                Outcome.PLACEHOLDER_PASSWORD,
                bootstrap.ensureFirstAdmin(email, "replace-with-a-long-one-time-passphrase"));
        assertEquals(0, AppUser.count("emailKey", AppUser.keyOf(email)));
        // The very text the example env and the secret template carry.
        for (String file : java.util.List.of("../deploy/.env.example", "../deploy/k8s/base/secrets.template.yaml")) {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of(file));
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(AdminBootstrap.PLACEHOLDER), file);
        }
    }

    @Test
    @TestTransaction
    void aNewAccountIsCreatedOnlyWithAnAcceptablePassword() {
        noAdminYet();
        String email = "new-admin-" + UUID.randomUUID() + "@example.org";
        assertEquals(Outcome.PASSWORD_MISSING, bootstrap.ensureFirstAdmin(email, null));
        assertEquals(Outcome.PASSWORD_MISSING, bootstrap.ensureFirstAdmin(email, "short"));
        assertEquals(Outcome.CREATED, bootstrap.ensureFirstAdmin(email, "a-long-enough-passphrase"));
        assertEquals(Role.ADMIN, AppUser.findByEmail(email).orElseThrow().role);
        assertEquals(Outcome.ADMIN_EXISTS, bootstrap.ensureFirstAdmin(email, "a-long-enough-passphrase"));
    }

    @Test
    @TestTransaction
    void withoutAnEmailNothingHappens() {
        assertEquals(Outcome.NOT_CONFIGURED, bootstrap.ensureFirstAdmin(null, "whatever-passphrase"));
    }
}
