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

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type.status(), type.uri(), type.title(), detail, errors, null, null);
    }

    private ProblemException(
            int status,
            String type,
            String title,
            String detail,
            List<Problem.FieldError> errors,
            List<String> allowedNext,
            List<Problem.Reference> references) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.allowedNext = allowedNext;
        this.references = references;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(
                ProblemType.NOT_FOUND, "No " + what + " with this id exists in your account.", null);
    }

    /** Ids in the body that name nothing of the caller's: 404, naming each field. */
    public static ProblemException unknownReferences(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ProblemException(ProblemType.NOT_FOUND, detail, errors);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, null);
    }

    /** A conflict caused by one input field (a duplicate, a one-way value). */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(
                ProblemType.CONFLICT, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalidTransition(String detail, List<String> allowedNext) {
        ProblemType type = ProblemType.INVALID_TRANSITION;
        return new ProblemException(
                type.status(), type.uri(), type.title(), detail, null, List.copyOf(allowedNext), null);
    }

    public static ProblemException referenced(String detail, List<Problem.Reference> references) {
        ProblemType type = ProblemType.REFERENCED;
        return new ProblemException(
                type.status(), type.uri(), type.title(), detail, null, null, List.copyOf(references));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ProblemException(ProblemType.VALIDATION, detail, List.copyOf(errors));
    }

    /** Valid input that breaks a rule of the domain (the 5th letter for one program). */
    public static ProblemException ruleBroken(String field, String message) {
        return new ProblemException(
                ProblemType.RULE, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException staleVersion() {
        return new ProblemException(ProblemType.STALE, ProblemType.STALE.defaultDetail(), null);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemType.UNAUTHORIZED, detail, null);
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return tooManyRequests("Too many attempts in a short time.", retryAfterSeconds);
    }

    /**
     * 429 whose detail is {@code why} and the real wait, in the words Retry-After's seconds round up to:
     * "Try again in 40 seconds.", "Try again in 1 minute.", "Try again in 4 minutes."
     */
    public static ProblemException tooManyRequests(String why, long retryAfterSeconds) {
        ProblemException e = new ProblemException(
                ProblemType.RATE_LIMITED, why + " Try again in " + waitInWords(retryAfterSeconds) + ".", null);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** 401 that tells the client to ask for the authenticator code (the password was right). */
    public static ProblemException secondFactorRequired(boolean wrongCode) {
        String message = wrongCode ? "is not right or was already used" : "is required for this account";
        return new ProblemException(
                ProblemType.SECOND_FACTOR_REQUIRED,
                ProblemType.SECOND_FACTOR_REQUIRED.defaultDetail(),
                List.of(new Problem.FieldError("totpCode", message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, null);
    }

    /** Seconds the client should wait before retrying, or null. */
    /** 40 → "40 seconds", 60 → "1 minute", 181 → "4 minutes", 3600 → "1 hour" (rounded up, never sooner). */
    public static String waitInWords(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        return hours == 1 ? "1 hour" : hours + " hours";
    }

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
