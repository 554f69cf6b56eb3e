package org.lorkit.common;

/**
 * The one table of LORkit's problem kinds (RFC 9457): status, type URN, title and, where one
 * sentence fits every case, the default detail. ProblemException's factories, ProblemMappers,
 * the HTTP edge (HttpEdge, BodySizeLimit) and the contract's examples (ProblemResponsesFilter)
 * read it, so a title or a type is written once. Types and titles are part of the contract:
 * a client may switch on {@code type}; change none, only add.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid input", null),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON."),
    UNAUTHORIZED(
            401, "unauthorized", "Not signed in", "A valid access token is required (Authorization: Bearer <token>)."),
    SECOND_FACTOR_REQUIRED(
            401,
            "second-factor-required",
            "Second factor required",
            "Enter the code from your authenticator app (or a recovery code)."),
    FORBIDDEN(403, "forbidden", "Not allowed", "Your account does not have the role this operation needs."),
    ACCOUNT_DISABLED(
            403,
            "account-disabled",
            "Account disabled",
            "This account is disabled. Ask the administrator of this LORkit to enable it again."),
    NOT_FOUND(404, "not-found", "Not found", null),
    CONFLICT(409, "conflict", "Conflict", "This conflicts with what is already stored (for example a duplicate)."),
    INVALID_TRANSITION(409, "invalid-transition", "Status change not allowed", null),
    REFERENCED(409, "referenced", "Still referenced", null),
    STALE(
            412,
            "stale",
            "Changed meanwhile",
            "This item was changed since you read it (If-Match does not match its ETag). Reload it and apply your change again."),
    RULE(422, "rule", "Breaks a rule", null),
    RATE_LIMITED(429, "rate-limited", "Too many attempts", null),
    INTERNAL(500, "internal", "Internal error", null),
    UNAVAILABLE(
            503,
            "unavailable",
            "Service unavailable",
            "The database cannot be reached right now. Nothing was changed; please try again shortly."),

    // Refused by the HTTP layer before any resource ran: named after their status (http-NNN).
    HTTP_400(400, "http-400", "Bad request", "The request could not be understood (check parameters and body)."),
    HTTP_404(404, "http-404", "Not found", "There is nothing at this address."),
    HTTP_405(405, "http-405", "Method not allowed", "This address does not accept this HTTP method."),
    HTTP_406(406, "http-406", "Not acceptable", "This resource cannot be answered in the requested media type."),
    HTTP_413(413, "http-413", "Request too large", "The request body is larger than the API accepts."),
    HTTP_414(414, "http-414", "URI too long", null),
    HTTP_415(415, "http-415", "Unsupported media type", "Send the body as application/json."),
    HTTP_431(431, "http-431", "Headers too large", null);

    private static final String PREFIX = "urn:lorkit:problem:";

    private final int status;
    private final String uri;
    private final String title;
    private final String defaultDetail;

    ProblemType(int status, String name, String title, String defaultDetail) {
        this.status = status;
        this.uri = PREFIX + name;
        this.title = title;
        this.defaultDetail = defaultDetail;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The sentence for every case of this kind, or null where each caller says what went wrong. */
    public String defaultDetail() {
        return defaultDetail;
    }

    public Problem problem(String detail) {
        return new Problem(uri, title, status, detail, null);
    }

    public Problem problem() {
        return problem(defaultDetail);
    }

    /** The HTTP-layer kind of a status (http-NNN), or null when the table has none for it. */
    public static ProblemType atHttpLayer(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.uri.equals(httpUri(status))) {
                return type;
            }
        }
        return null;
    }

    /** The type URN of a status the table does not list (http-NNN). */
    public static String httpUri(int status) {
        return PREFIX + "http-" + status;
    }

    /**
     * The problem as JSON, for answers written below REST (Vert.x handlers), where no Jackson
     * mapper runs: the same four members in the same order as the Problem record serialises them.
     */
    public static String json(String uri, String title, int status, String detail) {
        return "{\"type\":\"" + uri + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    public String json(String detail) {
        return json(uri, title, status, detail);
    }
}
