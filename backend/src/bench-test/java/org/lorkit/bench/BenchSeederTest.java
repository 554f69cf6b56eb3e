package org.lorkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** The bench seeder goes through the services (their rules hold), adds only what is missing, and knows real accounts. */
@QuarkusTest
class BenchSeederTest {

    @Inject
    BenchSeeder seeder;

    @Test
    void seedingIsIdempotentFollowsThePhiRulesAndSeededApplicantsCanLogIn() throws Exception {
        // The first applicants of `make bench` (seed 42): among them one applying through ResidencyCAS, whose
        // letters must stop before a request while that service is closed, as the letter rules say.
        BenchSeeder.Totals first = seeder.seed(4, 1, 42);
        BenchSeeder.Totals again = seeder.seed(4, 1, 42);
        assertEquals(0, first.failed.get(), "no seeded applicant breaks a rule of the services");
        assertEquals(0, first.storiesWithWarnings.get(), "seeded stories carry no patient identifiers");
        assertEquals(4, first.applicants.get() + first.skipped.get());
        assertTrue(first.rotations.get() >= 3 * first.applicants.get(), "3 to 6 rotations each");
        assertEquals(4, again.skipped.get(), "a second run adds nothing");
        assertEquals(0, again.applicants.get());

        String token = RestAssured.given().contentType("application/json")
                .body(Map.of("email", BenchSeeder.email(0), "password", BenchSeeder.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        int rotations = RestAssured.given().auth().oauth2(token).get("/api/v1/rotations").then().statusCode(200).extract().path("total");
        assertTrue(rotations >= 3 && rotations <= 6, "3 to 6 rotations, got " + rotations);
    }

    @Test
    void aDatabaseWithRealAccountsIsRefused() {
        Applicant.register();
        assertTrue(seeder.otherAccounts() > 0, "the seed command refuses to run when this is not zero");
    }
}
