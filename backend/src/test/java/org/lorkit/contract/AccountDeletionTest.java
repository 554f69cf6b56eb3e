package org.lorkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Fixture;

/**
 * The references that protect an applicant's records from silent loss (no ON DELETE action)
 * must not block deleting the whole account: removing the user removes every record of theirs,
 * and nobody else's.
 */
@QuarkusTest
class AccountDeletionTest {

    static final List<String> OWNED_TABLES =
            List.of("profile", "rotation", "attending", "story", "feedback", "letter_request", "program");

    @Inject
    EntityManager em;

    @Test
    void deletingAnAccountDeletesAllItsDomainDataAndNothingElse() {
        Applicant ana = Applicant.register();
        Fixture.create(ana, true);
        Applicant ben = Applicant.register();
        Fixture.create(ben, true);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM app_user WHERE email_key = ?1")
                        .setParameter(1, ana.email().toLowerCase())
                        .executeUpdate());
        for (String table : OWNED_TABLES) {
            assertEquals(0L, count(table, ana), table + " kept rows of a deleted account");
            assertEquals(1L, count(table, ben), table + " lost rows of another account");
        }
    }

    private long count(String table, Applicant who) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM " + table
                                        + " t JOIN app_user u ON u.id = t.owner_id WHERE u.email_key = ?1")
                                .setParameter(1, who.email().toLowerCase())
                                .getSingleResult())
                        .longValue());
    }
}
