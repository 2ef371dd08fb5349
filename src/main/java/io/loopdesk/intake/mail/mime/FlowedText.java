package io.loopdesk.intake.mail.mime;

import java.util.List;

/**
 * Reads {@code format=flowed} text (RFC 3676): a line ending in a space continues on the next line, so the
 * paragraphs a mail program wrapped at 72 characters read as the paragraphs the writer typed. Quote depth,
 * space-stuffing and {@code delsp=yes} are honoured; the signature separator {@code "-- "} is never joined.
 */
final class FlowedText {

    private FlowedText() {}

    static String unwrap(String text, boolean deleteSpace) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        StringBuilder out = new StringBuilder(text.length());
        boolean continuing = false;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffing
            }
            boolean flowed = line.endsWith(" ") && !line.equals("-- ");
            if (!continuing) {
                out.append(">".repeat(depth)).append(depth > 0 ? " " : "");
            }
            out.append(flowed && deleteSpace ? line.substring(0, line.length() - 1) : line);
            continuing = flowed;
            if (!flowed) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
