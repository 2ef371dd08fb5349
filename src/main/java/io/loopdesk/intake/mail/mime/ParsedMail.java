package io.loopdesk.intake.mail.mime;

import io.loopdesk.intake.mail.MailKind;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One inbound message as the help desk reads it. Texts are decoded to Unicode; message ids are given without
 * angle brackets, so {@link #inReplyTo}, {@link #references} and {@link #bouncedMessageId} compare directly with
 * the {@link #messageId} of mail we sent.
 *
 * @param messageId the {@code Message-ID}, or null when the message has none
 * @param inReplyTo the first id of {@code In-Reply-To}, or null
 * @param references the ids of {@code References}, oldest first
 * @param from the author: {@code From}, else {@code Sender}, {@code Reply-To} or {@code Return-Path} (corpus
 *     mail019 has {@code From: "我" <>})
 * @param replyTo where the author wants answers, when it differs from {@code from}; empty otherwise
 * @param subject the decoded subject, {@code ""} when there is none; line breaks removed
 * @param date the {@code Date} header, or null when missing or unreadable
 * @param textBody the plain text an agent reads: the {@code text/plain} alternative, or text made from the HTML
 *     when there is no plain text; {@code ""} when the message has no text. Quoted history is still in it (see
 *     {@link QuoteTrimmer})
 * @param htmlBody the HTML alternative, sanitised (no scripts, styles or event handlers), or null when the
 *     message has no HTML
 * @param attachments files, inline images, attached and bounced messages, delivery reports, in message order
 * @param forwarded the attached messages outside a report (forwarded mails) read as mails, in message order, those
 *     attached to them too; each names the attachment it was read from
 * @param kind whether a person wrote it; decides whether the help desk may answer automatically
 * @param bouncedMessageId for a {@link MailKind#BOUNCE}, the {@code Message-ID} of the message that could not be
 *     delivered, for an {@link MailKind#ABUSE_REPORT} the one reported, when the report includes it; null otherwise
 * @param raw the message exactly as received, for the caller to store as the original
 */
public record ParsedMail(
        @Nullable String messageId,
        @Nullable String inReplyTo,
        List<String> references,
        MailAddress from,
        List<MailAddress> to,
        List<MailAddress> cc,
        List<MailAddress> replyTo,
        String subject,
        @Nullable Instant date,
        String textBody,
        @Nullable String htmlBody,
        List<MailAttachment> attachments,
        List<ForwardedMail> forwarded,
        MailKind kind,
        @Nullable String bouncedMessageId,
        byte[] raw) {

    public ParsedMail {
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        replyTo = List.copyOf(replyTo);
        attachments = List.copyOf(attachments);
        forwarded = List.copyOf(forwarded);
        raw = raw.clone();
    }

    /** A copy of the original bytes. */
    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** Identifies the message without its texts and bytes, which may be large or personal. */
    @Override
    public String toString() {
        return "ParsedMail[messageId=" + messageId + ", from=" + from.address() + ", kind=" + kind + ", "
                + attachments.size() + " attachments, " + raw.length + " bytes]";
    }
}
