package org.lorkit.hostile;

/** How a hostile request presents itself: the applicant's real token, none, or one that must fail. */
enum Auth {
    VALID("valid token"),
    NONE("no token"),
    GARBAGE("garbage Authorization"),
    EXPIRED("expired token"),
    WRONG_KEY("token signed by an unpublished key"),
    WRONG_AUDIENCE("token for another audience"),
    UNKNOWN_SUBJECT("token of an account that does not exist"),
    NOT_A_UUID_SUBJECT("token whose subject is not an id");

    /** The bad ones, taken in turn so that each request meets one of them. */
    static final Auth[] BAD = {GARBAGE, EXPIRED, WRONG_KEY, WRONG_AUDIENCE, UNKNOWN_SUBJECT, NOT_A_UUID_SUBJECT};

    private final String label;

    Auth(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
