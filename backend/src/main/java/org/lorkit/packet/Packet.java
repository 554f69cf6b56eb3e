package org.lorkit.packet;

import java.util.List;

/**
 * A one-sheet talking-points packet for one writer, as blocks that every format (Markdown, HTML, PDF)
 * renders the same way. Built by {@link PacketService}.
 */
public record Packet(
        String title,
        String subtitle,
        List<Section> sections,
        String footnote,
        int storiesWithheld,
        int storiesOwn,
        String applicantNote,
        FormLayout layout,
        UploadRules upload,
        org.lorkit.season.LetterService service) {

    /** Fewer than three stories this writer saw: the preview says so; the writer's PDF never does. */
    public boolean storiesShort() {
        return storiesOwn < PacketStories.ENOUGH;
    }

    public record Section(String heading, List<Item> items, boolean numbered) {}

    /** One bullet: an optional bold lead, then text. */
    public record Item(String lead, String text) {}

    public String markdown() {
        StringBuilder md = new StringBuilder();
        if (applicantNote != null) {
            md.append("> ").append(md(applicantNote)).append("\n\n");
        }
        md.append("# ").append(md(title)).append("\n\n").append(md(subtitle)).append("\n");
        for (Section section : sections) {
            md.append("\n## ").append(md(section.heading())).append("\n\n");
            int n = 1;
            for (Item item : section.items()) {
                md.append(section.numbered() ? (n++) + ". " : "- ");
                if (item.lead() != null) {
                    md.append("**")
                            .append(md(item.lead()))
                            .append("**")
                            .append(item.text().isEmpty() ? "" : " ");
                }
                md.append(md(item.text())).append("\n");
            }
        }
        if (footnote != null) {
            md.append("\n_").append(md(footnote)).append("_\n");
        }
        return md.toString();
    }

    /**
     * The applicant's own words as literal Markdown text: characters Markdown would read as
     * emphasis, links, code or HTML are escaped, and line breaks become spaces so that a story
     * stays inside its bullet (the HTML and PDF render it on one line too).
     */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (String line : text.strip().split("\\s*\\R\\s*", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            for (char c : line.toCharArray()) {
                if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>""").append(esc(title)).append("""
                </title>
                <style>
                @page { size: letter; margin: 0.6in; }
                body { font: 10.5pt/1.35 Helvetica, Arial, sans-serif; color: #111; max-width: 7.3in; margin: 0 auto; }
                h1 { font-size: 15pt; margin: 0 0 2pt; } h2 { font-size: 11.5pt; margin: 10pt 0 3pt; border-bottom: 1px solid #999; }
                p.sub { margin: 0 0 6pt; color: #333; } ul, ol { margin: 0; padding-left: 16pt; } li { margin: 1.5pt 0; }
                p.note { font-size: 9pt; color: #444; margin-top: 10pt; }
                p.for-you { border: 1px solid #b45309; background: #fffbeb; padding: 4pt 6pt; }
                @media print { p.for-you { display: none; } }
                </style></head><body>
                """);
        if (applicantNote != null) {
            html.append("<p class=\"for-you\" role=\"note\">")
                    .append(esc(applicantNote))
                    .append("</p>\n");
        }
        html.append("<h1>")
                .append(esc(title))
                .append("</h1>\n<p class=\"sub\">")
                .append(esc(subtitle))
                .append("</p>\n");
        for (Section section : sections) {
            String list = section.numbered() ? "ol" : "ul";
            html.append("<h2>")
                    .append(esc(section.heading()))
                    .append("</h2>\n<")
                    .append(list)
                    .append(">\n");
            for (Item item : section.items()) {
                html.append("<li>");
                if (item.lead() != null) {
                    html.append("<strong>").append(esc(item.lead())).append("</strong> ");
                }
                html.append(esc(item.text())).append("</li>\n");
            }
            html.append("</").append(list).append(">\n");
        }
        if (footnote != null) {
            html.append("<p class=\"note\">").append(esc(footnote)).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
