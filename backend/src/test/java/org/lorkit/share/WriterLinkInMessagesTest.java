package org.lorkit.share;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/**
 * The packet email and the formal request can hand the writer their page in one sentence, and only a live
 * writer's link of that same letter: another letter's link, a revoked one or a made-up address is a 422, so a
 * writer never gets a link that opens nothing or someone else's page.
 */
@QuarkusTest
class WriterLinkInMessagesTest extends OnASharingSeason {

    static final String SENTENCE = "Everything for this letter, with a button to tell me when it is uploaded: ";

    private io.restassured.response.Response messages(String letterId, String url) {
        var request = s.ana.request().queryParam("letterId", letterId);
        return (url == null ? request : request.queryParam("shareUrl", url)).get("/api/v1/messages");
    }

    private static String body(JsonPath messages, String kind) {
        return messages.getString("messages.find { it.kind == '" + kind + "' }.body");
    }

    @Test
    void thePacketEmailAndTheFormalRequestCarryTheWritersPageAndNothingElseChanges() {
        String url = s.writerLink(s.mitchellLetter).getString("url");
        JsonPath plain = messages(s.mitchellLetter, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath linked =
                messages(s.mitchellLetter, url).then().statusCode(200).extract().jsonPath();
        for (String kind : new String[] {"PACKET_EMAIL", "FORMAL_REQUEST"}) {
            String with = body(linked, kind);
            assertTrue(with.contains("\n\n" + SENTENCE + url + "\n\nWith thanks,\nTest Applicant"), with);
            assertEquals(
                    body(plain, kind).replace("\n\nWith thanks,", "\n\n" + SENTENCE + url + "\n\nWith thanks,"), with);
            assertFalse(body(plain, kind).contains("/#/s/"), "without the parameter the email is unchanged");
            String mailto = linked.getString("messages.find { it.kind == '" + kind + "' }.mailto");
            assertTrue(mailto.contains(URLEncoder.encode(url, StandardCharsets.UTF_8)), mailto);
        }
        // Scripts said in person do not read out an address.
        assertEquals(body(plain, "DIRECT_ASK"), body(linked, "DIRECT_ASK"));
    }

    @Test
    void anotherLettersLinkARevokedOneOrAMadeUpAddressIs422() {
        String okafors = s.writerLink(s.okaforLetter).getString("url");
        messages(s.mitchellLetter, okafors)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("shareUrl"))
                .body(
                        "detail",
                        equalTo("shareUrl: this is not a working writer's link for this letter: make a new one on the "
                                + "letter and use that."));

        JsonPath mitchells = s.writerLink(s.mitchellLetter);
        s.ana.request()
                .delete("/api/v1/share-links/" + mitchells.getString("id"))
                .then()
                .statusCode(204);
        messages(s.mitchellLetter, mitchells.getString("url")).then().statusCode(422);

        String adviser = s.adviserLink(false, false).getString("url");
        messages(s.mitchellLetter, adviser).then().statusCode(422);
        messages(
                        s.mitchellLetter,
                        "https://evil.example.com/#/s/" + SharingSeason.token(s.writerLink(s.mitchellLetter)))
                .then()
                .statusCode(422);

        // Another applicant cannot put Ana's live link into her own messages.
        String live = s.writerLink(s.mitchellLetter).getString("url");
        messages(s.mitchellLetter, live).then().statusCode(200);
        Applicant bob = Applicant.register();
        bob.request()
                .queryParam("letterId", s.mitchellLetter)
                .queryParam("shareUrl", live)
                .get("/api/v1/messages")
                .then()
                .statusCode(404);
    }
}
