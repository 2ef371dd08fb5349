package io.loopdesk.intake.mail.mime;

import io.loopdesk.intake.mail.Attachments;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks the MIME tree of a message and sorts what it finds into the texts to read and the files that came with
 * them, the way a mail program shows a message:
 *
 * <ul>
 *   <li>{@code multipart/alternative} gives one text in up to two forms, plain and HTML; other alternatives (a
 *       calendar invitation) are kept as attachments;
 *   <li>{@code multipart/mixed} shows its inline texts one after another; a second HTML document in it is an
 *       attachment, since two HTML documents do not join into one;
 *   <li>{@code multipart/related} shows its root part; the rest are its inline images;
 *   <li>{@code multipart/signed} shows its first part; the signature is an attachment; {@code multipart/encrypted}
 *       is all attachments;
 *   <li>an attached message ({@code message/rfc822}) or header block ({@code text/rfc822-headers}) is an
 *       attachment, and its header block is kept for finding the id of a bounced message; an attached message
 *       outside a {@code multipart/report} (a forwarded mail) is also read as a mail of its own
 *       ({@link ForwardedMail}), its texts and files apart from the message's.
 * </ul>
 */
final class MimeWalker {

    /** Deeper nesting than this is no mail but an attack on the parser; the rest is kept as one file. */
    private static final int MAX_DEPTH = 40;

    /** Attached messages and header blocks: kept as files, and their headers read for a bounced message's id. */
    private static final Set<String> EMBEDDED_HEADERS = Set.of(
            "message/rfc822",
            "message/global",
            "text/rfc822-headers",
            "message/rfc822-headers",
            "message/global-headers");

    /** Whole messages, which a forward attaches (the rest of {@link #EMBEDDED_HEADERS} are header blocks only). */
    private static final Set<String> MESSAGES = Set.of("message/rfc822", "message/global");

    private final @Nullable String hint;
    private final MailContent content = new MailContent();
    /** Within a {@code multipart/report}, where an attached message is the one reported on, not a forward. */
    private boolean inReport;

    private MimeWalker(@Nullable String hint) {
        this.hint = hint;
    }

    /** @param hint the charset the message declares somewhere, for text that declares none */
    static MailContent walk(MimePart message, @Nullable String hint) throws MessagingException, IOException {
        return walk(message, 0, hint);
    }

    /** @param depth how deep in other messages this one is attached, 0 for the message itself */
    static MailContent walk(MimePart message, int depth, @Nullable String hint) throws MessagingException, IOException {
        MimeWalker walker = new MimeWalker(hint);
        walker.part(message, depth, "text/plain", walker.content.segments);
        return walker.content;
    }

    private void part(MimePart part, int depth, String defaultType, List<TextSegment> segments)
            throws MessagingException, IOException {
        PartInfo info = PartInfo.of(part, hint, defaultType);
        if (info.isMultipart() && depth < MAX_DEPTH) {
            multipart(info, depth, segments);
        } else if (EMBEDDED_HEADERS.contains(info.type())) {
            content.embeddedHeaders.add(info.content());
            MailAttachment file = Attachments.of(info, hint);
            content.attachments.add(file);
            if (MESSAGES.contains(info.type()) && !inReport && depth < MAX_DEPTH) {
                ForwardedMails.read(info.content(), file, depth, hint).ifPresent(content.forwarded::addAll);
            }
        } else if (info.isBodyText()) {
            String text = info.text(hint);
            if (info.type().equals("text/html")) {
                segments.add(TextSegment.html(text));
            } else {
                segments.add(
                        TextSegment.plain(info.isFlowed() ? FlowedText.unwrap(text, info.flowedDeletesSpace()) : text));
            }
        } else {
            content.attachments.add(Attachments.of(info, hint));
        }
    }

    private void multipart(PartInfo info, int depth, List<TextSegment> segments)
            throws MessagingException, IOException {
        MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(info.rawContent(), info.multipartType()));
        int count;
        try {
            count = multipart.getCount();
        } catch (ParseException e) {
            // "Missing start boundary": a multipart label on a body that is not one (corpus mail071); read it as text
            segments.add(TextSegment.plain(info.text(hint)));
            return;
        }
        if (!multipart.isComplete() && Truncation.cutOff(multipart, count)) {
            content.truncated = true;
        }
        String subtype = info.type().substring("multipart/".length());
        String reportType = subtype.equals("report") ? info.contentType().param("report-type") : null;
        content.deliveryStatusReport |= "delivery-status".equalsIgnoreCase(reportType);
        content.readReceipt |= "disposition-notification".equalsIgnoreCase(reportType);
        content.abuseReport |= "feedback-report".equalsIgnoreCase(reportType);
        boolean outerReport = inReport;
        inReport |= subtype.equals("report");
        try {
            children(info, multipart, count, depth, subtype, segments);
        } finally {
            inReport = outerReport;
        }
    }

    private void children(
            PartInfo info, MimeMultipart multipart, int count, int depth, String subtype, List<TextSegment> segments)
            throws MessagingException, IOException {
        String childDefault = subtype.equals("digest") ? "message/rfc822" : "text/plain";
        switch (subtype) {
            case "alternative" -> segments.add(alternative(multipart, count, depth));
            case "related" -> related(info, multipart, count, depth, segments);
            case "signed" -> {
                for (int i = 0; i < count; i++) {
                    MimePart child = child(multipart, i);
                    if (i == 0) {
                        part(child, depth + 1, childDefault, segments);
                    } else {
                        content.attachments.add(Attachments.of(PartInfo.of(child, hint, childDefault), hint));
                    }
                }
            }
            case "encrypted" -> {
                for (int i = 0; i < count; i++) {
                    content.attachments.add(Attachments.of(PartInfo.of(child(multipart, i), hint, childDefault), hint));
                }
            }
            default -> mixed(multipart, count, depth, childDefault, segments);
        }
    }

    private void mixed(MimeMultipart multipart, int count, int depth, String childDefault, List<TextSegment> segments)
            throws MessagingException, IOException {
        boolean htmlShown = false;
        for (int i = 0; i < count; i++) {
            MimePart child = child(multipart, i);
            PartInfo info = PartInfo.of(child, hint, childDefault);
            if (info.isBodyText() && info.type().equals("text/html") && htmlShown) {
                content.attachments.add(Attachments.of(info, hint));
                continue;
            }
            int before = segments.size();
            part(child, depth + 1, childDefault, segments);
            htmlShown |= segments.subList(before, segments.size()).stream().anyMatch(s -> s.html() != null);
        }
    }

    /** One text from its alternatives: the last plain and the last HTML form (RFC 2046 orders them by fidelity). */
    private TextSegment alternative(MimeMultipart multipart, int count, int depth)
            throws MessagingException, IOException {
        String plain = null;
        String html = null;
        for (int i = 0; i < count; i++) {
            List<TextSegment> found = new ArrayList<>();
            part(child(multipart, i), depth + 1, "text/plain", found);
            TextSegment joined = TextSegment.join(found);
            plain = joined.plain() != null ? joined.plain() : plain;
            html = joined.html() != null ? joined.html() : html;
        }
        return new TextSegment(plain, html);
    }

    private void related(PartInfo info, MimeMultipart multipart, int count, int depth, List<TextSegment> segments)
            throws MessagingException, IOException {
        String start = info.contentType().param("start");
        int root = 0;
        for (int i = 0; start != null && i < count; i++) {
            if (Objects.equals(
                    PartInfo.of(child(multipart, i), hint, "text/plain").contentId(), start.replaceAll("^<|>$", ""))) {
                root = i;
            }
        }
        for (int i = 0; i < count; i++) {
            MimePart child = child(multipart, i);
            if (i == root) {
                part(child, depth + 1, "text/plain", segments);
            } else {
                content.attachments.add(Attachments.related(PartInfo.of(child, hint, "text/plain"), hint));
            }
        }
    }

    private static MimePart child(MimeMultipart multipart, int index) throws MessagingException {
        return (MimePart) multipart.getBodyPart(index);
    }
}
