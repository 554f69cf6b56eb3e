package org.lorkit.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by services for every expected failure; {@link ProblemMappers} turns it
 * into problem+json. Factory methods keep titles and types consistent.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final List<String> allowedNext;
    private final List<Problem.Reference> references;
    private Long retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        this(status, type, title, detail, errors, null, null);
    }

    private ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
            List<String> allowedNext, List<Problem.Reference> references) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.allowedNext = allowedNext;
        this.references = references;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "urn:lorkit:problem:not-found", "Not found",
                "No " + what + " with this id exists in your account.", null);
    }

    /** Ids in the body that name nothing of the caller's: 404, naming each field. */
    public static ProblemException unknownReferences(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ProblemException(404, "urn:lorkit:problem:not-found", "Not found", detail, errors);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "urn:lorkit:problem:conflict", "Conflict", detail, null);
    }

    /** A conflict caused by one input field (a duplicate, a one-way value). */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "urn:lorkit:problem:conflict", "Conflict",
                field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalidTransition(String detail, List<String> allowedNext) {
        return new ProblemException(409, "urn:lorkit:problem:invalid-transition", "Status change not allowed", detail,
                null, List.copyOf(allowedNext), null);
    }

    public static ProblemException referenced(String detail, List<Problem.Reference> references) {
        return new ProblemException(409, "urn:lorkit:problem:referenced", "Still referenced", detail,
                null, null, List.copyOf(references));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "urn:lorkit:problem:validation", "Invalid input",
                field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ProblemException(400, "urn:lorkit:problem:validation", "Invalid input", detail, List.copyOf(errors));
    }

    /** Valid input that breaks a rule of the domain (the 5th letter for one program). */
    public static ProblemException ruleBroken(String field, String message) {
        return new ProblemException(422, "urn:lorkit:problem:rule", "Breaks a rule",
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
        return new Problem(type, title, status, getMessage(), errors, allowedNext, references);
    }

    public int status() {
        return status;
    }
}
