package org.lorkit.phi;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses, URLs, IP addresses, and phone or fax numbers. */
final class ContactRecognizer implements Recognizer {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    /** Scheme or "www." URLs, plus bare host names on the TLDs a patient portal or a personal page uses. */
    private static final Pattern URL = Pattern.compile(
            "\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+"
                    + "|\\b(?:[A-Za-z0-9-]+\\.)+(?:com|org|net|edu|gov|io|info|health)(?:/[^\\s<>\"]*)?(?![\\w@])");

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\d.]*\\d)");
    /** Full eight-group form, or a compressed form with "::" (times like 03:00 never contain "::"). */
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
                    + "|(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}"
                    + "|(?:[0-9A-Fa-f]{1,4}:){1,7}:"
                    + "|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})(?![\\w:])");

    /** NANP shape: optional +1, area code, 3 + 4 digits with separators (a bare 10-digit run needs a label). */
    private static final Pattern PHONE_US = Pattern.compile(
            "(?<![\\w/.-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)[\\s.-]?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}"
                    + "(?:[^\\S\\n]*(?:ext\\.?|x)[^\\S\\n]*\\d{1,5})?(?![\\w/-]|\\.\\d)");

    /** International numbers as IMG families often give them: "+91 98765 43210", "+44 20 7946 0958". */
    private static final Pattern PHONE_INTL = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,5}\\)?){2,6}(?![\\w])");

    /** A phone-ish word, then up to a few filler words, then a short or unformatted number. */
    private static final Pattern PHONE_LABELLED = Pattern.compile(
            "\\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|call|called|calling|reach|reached|reachable|contact"
                    + "|pager|beeper|text|texted|whatsapp)\\b[:.]?"
                    + "(?:[^\\S\\n]+(?:at|on|is|was|his|her|their|the|number|no\\.?|#|cell|phone|mobile|home|work))*"
                    + "[^\\S\\n]*[:#]?[^\\S\\n]*"
                    + "(\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}|\\d{3}[.-]\\d{4})(?![\\w/-]|\\.\\d)",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> PHONE_WORDS = ScanContext.words(
            "phone ph tel telephone cell cellphone mobile call called calling reach reached reachable contact pager"
                    + " beeper text texted whatsapp");
    private static final String[] HOST_HINTS = {"://", "www.", ".com", ".org", ".net", ".edu", ".gov", ".io", ".info",
        ".health"};

    private static final Pattern FAX_BEFORE = Pattern.compile("\\bfax(?:ed|ing)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FAX_AFTER = Pattern.compile("^[^\\S\\n]*[(\\[]?fax\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        String text = scan.text;
        // E-mail, URL and IPv6 shapes need a character that most notes never contain: check it first.
        if (text.indexOf('@') >= 0) {
            Matcher m = EMAIL.matcher(text);
            while (m.find()) {
                out.add(new Candidate(PhiKind.EMAIL, m.start(), m.end(), "e-mail address", Candidate.SHAPE + 1));
            }
        }
        if (mayHoldUrl(text)) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                int end = trimTrailingPunctuation(text, m.start(), m.end());
                out.add(new Candidate(PhiKind.URL, m.start(), end, "web address", Candidate.SHAPE));
            }
        }
        if (text.contains("::") || countChar(text, ':') >= 7) {
            Matcher m = IPV6.matcher(text);
            while (m.find()) {
                out.add(new Candidate(PhiKind.IP_ADDRESS, m.start(), m.end(), "IPv6 address", Candidate.SHAPE));
            }
        }
        int[] numbers = scan.numberStarts();
        scan.matchAt(IPV4, numbers, m ->
                out.add(new Candidate(PhiKind.IP_ADDRESS, m.start(), m.end(), "IPv4 address", Candidate.SHAPE)));
        scan.matchAt(PHONE_US, numbers, m ->
                addPhone(scan, m.start(), m.end(), "phone number shape", Candidate.SHAPE, out));
        scan.matchAt(PHONE_INTL, numbers, m -> {
            int digits = countDigits(m.group());
            if (digits >= 8 && digits <= 15) {
                addPhone(scan, m.start(), m.end(), "international phone number", Candidate.SHAPE, out);
            }
        });
        scan.matchAt(PHONE_LABELLED, scan.startsOf(PHONE_WORDS), m ->
                addPhone(scan, m.start(1), m.end(1), "number after a phone word", Candidate.LABELLED, out));
    }

    private static boolean mayHoldUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String hint : HOST_HINTS) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** A phone number becomes a fax number when "fax" labels it just before or just after. */
    private static void addPhone(ScanContext scan, int start, int end, String reason, int strength,
            List<Candidate> out) {
        if (FAX_BEFORE.matcher(scan.before(start, 40)).find() || FAX_AFTER.matcher(scan.after(end, 10)).find()) {
            out.add(new Candidate(PhiKind.FAX, start, end, "fax number", Candidate.LABELLED));
        } else {
            out.add(new Candidate(PhiKind.PHONE, start, end, reason, strength));
        }
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    static int countDigits(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int countChar(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
