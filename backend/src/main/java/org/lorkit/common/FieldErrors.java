package org.lorkit.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one input, so the 400 names them all at once. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldErrors check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    public FieldErrors add(String field, String message) {
        return check(false, field, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** 400 naming every collected field; nothing when all is well. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
