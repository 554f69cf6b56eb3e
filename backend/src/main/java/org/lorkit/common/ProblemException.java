package org.lorkit.common;

import java.util.List;

/**
 * Thrown by services for every expected failure; {@link ProblemMappers} turns it
 * into problem+json. Factory methods keep titles and types consistent.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Long retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "urn:lorkit:problem:not-found", "Not found",
                "No " + what + " with this id exists in your account.", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "urn:lorkit:problem:conflict", "Conflict", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "urn:lorkit:problem:validation", "Invalid input",
                field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException staleVersion() {
        return new ProblemException(412, "urn:lorkit:problem:stale", "Changed meanwhile",
                "This item was changed since you read it (If-Match does not match its ETag). Reload it and apply your change again.",
                null);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "urn:lorkit:problem:unauthorized", "Not signed in", detail, null);
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "urn:lorkit:problem:rate-limited", "Too many attempts",
                "Too many attempts in a short time. Wait " + retryAfterSeconds + " seconds, then try again.", null);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** 401 that tells the client to ask for the authenticator code (the password was right). */
    public static ProblemException secondFactorRequired(boolean wrongCode) {
        String message = wrongCode ? "is not right or was already used" : "is required for this account";
        return new ProblemException(401, "urn:lorkit:problem:second-factor-required", "Second factor required",
                "Enter the code from your authenticator app (or a recovery code).",
                List.of(new Problem.FieldError("totpCode", message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "urn:lorkit:problem:forbidden", "Not allowed", detail, null);
    }

    /** Seconds the client should wait before retrying, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}
