package org.lorkit.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Admin;
import org.lorkit.support.Applicant;
import org.lorkit.support.OnTheTestClock;

/**
 * The private calendar address is a credential (ASVS 5.0 7.4.1, 7.4.3: ending a session ends what it
 * gave out): it stops working with a password change, "log out everywhere", an admin disabling the
 * account and the account's delete, and can be made with an end of its own (issue 19, item 6).
 */
@QuarkusTest
class CalendarTokenEndsTest extends OnTheTestClock {

    private static String feed(Applicant who) {
        String path = who.request()
                .post("/api/v1/calendar/token")
                .then()
                .statusCode(200)
                .extract()
                .path("path");
        given().get(path).then().statusCode(200).body(containsString("BEGIN:VCALENDAR"));
        return path;
    }

    private static void gone(String path) {
        given().get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("make a new one"));
    }

    private static String id(Applicant who) {
        return who.request().get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    @Test
    void asvs_7_4_1_aPasswordChangeEndsTheCalendarAddress() {
        Applicant ana = Applicant.register();
        String path = feed(ana);
        String newAccess = ana.request()
                .body(Map.of("currentPassword", Applicant.PASSWORD, "newPassword", "night-float-on-5-west-again"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        gone(path);
        // A new address made after the change works.
        Applicant after = new Applicant(ana.email(), "night-float-on-5-west-again", newAccess, null);
        feed(after);
    }

    @Test
    void asvs_7_4_3_logOutEverywhereEndsTheCalendarAddress() {
        Applicant ana = Applicant.register();
        String path = feed(ana);
        ana.request().post("/api/v1/auth/logout-everywhere").then().statusCode(204);
        gone(path);
    }

    @Test
    void asvs_7_4_2_aDisabledAccountsFeedIs404AndStaysEndedWhenEnabledAgain() {
        Applicant ana = Applicant.register();
        String path = feed(ana);
        String id = id(ana);
        Admin admin = Admin.login();
        admin.request().post("/api/v1/admin/users/" + id + "/disable").then().statusCode(200);
        gone(path);
        admin.request().post("/api/v1/admin/users/" + id + "/enable").then().statusCode(200);
        gone(path);
    }

    @Test
    void asvs_7_4_2_deletingTheAccountEndsTheCalendarAddress() {
        Applicant ana = Applicant.register();
        String path = feed(ana);
        ana.request()
                .body(Map.of("password", Applicant.PASSWORD))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
        gone(path);
    }

    @Test
    void anAddressMadeWithValidDaysEndsThenAndOneWithoutHasNoEnd() {
        on("2027-02-01");
        Applicant ana = Applicant.register();
        String path = ana.request()
                .queryParam("validDays", 30)
                .post("/api/v1/calendar/token")
                .then()
                .statusCode(200)
                .body("expiresAt", equalTo("2027-03-03T12:00:00Z"))
                .extract()
                .path("path");
        clock.advance(Duration.ofDays(30).minusMinutes(1));
        given().get(path).then().statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        gone(path);

        // As the app sends it: no body, no content type.
        given().auth()
                .oauth2(ana.accessToken())
                .post("/api/v1/calendar/token")
                .then()
                .statusCode(200)
                .body("expiresAt", nullValue());
        ana.request()
                .queryParam("validDays", 0)
                .post("/api/v1/calendar/token")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("validDays"));
    }

    @Test
    void anotherApplicantsPasswordChangeLeavesMyAddressWorking() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String anas = feed(ana);
        ben.request().post("/api/v1/auth/logout-everywhere").then().statusCode(204);
        given().get(anas).then().statusCode(200);
    }
}
