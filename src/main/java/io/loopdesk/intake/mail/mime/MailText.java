package io.loopdesk.intake.mail.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a mail as a ticket shows it: its own body (else its subject, else a line saying it had none), then
 * each mail forwarded with it, marked as such with its headers, as mail programs show a forward.
 */
public final class MailText {

    /** What the agent sees above a forwarded mail; the ticket's text is not per reader, so in both languages. */
    public static final String FORWARDED = "---------- 转发的邮件 / Forwarded message ----------";

    private MailText() {}

    /** The whole text, for a new ticket. */
    public static String of(ParsedMail mail) {
        String own = mail.textBody().strip();
        if (own.isEmpty() && !mail.forwarded().isEmpty()) {
            return forwarded(mail).strip();
        }
        return own(mail) + forwarded(mail);
    }

    /** The mail's own text, where quoted history may be trimmed. */
    public static String own(ParsedMail mail) {
        String body = mail.textBody().strip();
        if (!body.isEmpty()) {
            return body;
        }
        return mail.subject().isBlank() ? "(The e-mail had no text.)" : mail.subject();
    }

    /** The forwarded mails, each after a blank line and its marker; {@code ""} when there are none. */
    public static String forwarded(ParsedMail mail) {
        StringBuilder text = new StringBuilder();
        for (ForwardedMail forward : mail.forwarded()) {
            text.append("\n\n").append(FORWARDED).append('\n');
            List<String> headers = new ArrayList<>();
            header(headers, "From", forward.from());
            header(headers, "Date", forward.date());
            header(headers, "Subject", forward.subject());
            header(headers, "To", forward.to());
            text.append(String.join("\n", headers)).append("\n\n");
            text.append(
                    forward.text().isBlank()
                            ? "(The e-mail had no text.)"
                            : forward.text().strip());
        }
        return text.toString();
    }

    private static void header(List<String> headers, String name, String value) {
        if (!value.isBlank()) {
            headers.add(name + ": " + value.strip());
        }
    }
}
