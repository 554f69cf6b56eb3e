package org.lorkit.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The packet as a one-page US Letter PDF (PDFBox). The text is laid out at 10 pt; when it does not
 * fit one page the size steps down to 7 pt, and below that the longest bullets are shortened, so the
 * writer always gets exactly one sheet.
 */
final class PacketPdf {

    private static final float MARGIN = 46;
    private static final PDRectangle PAGE = PDRectangle.LETTER;

    private PacketPdf() {}

    /** A laid-out line: font, size, indent and text. */
    private record Line(PDFont font, float size, float indent, String text, float gapBefore) {}

    static byte[] render(Packet packet) {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
            List<Line> lines = null;
            int maxChars = Integer.MAX_VALUE;
            for (int attempt = 0; attempt < 40; attempt++) {
                float size = Math.max(7f, 10f - attempt * 0.5f);
                if (attempt > 6) {
                    maxChars = Math.max(80, 600 - (attempt - 6) * 30);
                }
                lines = layout(packet, regular, bold, italic, size, maxChars);
                if (height(lines) <= PAGE.getHeight() - 2 * MARGIN) {
                    break;
                }
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(packet.title());
            info.setCreator("LORkit");
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = PAGE.getHeight() - MARGIN;
                for (Line line : lines) {
                    y -= line.gapBefore() + line.size() * 1.25f;
                    if (y < MARGIN - 2) {
                        break;
                    }
                    out.beginText();
                    out.setFont(line.font(), line.size());
                    out.newLineAtOffset(MARGIN + line.indent(), y);
                    out.showText(line.text());
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float height(List<Line> lines) {
        float h = 0;
        for (Line line : lines) {
            h += line.gapBefore() + line.size() * 1.25f;
        }
        return h;
    }

    private static List<Line> layout(
            Packet packet, PDFont regular, PDFont bold, PDFont italic, float size, int maxChars) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        List<Line> lines = new ArrayList<>();
        wrap(lines, bold, size + 4, 0, safe(packet.title()), width, 0);
        wrap(lines, regular, size, 0, safe(packet.subtitle()), width, 2);
        for (Packet.Section section : packet.sections()) {
            wrap(lines, bold, size + 1.5f, 0, safe(section.heading()), width, size * 0.7f);
            int n = 1;
            for (Packet.Item item : section.items()) {
                String marker = section.numbered() ? (n++) + "." : "-";
                String text = (item.lead() == null ? "" : item.lead() + " ") + item.text();
                if (text.length() > maxChars) {
                    text = text.substring(0, maxChars - 3).strip() + "...";
                }
                List<Line> wrapped = new ArrayList<>();
                wrap(wrapped, regular, size, 14, safe(text), width - 14, 1);
                // The marker and the first line share a baseline: the text line steps back up by one line height.
                Line first = wrapped.get(0);
                lines.add(new Line(regular, size, 2, marker, first.gapBefore()));
                lines.add(new Line(first.font(), first.size(), first.indent(), first.text(), -(size * 1.25f)));
                lines.addAll(wrapped.subList(1, wrapped.size()));
            }
        }
        if (packet.footnote() != null) {
            wrap(lines, italic, size - 1, 0, safe(packet.footnote()), width, size * 0.6f);
        }
        return lines;
    }

    private static void wrap(
            List<Line> lines, PDFont font, float size, float indent, String text, float width, float gap)
            throws IOException {
        StringBuilder current = new StringBuilder();
        boolean first = true;
        for (String word : text.split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(new Line(font, size, indent, current.toString(), first ? gap : 0));
                first = false;
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(new Line(font, size, indent, current.toString(), first ? gap : 0));
    }

    /** The standard fonts speak WinAnsi only: typographic marks become plain ones, anything else a '?'. */
    static String safe(String text) {
        String plain = text.replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace("\u2026", "...")
                .replace('\u00A0', ' ')
                .replace("\r", " ")
                .replace("\n", " ")
                .replace("\t", " ");
        StringBuilder out = new StringBuilder();
        java.nio.charset.CharsetEncoder winAnsi =
                java.nio.charset.Charset.forName("windows-1252").newEncoder();
        plain.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(cp >= 32 && winAnsi.canEncode(ch) ? ch : "?");
        });
        return out.toString();
    }
}
