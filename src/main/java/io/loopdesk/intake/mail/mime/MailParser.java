package io.loopdesk.intake.mail.mime;

import io.loopdesk.intake.mail.MailKind;
import io.loopdesk.intake.mail.MailKindRules;
import io.loopdesk.intake.mail.MailRejectedException;
import io.loopdesk.intake.mail.MailRejectedException.Reason;
import io.loopdesk.intake.mail.MessageIds;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one raw RFC 822 message into a {@link ParsedMail}. Tolerant of what real mail does wrong (wrong or
 * missing charsets, raw 8-bit headers, broken base64, unknown transfer encodings, sloppy addresses), and strict
 * only where a message cannot be read at all: then it throws {@link MailRejectedException}, never an unchecked
 * exception. Stateless and thread-safe; one instance serves every mailbox.
 */
public final class MailParser {

    /** Headers of which a message has at least one; input with none of them is not a message. */
    private static final Set<String> MESSAGE_HEADERS = Set.of(
            "From",
            "Sender",
            "To",
            "Cc",
            "Subject",
            "Date",
            "Message-ID",
            "Received",
            "Return-Path",
            "MIME-Version",
            "Content-Type",
            "Delivered-To");

    private static final Pattern USABLE_ADDRESS = Pattern.compile(".*@.*|[\\w.!#$%&'*+/=?^`{|}~-]+");

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");

    /** Also for reading attached messages ({@link ForwardedMails}) the same way. */
    static final Session SESSION = Session.getInstance(lenientMime());

    /**
     * Only the header reading is configured here: the transfer decoding is {@link TransferEncoding}'s, and Jakarta
     * Mail's multipart leniency (a missing closing boundary or boundary parameter is tolerated) comes from system
     * properties whose defaults are what we want.
     */
    private static Properties lenientMime() {
        Properties properties = new Properties();
        // Headers are read as ISO-8859-1, one character per byte, so that HeaderText can decode raw 8-bit bytes.
        properties.setProperty("mail.mime.allowutf8", "false");
        return properties;
    }

    /**
     * @param raw the message as received, headers and body
     * @throws MailRejectedException when the bytes are empty, not a message, have no sender, are cut off or have
     *     an unreadable MIME structure
     */
    public ParsedMail parse(byte[] raw) throws MailRejectedException {
        if (TextDecoder.isAscii(raw) && new String(raw, StandardCharsets.US_ASCII).isBlank()) {
            throw new MailRejectedException(Reason.EMPTY, "no content");
        }
        try {
            return read(raw);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MailRejectedException(Reason.MALFORMED, "unreadable MIME structure: " + e, e);
        }
    }

    private ParsedMail read(byte[] raw) throws MailRejectedException, MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        if (MESSAGE_HEADERS.stream().allMatch(name -> header(message, name) == null)) {
            throw new MailRejectedException(Reason.NOT_A_MESSAGE, "no header fields");
        }
        String hint = charsetHint(raw);
        MailContent content = MimeWalker.walk(message, hint);
        if (content.truncated) {
            throw new MailRejectedException(Reason.TRUNCATED, "the message stops in the middle of a part");
        }
        MailAddress from = sender(message, hint)
                .orElseThrow(() ->
                        new MailRejectedException(Reason.NO_SENDER, "no usable From, Sender, Reply-To or Return-Path"));
        MailKind kind = MailKindRules.classify(name -> header(message, name), content, from);
        String subject = header(message, "Subject");
        return new ParsedMail(
                MessageIds.first(header(message, "Message-ID")),
                MessageIds.first(header(message, "In-Reply-To")),
                MessageIds.all(header(message, "References")),
                from,
                AddressList.parse(header(message, "To"), hint),
                AddressList.parse(header(message, "Cc"), hint),
                AddressList.parse(header(message, "Reply-To"), hint),
                subject == null ? "" : HeaderText.decode(subject, hint),
                date(message),
                content.text(),
                content.html(),
                content.attachments,
                content.forwarded,
                kind,
                kind == MailKind.BOUNCE || kind == MailKind.ABUSE_REPORT ? content.firstEmbeddedMessageId() : null,
                raw);
    }

    /**
     * The author: the first usable address of From (of any From header: corpus mail017 has two), else Sender,
     * Reply-To or Return-Path (corpus mail016 has no From; mail019 has {@code From: "我" <>}). Reply-To comes before
     * Return-Path because the author chose it, where the return path is often a bulk mailer's. Usable means it has
     * an {@code @}, or is a plain word such as {@code MAILER-DAEMON}; {@code [??????]} is not.
     */
    private static Optional<MailAddress> sender(MimeMessage message, @Nullable String hint) throws MessagingException {
        for (String name : List.of("From", "Sender", "Reply-To", "Return-Path")) {
            String[] values = message.getHeader(name);
            for (String value : values == null ? new String[0] : values) {
                Optional<MailAddress> usable = AddressList.parse(value, hint).stream()
                        .filter(address ->
                                USABLE_ADDRESS.matcher(address.address()).matches())
                        .findFirst();
                if (usable.isPresent()) {
                    return usable;
                }
            }
        }
        return Optional.empty();
    }

    private static @Nullable String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static @Nullable Instant date(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The best guess for raw 8-bit bytes in the headers: the first multi-byte charset the message declares
     * anywhere (corpus mail046 writes its From and Subject in raw GB2312 and declares gb2312 only for an
     * attached part, after an iso-8859-1 report), else the first other non-ASCII, non-UTF-8 one.
     */
    private static @Nullable String charsetHint(byte[] raw) {
        Matcher charset = CHARSET.matcher(new String(raw, StandardCharsets.ISO_8859_1));
        String singleByte = null;
        while (charset.find()) {
            String label = charset.group(1).toLowerCase(Locale.ROOT);
            String resolved = CharsetLabel.resolve(label).orElse("UTF-8");
            if (resolved.equals("UTF-8") || resolved.equals(CharsetLabel.UTF_7) || label.contains("ascii")) {
                continue;
            }
            if (!CharsetLabel.isSingleByte(resolved)) {
                return resolved;
            }
            singleByte = singleByte == null ? resolved : singleByte;
        }
        return singleByte;
    }
}
