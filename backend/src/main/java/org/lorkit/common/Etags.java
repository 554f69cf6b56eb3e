package org.lorkit.common;

/** Strong ETags derived from the row version; If-Match checks for PUT and DELETE. */
public final class Etags {

    private Etags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the answer and its ETag: how every read and update of one versioned record replies. */
    public static jakarta.ws.rs.core.Response ok(Versioned answer) {
        return jakarta.ws.rs.core.Response.ok(answer)
                .header("ETag", of(answer.version()))
                .build();
    }

    /** No If-Match means "last writer wins" (allowed); a stale one is refused with 412. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current) || tag.equals("W/" + current)) {
                return;
            }
        }
        throw ProblemException.staleVersion();
    }
}
