package org.lorkit.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** The first admin, created at start from lorkit.admin.* (see %test in application.properties). */
public record Admin(String accessToken) {

    public static final String EMAIL = "admin@lorkit.test";
    public static final String PASSWORD = "first-admin-passphrase";

    public static Admin login() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", EMAIL, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        return new Admin(token);
    }

    public RequestSpecification request() {
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON);
    }
}
