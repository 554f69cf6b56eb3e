package org.lorkit.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * One malformed request for one operation. The token is added at send time ({@link Auth}),
 * because the applicant's session may be renewed while the run goes on.
 */
record HostileRequest(
        String operationId,
        String what,
        String method,
        String path,
        List<String[]> headers,
        byte[] body,
        boolean chunked,
        Auth auth) {

    HostileRequest {
        headers = List.copyOf(headers);
    }

    static HostileRequest of(String operationId, String what, String method, String path) {
        return new HostileRequest(operationId, what, method, path, List.of(), null, false, Auth.VALID);
    }

    HostileRequest header(String name, String value) {
        List<String[]> more = new ArrayList<>(headers);
        more.add(new String[] {name, value});
        return new HostileRequest(operationId, what, method, path, more, body, chunked, auth);
    }

    HostileRequest json(byte[] json) {
        return body("application/json", json);
    }

    HostileRequest body(String contentType, byte[] bytes) {
        HostileRequest withBody = new HostileRequest(operationId, what, method, path, headers, bytes, chunked, auth);
        return contentType == null ? withBody : withBody.header("Content-Type", contentType);
    }

    HostileRequest sentChunked() {
        return new HostileRequest(operationId, what, method, path, headers, body, true, auth);
    }

    HostileRequest as(Auth newAuth) {
        return new HostileRequest(operationId, what, method, path, headers, body, chunked, newAuth);
    }

    HostileRequest what(String description) {
        return new HostileRequest(operationId, description, method, path, headers, body, chunked, auth);
    }

    boolean hasHeader(String name) {
        return headers.stream().anyMatch(h -> h[0].equalsIgnoreCase(name));
    }

    /** "createStory: body.title = <script>… [no token]": how findings name a request. */
    String describe() {
        return operationId + ": " + what + " [" + auth.label() + "] " + method + " "
                + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
    }
}
