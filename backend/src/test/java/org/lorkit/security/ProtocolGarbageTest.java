package org.lorkit.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bytes that are not valid HTTP/1.1 (bad percent-escapes, a Content-Length that is no number or
 * given twice, a space in a header name, broken chunk framing, a request line or headers beyond
 * the codec's absolute limits) are refused with a 4xx or a closed connection: never a 5xx,
 * never a hung connection.
 *
 * <p>Their answers come from Vert.x' HTTP codec (its default invalid-request handler), before
 * Quarkus' router runs, so they carry no problem+json body: Quarkus does not expose
 * HttpServer#invalidRequestHandler. Requests within the codec's limits but over the API's
 * (org.lorkit.security.HttpEdge) do get problem+json, see HttpEdgeProblemsTest.
 */
@QuarkusTest
class ProtocolGarbageTest {

    private static final String[] GARBAGE = {
        "GET /api/v1/stories/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /api/v1/stories?page=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "POST /api/v1/stories HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}",
        "POST /api/v1/stories HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}",
        "POST /api/v1/stories HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
        "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n",
        "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "z".repeat(70_000) + "\r\n\r\n",
        "GET /api/v1/me?" + "q".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "\u0000\u0001\u0002 garbage\r\n\r\n",
    };

    @Test
    void requestsThatAreNotHttpGetA4xxOrAClosedConnectionNeverA5xxOrAHang() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String request : GARBAGE) {
            String statusLine = send(request);
            boolean refused = statusLine.isEmpty() || statusLine.matches("HTTP/1\\.[01] 4\\d\\d.*");
            if (!refused) {
                wrong.add(request.substring(0, Math.min(60, request.length())).replace("\r\n", "\\r\\n") + " => "
                        + statusLine);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The status line of the answer, "" when the server just closed the connection. */
    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        } catch (SocketTimeoutException e) {
            return "no answer within 10 s";
        } catch (java.net.SocketException e) {
            return "";
        }
    }
}
