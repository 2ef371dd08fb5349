package io.loopdesk.intake.mail;

/** The text of a mail as a ticket shows it: its body, else its subject, else a line saying it had none. */
final class MailText {

    private MailText() {}

    static String of(ParsedMail mail) {
        String body = mail.textBody().strip();
        if (!body.isEmpty()) {
            return body;
        }
        return mail.subject().isBlank() ? "(The e-mail had no text.)" : mail.subject();
    }
}
