package org.lorkit.common;

/** Small text helpers shared by the services. */
public final class Texts {

    private Texts() {}

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

    /** A day as sentences say it: "June 2, 2027". */
    public static String day(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US));
    }

    /**
     * A month as sentences say it: "September" when it lies in the coming months of this calendar year,
     * else with its year ("September 2027" said in December 2026), so a month is never ambiguous.
     */
    public static String month(java.time.LocalDate day, java.time.LocalDate today) {
        String month = day.format(java.time.format.DateTimeFormatter.ofPattern("MMMM", java.util.Locale.US));
        boolean comingThisYear = day.getYear() == today.getYear() && day.getMonthValue() >= today.getMonthValue();
        return comingThisYear ? month : month + " " + day.getYear();
    }

    /** A day as sentences say it, or "[date]" where the applicant has not set it yet. */
    public static String dayOrPlaceholder(java.time.LocalDate day) {
        return day == null ? "[date]" : day(day);
    }
}
