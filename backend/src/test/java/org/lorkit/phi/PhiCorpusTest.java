package org.lorkit.phi;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the detector on the labelled corpus (src/test/resources/phi/corpus.txt): recall over the
 * marked identifier spans and the false-alarm rate over clean sentences. A span counts as found when
 * any finding overlaps it, whatever its kind (the applicant sees the highlight either way); kind
 * agreement is reported separately.
 */
class PhiCorpusTest {

    private static final String OPEN = "⟦";
    private static final String CLOSE = "⟧";

    private static final double MIN_RECALL = 0.95;
    private static final double MAX_FALSE_ALARM_RATE = 0.05;
    private static final double MIN_KIND_AGREEMENT = 0.90;

    record Span(PhiKind kind, int start, int end, String text) {}

    record Sentence(int lineNo, String text, List<Span> expected, List<String> allowedNames) {
        boolean clean() {
            return expected.isEmpty();
        }
    }

    private static List<Sentence> corpus;
    /**
     * The day the corpora were written and labelled (an age from a birth year depends on today's year): every corpus
     * test reads the same fixed clock, so the figures do not change on New Year's Day.
     */
    static final Clock CORPUS_CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    private static final PhiDetector DETECTOR = new PhiDetector(CORPUS_CLOCK);

    @BeforeAll
    static void load() throws IOException {
        corpus = parse("/phi/corpus.txt");
    }

    static List<Sentence> parse(String resource) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> allowed = List.of();
        try (InputStream in = PhiCorpusTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing corpus " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#@allowed:")) {
                    List<String> names = new ArrayList<>();
                    for (String n : line.substring("#@allowed:".length()).split("\\|")) {
                        if (!n.isBlank()) {
                            names.add(n.strip());
                        }
                    }
                    allowed = List.copyOf(names);
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                sentences.add(parseLine(lineNo, line, allowed));
            }
        }
        return sentences;
    }

    /** Strips the ⟦KIND:text⟧ markers and records each marked span in the stripped text. */
    static Sentence parseLine(int lineNo, String line, List<String> allowed) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf(OPEN, i);
            if (open < 0) {
                text.append(line, i, line.length());
                break;
            }
            text.append(line, i, open);
            int colon = line.indexOf(':', open);
            int close = line.indexOf(CLOSE, open);
            if (colon < 0 || close < 0 || colon > close) {
                throw new IllegalArgumentException("bad marker on corpus line " + lineNo + ": " + line);
            }
            PhiKind kind = PhiKind.valueOf(line.substring(open + OPEN.length(), colon));
            String marked = line.substring(colon + 1, close);
            int start = text.length();
            text.append(marked);
            spans.add(new Span(kind, start, text.length(), marked));
            i = close + CLOSE.length();
        }
        return new Sentence(lineNo, text.toString(), List.copyOf(spans), allowed);
    }

    private static boolean overlaps(int s1, int e1, int s2, int e2) {
        return s1 < e2 && s2 < e1;
    }

    @Test
    void corpusIsLargeEnoughAndCoversEveryKind() {
        long clean = corpus.stream().filter(Sentence::clean).count();
        long withIds = corpus.size() - clean;
        assertTrue(corpus.size() >= 150, "corpus has " + corpus.size() + " sentences");
        assertTrue(clean >= 100, "clean sentences: " + clean);
        assertTrue(withIds >= 50, "identifier sentences: " + withIds);
        for (PhiKind kind : PhiKind.values()) {
            assertTrue(
                    corpus.stream().flatMap(s -> s.expected().stream()).anyMatch(sp -> sp.kind() == kind),
                    "no corpus example of " + kind);
        }
    }

    @Test
    void recallAndFalseAlarmRate() {
        int expectedSpans = 0;
        int foundSpans = 0;
        int kindAgree = 0;
        int cleanSentences = 0;
        int cleanWithFinding = 0;
        int idSentences = 0;
        int idSentencesWithSpurious = 0;
        int spuriousFindings = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<String> kindMismatches = new ArrayList<>();

        for (Sentence s : corpus) {
            List<PhiFinding> findings = DETECTOR.detect(s.text(), s.allowedNames());
            if (s.clean()) {
                cleanSentences++;
                if (!findings.isEmpty()) {
                    cleanWithFinding++;
                    falseAlarms.add("line " + s.lineNo() + ": " + findings);
                }
                continue;
            }
            idSentences++;
            for (Span span : s.expected()) {
                expectedSpans++;
                List<PhiFinding> hits = findings.stream()
                        .filter(f -> overlaps(f.start(), f.end(), span.start(), span.end()))
                        .toList();
                if (hits.isEmpty()) {
                    misses.add("line " + s.lineNo() + ": " + span.kind() + " '" + span.text() + "' in: " + s.text()
                            + " -> " + findings);
                    continue;
                }
                foundSpans++;
                if (hits.stream().anyMatch(f -> f.kind() == span.kind())) {
                    kindAgree++;
                } else {
                    kindMismatches.add(
                            "line " + s.lineNo() + ": expected " + span.kind() + " '" + span.text() + "', got " + hits);
                }
            }
            int spurious = 0;
            for (PhiFinding f : findings) {
                boolean expected =
                        s.expected().stream().anyMatch(sp -> overlaps(f.start(), f.end(), sp.start(), sp.end()));
                if (!expected) {
                    spurious++;
                    falseAlarms.add("line " + s.lineNo() + " (identifier sentence): spurious " + f);
                }
            }
            spuriousFindings += spurious;
            if (spurious > 0) {
                idSentencesWithSpurious++;
            }
        }

        double recall = (double) foundSpans / expectedSpans;
        double falseAlarmRate = (double) cleanWithFinding / cleanSentences;
        double spuriousRate = (double) idSentencesWithSpurious / idSentences;
        double kindAgreement = (double) kindAgree / Math.max(1, foundSpans);

        System.out.printf(
                "PHI corpus: %d sentences (%d clean, %d with identifiers), %d identifier spans%n",
                corpus.size(), cleanSentences, idSentences, expectedSpans);
        System.out.printf(
                "PHI corpus: recall %.3f (%d/%d spans found), kind agreement %.3f%n",
                recall, foundSpans, expectedSpans, kindAgreement);
        System.out.printf(
                "PHI corpus: false-alarm rate %.3f (%d/%d clean sentences with a finding)%n",
                falseAlarmRate, cleanWithFinding, cleanSentences);
        System.out.printf(
                "PHI corpus: spurious findings in identifier sentences: %d, in %d/%d sentences (%.3f)%n",
                spuriousFindings, idSentencesWithSpurious, idSentences, spuriousRate);
        misses.forEach(m -> System.out.println("  MISS " + m));
        falseAlarms.forEach(m -> System.out.println("  FALSE ALARM " + m));
        kindMismatches.forEach(m -> System.out.println("  KIND " + m));

        if (recall < MIN_RECALL || falseAlarmRate > MAX_FALSE_ALARM_RATE || kindAgreement < MIN_KIND_AGREEMENT) {
            fail(String.format(
                    "recall %.3f (min %.2f), false-alarm rate %.3f (max %.2f), kind agreement %.3f (min %.2f)",
                    recall, MIN_RECALL, falseAlarmRate, MAX_FALSE_ALARM_RATE, kindAgreement, MIN_KIND_AGREEMENT));
        }
    }
}
