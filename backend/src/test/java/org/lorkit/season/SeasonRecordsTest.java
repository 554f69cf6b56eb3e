package org.lorkit.season;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Admin;
import org.lorkit.support.Applicant;

/** Season calendars are data: shipped for 2027 and 2028, read by applicants, corrected by admins. */
@QuarkusTest
class SeasonRecordsTest {

    private static final String ERAS_2028 = "7d0c2a4e-2028-4e5a-9a11-000000002028";
    private static final String CAS_2027 = "5c1b3f6d-2027-4c2b-8b22-000000002027";

    @Test
    void the2027And2028SeasonsOfBothServicesShipAsData() {
        JsonPath all = Applicant.register()
                .request()
                .get("/api/v1/seasons")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> names = all.getList("collect { it.service + ' ' + it.year }");
        assertEquals(List.of("ERAS 2027", "ERAS 2028", "RESIDENCYCAS 2027", "RESIDENCYCAS 2028"), names.subList(0, 4));
        Map<String, Object> eras2028 = all.getMap("find { it.service == 'ERAS' && it.year == 2028 }");
        assertEquals("2027-06-02", eras2028.get("opensOn"));
        assertEquals("2027-09-01", eras2028.get("submissionOpensOn"));
        assertEquals("2028-03-17", eras2028.get("matchDay"));
        assertEquals(2027, eras2028.get("rulesOf"));
        assertEquals(null, eras2028.get("programDeadlineOn"));
        Map<String, Object> cas2027 = all.getMap("find { it.service == 'RESIDENCYCAS' && it.year == 2027 }");
        assertEquals("2026-09-23", cas2027.get("programDeadlineOn"));
    }

    @Test
    void unconfirmedDatesSayTheyAreUnconfirmed() {
        var answer = Applicant.register()
                .request()
                .get("/api/v1/seasons/" + ERAS_2028)
                .then()
                .statusCode(200)
                .body("unverified", hasItems("opensOn", "matchDay"))
                .extract();
        assertEquals("\"" + answer.path("version") + "\"", answer.header("ETag"));
    }

    @Test
    void anAdminCorrectsADateAndConfirmsIt() {
        Admin admin = Admin.login();
        Map<String, Object> original = inputOf(admin.request()
                .get("/api/v1/seasons/" + CAS_2027)
                .then()
                .extract()
                .jsonPath());
        Map<String, Object> body = new HashMap<>(original);
        body.put("submissionOpensOn", "2026-09-03");
        body.put("unverified", List.of("matchDay"));
        String etag = admin.request()
                .get("/api/v1/seasons/" + CAS_2027)
                .then()
                .extract()
                .header("ETag");
        admin.request()
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/admin/seasons/" + CAS_2027)
                .then()
                .statusCode(200)
                .body("submissionOpensOn", equalTo("2026-09-03"))
                .body("unverified", equalTo(List.of("matchDay")));
        // A second admin still holding the old ETag is told someone changed it first.
        admin.request()
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/admin/seasons/" + CAS_2027)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        admin.request()
                .body(original)
                .put("/api/v1/admin/seasons/" + CAS_2027)
                .then()
                .statusCode(200);
    }

    @Test
    void datesOutOfOrderAreRefusedNamingTheField() {
        Admin admin = Admin.login();
        Map<String, Object> body = inputOf(admin.request()
                .get("/api/v1/seasons/" + ERAS_2028)
                .then()
                .extract()
                .jsonPath());
        body.put("matchDay", "2028-02-01");
        body.put("programDeadlineOn", "2027-09-22");
        body.put("unverified", List.of("someday"));
        admin.request()
                .body(body)
                .put("/api/v1/admin/seasons/" + ERAS_2028)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("matchDay", "programDeadlineOn", "unverified"))
                .body("errors.find { it.field == 'matchDay' }.message", containsString("after rankListDeadlineOn"));
    }

    @Test
    void applicantsReadSeasonsButOnlyAdminsChangeThem() {
        Applicant ana = Applicant.register();
        Map<String, Object> body = inputOf(ana.request()
                .get("/api/v1/seasons/" + ERAS_2028)
                .then()
                .extract()
                .jsonPath());
        ana.request()
                .body(body)
                .put("/api/v1/admin/seasons/" + ERAS_2028)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        ana.request()
                .get("/api/v1/seasons/00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No season"));
        ana.request().get("/api/v1/seasons").then().body("service", hasItem("RESIDENCYCAS"));
    }

    private static Map<String, Object> inputOf(JsonPath season) {
        Map<String, Object> body = new HashMap<>(season.getMap(""));
        List.of("id", "service", "year", "updatedAt", "version").forEach(body::remove);
        return body;
    }
}
