package org.lorkit.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Admin;
import org.lorkit.support.Applicant;

@QuarkusTest
class AdminAccountsTest {

    private static String idOf(Applicant who) {
        return who.request().get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static io.restassured.response.ValidatableResponse login(Applicant who) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", who.email(), "password", who.password()))
                .post("/api/v1/auth/login")
                .then();
    }

    @Test
    void theFirstAdminFromTheEnvironmentGetsTheAdminAndApplicantGroups() {
        String claims = claimsOf(Admin.login().accessToken());
        assertTrue(claims.contains("\"admin\"") && claims.contains("\"applicant\""), claims);
        assertFalse(claimsOf(Applicant.register().accessToken()).contains("\"admin\""));
    }

    @Test
    void anAdminIsAnApplicantToo() {
        Admin.login()
                .request()
                .body(Map.of("title", "Admin's own story"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
    }

    @Test
    void anApplicantGets403ProblemOnEveryAdminOperation() {
        Applicant ana = Applicant.register();
        String someone = idOf(Applicant.register());
        List.of(
                        ana.request().get("/api/v1/admin/users"),
                        ana.request().get("/api/v1/admin/users/" + someone),
                        ana.request().post("/api/v1/admin/users/" + someone + "/disable"),
                        ana.request().post("/api/v1/admin/users/" + someone + "/enable"),
                        ana.request().delete("/api/v1/admin/users/" + someone),
                        ana.request().get("/api/v1/admin/stats"))
                .forEach(r -> r.then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("status", equalTo(403))
                        .body("type", equalTo("urn:lorkit:problem:forbidden")));
    }

    @Test
    void withoutATokenAdminOperationsAre401() {
        given().get("/api/v1/admin/users").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/admin/stats").then().statusCode(401);
    }

    @Test
    void theListShowsIdentityStateAndCountsButNeverContent() {
        Applicant ana = Applicant.register();
        String secretTitle = "Confidential-case-" + UUID.randomUUID();
        ana.request()
                .body(Map.of("title", secretTitle, "summary", "very private summary"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        ana.request()
                .body(Map.of("title", "second"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        String body = Admin.login()
                .request()
                .queryParam("q", ana.email())
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].email", equalTo(ana.email()))
                .body("items[0].displayName", equalTo("Test Applicant"))
                .body("items[0].role", equalTo("APPLICANT"))
                .body("items[0].disabled", equalTo(false))
                .body("items[0].disabledAt", nullValue())
                .body("items[0].createdAt", notNullValue())
                .body("items[0].lastActiveAt", notNullValue())
                .body("items[0].storyCount", equalTo(2))
                .body("items[0]", not(hasKey("passwordHash")))
                .extract()
                .asString();
        assertFalse(body.contains(secretTitle) || body.contains("private summary"), "admin list leaked story content");
    }

    @Test
    void theListIsPagedSortedAndChecksItsParameters() {
        Admin admin = Admin.login();
        Applicant.register();
        Applicant.register();
        admin.request()
                .queryParam("size", 2)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("total", greaterThanOrEqualTo(3));
        admin.request()
                .queryParam("sort", "email,asc")
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200);
        admin.request()
                .queryParam("size", 101)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
        admin.request()
                .queryParam("sort", "passwordHash")
                .get("/api/v1/admin/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        admin.request()
                .queryParam("q", "100%_\\")
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aDisabledAccountCannotLogInRefreshOrUseItsAccessToken() {
        Admin admin = Admin.login();
        Applicant ana = Applicant.register();
        String id = idOf(ana);
        admin.request()
                .post("/api/v1/admin/users/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true))
                .body("disabledAt", notNullValue());

        ana.request().get("/api/v1/stories").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        login(ana)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lorkit:problem:account-disabled"));
        // A wrong password still gets the plain answer: a guesser learns nothing.
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email(), "password", "not-the-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);

        admin.request()
                .post("/api/v1/admin/users/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true));
        admin.request()
                .post("/api/v1/admin/users/" + id + "/enable")
                .then()
                .statusCode(200)
                .body("disabled", equalTo(false))
                .body("disabledAt", nullValue());
        // Sessions revoked while disabled stay ended; a new login works.
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        String token = login(ana).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/stories").then().statusCode(200);
    }

    @Test
    void anAdminCannotDisableOrDeleteThemself() {
        Admin admin = Admin.login();
        String self = admin.request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        admin.request()
                .post("/api/v1/admin/users/" + self + "/disable")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        admin.request()
                .delete("/api/v1/admin/users/" + self)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        admin.request()
                .get("/api/v1/admin/users/" + self)
                .then()
                .statusCode(200)
                .body("role", equalTo("ADMIN"));
    }

    @Test
    void deletingAnAccountRemovesItAndEverythingItOwns() {
        Admin admin = Admin.login();
        Applicant ana = Applicant.register();
        String id = idOf(ana);
        ana.request()
                .body(Map.of("title", "will be gone"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        long storiesBefore = admin.request()
                .get("/api/v1/admin/stats")
                .then()
                .extract()
                .<Number>path("stories")
                .longValue();

        String etag = admin.request()
                .get("/api/v1/admin/users/" + id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        admin.request()
                .header("If-Match", "\"999\"")
                .delete("/api/v1/admin/users/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        admin.request()
                .header("If-Match", etag)
                .delete("/api/v1/admin/users/" + id)
                .then()
                .statusCode(204);

        admin.request().get("/api/v1/admin/users/" + id).then().statusCode(404).contentType("application/problem+json");
        admin.request().delete("/api/v1/admin/users/" + id).then().statusCode(404);
        login(ana).statusCode(401);
        ana.request().get("/api/v1/stories").then().statusCode(401);
        long storiesAfter = admin.request()
                .get("/api/v1/admin/stats")
                .then()
                .extract()
                .<Number>path("stories")
                .longValue();
        assertTrue(storiesAfter <= storiesBefore - 1, "the account's stories were not deleted");
    }

    @Test
    void unknownIdsAre404AndMalformedIdsToo() {
        Admin admin = Admin.login();
        admin.request()
                .post("/api/v1/admin/users/" + UUID.randomUUID() + "/disable")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        admin.request().post("/api/v1/admin/users/not-a-uuid/enable").then().statusCode(404);
    }

    @Test
    void statsAreCountsOnly() {
        Admin admin = Admin.login();
        long before = admin.request()
                .get("/api/v1/admin/stats")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("accounts")
                .longValue();
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("title", "counted"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        admin.request()
                .get("/api/v1/admin/stats")
                .then()
                .statusCode(200)
                .body("accounts", equalTo((int) before + 1))
                .body("admins", greaterThanOrEqualTo(1))
                .body("disabledAccounts", greaterThanOrEqualTo(0))
                .body("activeLast30Days", greaterThanOrEqualTo(2))
                .body("stories", greaterThanOrEqualTo(1))
                .body("storiesLast30Days", greaterThanOrEqualTo(1))
                .body("at", notNullValue());
    }
}
