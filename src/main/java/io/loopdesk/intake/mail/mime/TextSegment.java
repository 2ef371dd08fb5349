package io.loopdesk.intake.mail.mime;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One piece of the text of a message, in the forms it came in: plain, HTML or both (from
 * {@code multipart/alternative}).
 */
record TextSegment(@Nullable String plain, @Nullable String html) {

    static TextSegment plain(String text) {
        return new TextSegment(text, null);
    }

    static TextSegment html(String html) {
        return new TextSegment(null, html);
    }

    /** Several segments as one: their plain forms joined, and their HTML forms joined. */
    static TextSegment join(List<TextSegment> segments) {
        String plain = segments.stream()
                .map(TextSegment::plain)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        String html = segments.stream()
                .map(TextSegment::html)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        boolean anyPlain = segments.stream().anyMatch(segment -> segment.plain() != null);
        boolean anyHtml = segments.stream().anyMatch(segment -> segment.html() != null);
        return new TextSegment(anyPlain ? plain : null, anyHtml ? html : null);
    }

    /** The text to read: the plain form unless it is blank (corpus mail034), else the HTML read as text. */
    String readable() {
        if (plain != null && !plain.isBlank()) {
            return plain;
        }
        return html == null ? "" : HtmlBody.toText(html);
    }
}
