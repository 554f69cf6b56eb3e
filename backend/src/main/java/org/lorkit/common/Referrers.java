package org.lorkit.common;

import java.util.ArrayList;
import java.util.List;

/**
 * What still refers to an item about to be deleted. A delete without ?cascade=true
 * that finds any referrer is refused with a 409 naming them (never a 500, never silent loss).
 */
public final class Referrers {

    private final List<Problem.Reference> references = new ArrayList<>();

    public Referrers add(String resource, long count) {
        if (count > 0) {
            references.add(new Problem.Reference(resource, count));
        }
        return this;
    }

    public boolean any() {
        return !references.isEmpty();
    }

    /** 409 urn:lorkit:problem:referenced: "This rotation is still referred to by 2 attendings and 1 stories. ..." */
    public ProblemException conflict(String what, String cascadeEffect) {
        List<String> parts =
                references.stream().map(r -> r.count() + " " + r.resource()).toList();
        String list = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return ProblemException.referenced(
                "This " + what + " is still referred to by " + list
                        + ". Nothing was deleted. Delete with ?cascade=true to " + cascadeEffect,
                references);
    }
}
