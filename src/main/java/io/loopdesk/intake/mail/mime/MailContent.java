package io.loopdesk.intake.mail.mime;

import io.loopdesk.intake.mail.MessageIds;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/** What {@link MimeWalker} found in a message: its texts, its files, and the header blocks of attached messages. */
public final class MailContent {

    private static final Pattern LINE_ENDS = Pattern.compile("\\r\\n?");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+(?=\\n|$)");

    final List<TextSegment> segments = new ArrayList<>();
    final List<MailAttachment> attachments = new ArrayList<>();
    /** Header blocks (or whole messages) of attached messages and {@code text/rfc822-headers} parts, in order. */
    final List<byte[]> embeddedHeaders = new ArrayList<>();
    /** Attached mails read as mails (outside reports), nested ones after the one they came in, in order. */
    final List<ForwardedMail> forwarded = new ArrayList<>();

    public boolean deliveryStatusReport;
    /** An abuse or feedback report (ARF, RFC 5965). */
    public boolean abuseReport;

    public boolean readReceipt;
    /** Whether the message demonstrably stops in the middle of its content (see {@link Truncation}). */
    boolean truncated;

    /** The text to read: each segment's plain form, or its HTML as text, with LF line ends. */
    String text() {
        List<String> texts = new ArrayList<>();
        for (TextSegment segment : segments) {
            String text = segment.readable().strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        String joined = LINE_ENDS.matcher(String.join("\n\n", texts)).replaceAll("\n");
        return TRAILING_SPACES.matcher(joined).replaceAll("");
    }

    /** The sanitised HTML, when any segment has HTML; plain segments beside it are shown preformatted. */
    @Nullable
    String html() {
        if (segments.stream().noneMatch(segment -> segment.html() != null)) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (TextSegment segment : segments) {
            if (segment.html() != null) {
                html.append(segment.html());
            } else if (segment.plain() != null && !segment.plain().isBlank()) {
                html.append("<pre>").append(Entities.escape(segment.plain())).append("</pre>");
            }
        }
        return HtmlBody.sanitise(html.toString());
    }

    /** The {@code Message-ID} in the first attached header block: for a bounce, the message it reports on. */
    @Nullable
    String firstEmbeddedMessageId() {
        for (byte[] headers : embeddedHeaders) {
            String id = MessageIds.first(header(headers, "Message-ID"));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** A header of an attached message or header block, as raw ISO-8859-1 text; null when missing or unreadable. */
    public static @Nullable String header(byte[] message, String name) {
        try {
            return new InternetHeaders(new ByteArrayInputStream(message)).getHeader(name, null);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }
}
