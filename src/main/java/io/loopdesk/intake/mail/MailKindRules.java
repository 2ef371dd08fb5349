package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.mime.MailAddress;
import io.loopdesk.intake.mail.mime.MailContent;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decides the {@link MailKind} of a message from its headers and structure. Checked in order: an abuse report
 * and a bounce first (reports often also carry {@code Auto-Submitted} and come from daemons), then an auto-reply
 * (a list's vacation reply is still an auto-reply), then bulk mail.
 *
 * <p>A null {@code Return-Path: <>} alone means a bounce only when no auto-reply header is present: RFC 3834 asks
 * vacation responders to send with a null return path too.
 */
public final class MailKindRules {

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list");

    private MailKindRules() {}

    /** @param header the raw value of a header of the message, or null when it has none */
    public static MailKind classify(Function<String, @Nullable String> header, MailContent content, MailAddress from) {
        if (content.abuseReport) {
            return MailKind.ABUSE_REPORT;
        }
        boolean autoReply = isAutoReply(header, content);
        if (isBounce(header, content, from, autoReply)) {
            return MailKind.BOUNCE;
        }
        if (autoReply) {
            return MailKind.AUTO_REPLY;
        }
        if (isBulk(header)) {
            return MailKind.BULK;
        }
        return MailKind.REGULAR;
    }

    private static boolean isBounce(
            Function<String, @Nullable String> header, MailContent content, MailAddress from, boolean autoReply) {
        if (content.deliveryStatusReport) {
            return true;
        }
        String localPart = from.address().replaceFirst("@.*", "").toLowerCase(Locale.ROOT);
        if (DAEMONS.contains(localPart)) {
            return true;
        }
        String returnPath = header.apply("Return-Path");
        return !autoReply
                && returnPath != null
                && returnPath.replaceAll("\\s", "").equals("<>");
    }

    private static boolean isAutoReply(Function<String, @Nullable String> header, MailContent content) {
        String autoSubmitted = value(header.apply("Auto-Submitted"));
        return (autoSubmitted != null && !autoSubmitted.equals("no"))
                || header.apply("X-Autoreply") != null
                || header.apply("X-Autorespond") != null
                || "auto_reply".equals(value(header.apply("Precedence")))
                || content.readReceipt;
    }

    private static boolean isBulk(Function<String, @Nullable String> header) {
        String precedence = value(header.apply("Precedence"));
        return (precedence != null && BULK_PRECEDENCE.contains(precedence))
                || header.apply("List-Id") != null
                || header.apply("List-Unsubscribe") != null;
    }

    /** The value before any parameters or comment, in lower case: {@code auto-replied} of {@code auto-replied; x}. */
    private static @Nullable String value(@Nullable String raw) {
        return raw == null ? null : raw.replaceFirst("[;(].*", "").strip().toLowerCase(Locale.ROOT);
    }
}
