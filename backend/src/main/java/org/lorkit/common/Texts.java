package org.lorkit.common;

/** Small text helpers shared by the services. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Equal ignoring case and surrounding spaces; false when either side is empty. */
    public static boolean sameText(String a, String b) {
        String x = clean(a);
        String y = clean(b);
        return x != null && y != null && x.equalsIgnoreCase(y);
    }
}
