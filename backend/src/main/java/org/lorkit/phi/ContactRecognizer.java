package org.lorkit.phi;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** E-mail addresses, URLs, IP addresses, and phone or fax numbers. */
final class ContactRecognizer implements Recognizer {

    /** The domain after an '@' (the local part before it is scanned by hand, see {@link #emails}). */
    private static final Rx EMAIL_DOMAIN = Rx.of(
            "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}",
            0,
            null,
            "A-Za-z",
            Character::isLetter);
    /** Longest local part looked at (RFC 5321 allows 64). */
    private static final int LOCAL_PART_MAX = 64;

    /** Scheme or "www." URLs, plus bare host names on the TLDs a patient portal or a personal page uses. */
    private static final Rx URL = Rx.of("\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+"
            + "|\\b(?:[A-Za-z0-9-]+\\.)+(?:com|org|net|edu|gov|io|info|health)(?:/[^\\s<>\"]*)?(?:[^\\w@]|$)");

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Rx IPV4 = Rx.of(
                    OCTET + "(?:\\." + OCTET + "){3}",
                    0,
                    c -> c == '.' || isAsciiDigit(c),
                    "\\d",
                    ContactRecognizer::isAsciiDigit)
            .onlyWhere(Rx.digits(1, 3, "."));
    /** "1.2.3.4.5": an address followed by more dotted numbers is a version or a list. */
    private static final Rx MORE_DOTTED = Rx.of("\\.+\\d");
    /** Full eight-group form, or a compressed form with "::" (times like 03:00 never contain "::"). */
    private static final Rx IPV6 = Rx.of("(?:^|[^\\w:])((?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
            + "|(?:[0-9A-Fa-f]{1,4}:){1,6}(?::[0-9A-Fa-f]{1,4}){1,6}"
            + "|(?:[0-9A-Fa-f]{1,4}:){1,7}:"
            + "|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}))(?:[^\\w:]|$)");

    /** NANP shape: optional +1, area code, 3 + 4 digits with separators (a bare 10-digit run needs a label). */
    private static final Rx PHONE_US = Rx.of(
                    "(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)[\\s.-]?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}"
                            + "(?:[^\\S\\n]*(?:ext\\.?|x)[^\\S\\n]*\\d{1,5})?",
                    0,
                    c -> Rx.WORD.test(c) || c == '/' || c == '.' || c == '-',
                    "\\w/-",
                    c -> Rx.WORD.test(c) || c == '/' || c == '-')
            .onlyWhere((t, s) -> {
                char c = t.charAt(s);
                int run = Rx.digitRun(t, s);
                return c == '+' || c == '(' || run == 1 && c == '1' || run == 3;
            });

    /** International numbers as IMG families often give them: "+91 98765 43210", "+44 20 7946 0958". */
    private static final Rx PHONE_INTL = Rx.of(
                    "\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,5}\\)?){2,6}", 0, c -> Rx.WORD.test(c) || c == '+', "\\w", Rx.WORD)
            .onlyWhere((t, s) -> t.charAt(s) == '+');

    /** A phone-ish word, then up to a few filler words, then a short or unformatted number. */
    private static final Rx PHONE_LABELLED = Rx.of(
            "\\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|call|called|calling|reach|reached|reachable|contact"
                    + "|pager|beeper|text|texted|whatsapp)\\b[:.]?"
                    + "(?:[^\\S\\n]+(?:at|on|is|was|his|her|their|the|number|no\\.?|#|cell|phone|mobile|home|work))*"
                    + "[^\\S\\n]*[:#]?[^\\S\\n]*"
                    + "(\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}|\\d{3}[.-]\\d{4})",
            Pattern.CASE_INSENSITIVE, null, "\\w/-", c -> Rx.WORD.test(c) || c == '/' || c == '-');

    private static final Set<String> PHONE_WORDS = ScanContext.words(
            "phone ph tel telephone cell cellphone mobile call called calling reach reached reachable contact pager"
                    + " beeper text texted whatsapp");
    private static final String[] HOST_HINTS = {
        "://", "www.", ".com", ".org", ".net", ".edu", ".gov", ".io", ".info", ".health"
    };

    private static final Rx FAX_BEFORE = Rx.of("\\bfax(?:ed|ing)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Rx FAX_AFTER = Rx.of("^[^\\S\\n]*[(\\[]?fax\\b", Pattern.CASE_INSENSITIVE);
    private static final Rx.CharTest WORD_OR = Rx.WORD;

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        String text = scan.text;
        // E-mail, URL and IPv6 shapes need a character that most notes never contain: check it first.
        if (text.indexOf('@') >= 0) {
            emails(scan, out);
        }
        if (mayHoldUrl(text)) {
            URL.findAll(text, m -> {
                int end = trimTrailingPunctuation(text, m.start(), m.end());
                out.add(new Candidate(PhiKind.URL, m.start(), end, "web address", Candidate.SHAPE));
            });
        }
        if (text.contains("::") || countChar(text, ':') >= 7) {
            IPV6.findAll(
                    text,
                    m -> out.add(
                            new Candidate(PhiKind.IP_ADDRESS, m.start(1), m.end(1), "IPv6 address", Candidate.SHAPE)));
        }
        int[] numbers = scan.numberStarts();
        scan.matchAt(IPV4, numbers, m -> {
            if (MORE_DOTTED.at(text, m.end()) == null) {
                out.add(new Candidate(PhiKind.IP_ADDRESS, m.start(), m.end(), "IPv4 address", Candidate.SHAPE));
            }
        });
        scan.matchAt(
                PHONE_US, numbers, m -> addPhone(scan, m.start(), m.end(), "phone number shape", Candidate.SHAPE, out));
        scan.matchAt(PHONE_INTL, numbers, m -> {
            int digits = countDigits(m.group());
            if (digits >= 8 && digits <= 15) {
                addPhone(scan, m.start(), m.end(), "international phone number", Candidate.SHAPE, out);
            }
        });
        scan.matchAt(
                PHONE_LABELLED,
                scan.startsOf(PHONE_WORDS),
                m -> addPhone(scan, m.start(1), m.end(1), "number after a phone word", Candidate.LABELLED, out));
    }

    /**
     * "ana.perez@example.org": at each '@', the local part is scanned back by hand (at most
     * {@link #LOCAL_PART_MAX} characters) and the domain matched forward, so a run of '@' or of
     * "%a" costs one pass, not one pass per character.
     */
    private static void emails(ScanContext scan, List<Candidate> out) {
        String text = scan.text;
        int lastEnd = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at < lastEnd) {
                continue;
            }
            int start = at;
            while (start > lastEnd && at - start < LOCAL_PART_MAX && isLocalPartChar(text.charAt(start - 1))) {
                start--;
            }
            // The local part starts with a letter or digit and is not glued to a word or a dot.
            while (start < at && !isAsciiLetterOrDigit(text.charAt(start))) {
                start++;
            }
            if (start == at || start > 0 && isLocalPartChar(text.charAt(start - 1))) {
                continue;
            }
            Rx.Match domain = EMAIL_DOMAIN.at(text, at + 1);
            if (domain == null) {
                continue;
            }
            out.add(new Candidate(PhiKind.EMAIL, start, domain.end(), "e-mail address", Candidate.SHAPE + 1));
            lastEnd = domain.end();
        }
    }

    private static boolean isLocalPartChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
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
    private static void addPhone(
            ScanContext scan, int start, int end, String reason, int strength, List<Candidate> out) {
        if (FAX_BEFORE.foundIn(scan.before(start, 40)) || FAX_AFTER.foundIn(scan.after(end, 10))) {
            out.add(new Candidate(PhiKind.FAX, start, end, "fax number", Candidate.LABELLED));
        } else {
            out.add(new Candidate(PhiKind.PHONE, start, end, reason, strength));
        }
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start
                && (".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0
                        || Character.isWhitespace(text.charAt(end - 1)))) {
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
